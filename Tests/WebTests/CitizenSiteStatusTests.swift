import Casework
import Catalogue
import Deployment
import Foundation
import HTTP
import Sodium
import TestSupport
import Testing

@testable import Casework
@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Stores
@testable import Web

/// The status page shows the citizen only what the citizen can trust: records that are provably theirs
/// (finding H1), and every inspector item, even one that could not be opened (finding L3).
@Suite("Citizen status page: whose words, and what could not be opened")
final class CitizenSiteStatusTests {
    let data = NSTemporaryDirectory() + "candor-web-status-\(UUID().uuidString.prefix(8))"
    let sealing = SealedBox.PrivateKey()
    let signing = Signing.PrivateKey()
    let store: IntakeStore
    let site: CitizenSite

    init() throws {
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let key = try InspectorKey(name: "lan", sealingKey: sealing.publicKey, signingKey: signing.publicKey)
        store = try IntakeStore(
            dataDirectory: data, inspectorKeys: try InspectorKeys([key]),
            configuration: IntakeStore.Configuration(catalog: try Catalog.bundled()))
        site = try CitizenSite(
            store: store, configuration: CitizenSite.Configuration(secret: SecureBytes.random(count: 32)))
    }

    deinit {
        store.close()
        try? FileManager.default.removeItem(atPath: data)
    }

    func page(_ token: CaseToken, _ language: Language) -> String {
        String(decoding: site.caseResponse(token, language, typed: "", notice: nil).body, as: UTF8.self)
    }

    func report() throws -> Receipt {
        try store.submit(
            report: Report(
                province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Phòng một cửa", misconduct: ["hoi-lo"],
                account: "Cán bộ đòi tiền.", month: 4, year: 2026))
    }

    @Test("a follow-up written straight into the log from the clear header is not shown as the citizen's words")
    func forgedFollowUpIsNotTheCitizens() throws {
        let receipt = try report()
        let header = try Envelope(parsing: store.record(at: receipt.logIndex).payload)
        let forged = try Envelope.seal(
            plaintext: CaseMessage(body: .followUp(FollowUp(text: "FORGED: Tôi rút đơn."))).encoded(), kind: .followUp,
            caseTag: header.caseTag, replyKey: header.replyKey, signingKey: Signing.PrivateKey(),
            recipients: [sealing.publicKey, header.replyKey])
        // A disk holder appends it directly: no intake check stands in the way.
        _ = try store.append(type: IntakeRecord.envelopeType, payload: forged)
        for language in [Language.vi, .en] {
            let html = page(receipt.token, language)
            #expect(!html.contains("FORGED"), "the forged words are shown to the citizen (\(language))")
            #expect(!html.contains(language.strings.statusYouSentFollowUp), "shown as the citizen's own (\(language))")
            #expect(html.contains(language.strings.statusNotFromYou), "not flagged (\(language))")
        }
    }

    @Test("an inspector's reply the citizen's key cannot open is shown as 'could not be opened', not hidden")
    func unopenableReplyIsShown() throws {
        let receipt = try report()
        let replyKey = receipt.token.replyKey().publicKey
        var envelope = try Envelope.seal(
            plaintext: EventDetails(text: "Chúng tôi đang xác minh.").encoded(), kind: .reply, caseTag: receipt.caseTag,
            replyKey: replyKey, recipients: [sealing.publicKey, replyKey])
        // The citizen's wrap holds another content key than the inspectors' wrap.
        let parsed = try Envelope(parsing: envelope)
        let citizenWrap = envelope.count - parsed.ciphertext.count - Envelope.sealedKeyByteCount
        envelope.replaceSubrange(
            citizenWrap..<citizenWrap + Envelope.sealedKeyByteCount,
            with: SealedBox.seal(SecureBytes.random(count: 32), to: replyKey))
        let event = try InspectorEvent.sign(
            caseTag: receipt.caseTag, action: .reply, time: Int64(Date().timeIntervalSince1970), inspector: "lan",
            envelope: envelope, with: signing)
        _ = try store.appendEvent(event.bytes)
        #expect(page(receipt.token, .vi).contains("không mở được"))
        #expect(page(receipt.token, .en).contains("could not be opened"))
        #expect(page(receipt.token, .en).contains(Language.en.strings.statusReplyUnopened))
    }

    @Test("a record of the older, unsigned format is shown with a warning, in both languages")
    func unsignedIsMarked() throws {
        let entry = TimelineEntry(
            logIndex: 1, kind: .followUp, message: CaseMessage(body: .followUp(FollowUp(text: "Thêm."))),
            authorship: .unsigned)
        for language in [Language.vi, .en] {
            let item = try #require(site.timelineItem(entry, language))
            #expect(item.note == .unsigned && item.text == "Thêm.")
            let html = casePage(language, CaseView(token: "", items: [item], resolved: false, rated: false, ticket: ""))
            #expect(html.contains(language.strings.statusUnsigned))
        }
        #expect(try #require(site.timelineItem(entry, .en)).apiItem.note == "unsigned")
        let forged = TimelineEntry(
            logIndex: 2, kind: .followUp, message: CaseMessage(body: .followUp(FollowUp(text: "FORGED"))),
            authorship: .notFromCitizen("x"))
        let object = try #require(site.timelineItem(forged, .en)).apiItem
        #expect(object.note == "not-from-you" && object.text == "" && object.kind == "follow-up")
    }
}
