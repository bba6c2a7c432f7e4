import Casework
import Catalogue
import Deployment
import Foundation
import Ledger
import Sodium
import TestSupport
import Testing

@testable import Casework
@testable import Stores
@testable import Triage

/// The inspector's view: cases opened in memory, events checked and flagged.
@Suite("CaseBook: cases opened from the log")
struct CaseBookTests {
    static func sealing(_ n: UInt8) -> SealedBox.PrivateKey {
        try! SealedBox.PrivateKey(seed: SecureBytes([UInt8](repeating: n, count: 32)))
    }
    static func signing(_ n: UInt8) -> Signing.PrivateKey {
        try! Signing.PrivateKey(seed: SecureBytes([UInt8](repeating: n &+ 0x40, count: 32)))
    }
    static func key(_ n: UInt8, _ name: String) -> InspectorKey {
        try! InspectorKey(name: name, sealingKey: sealing(n).publicKey, signingKey: signing(n).publicKey)
    }

    let folder = TemporaryDirectory()
    let store: IntakeStore
    let lan = key(1, "lan")
    let minh = key(2, "minh")
    let now = Date()

    init() throws {
        var configuration = IntakeStore.Configuration(catalog: try Catalog.bundled())
        configuration.signsReceiptsEagerly = false
        store = try IntakeStore(
            dataDirectory: folder.child("data"), inspectorKeys: try InspectorKeys([lan, minh]),
            configuration: configuration)
    }

    var signers: [KnownSigner] { [lan, minh].map { KnownSigner(name: $0.name, signingKey: $0.signingKey) } }

    func report(_ account: String) throws -> Receipt {
        try store.submit(
            report: Report(
                province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Phòng CSGT", misconduct: ["hoi-lo"],
                account: account, month: 1, year: 2026))
    }

    func event(
        _ receipt: Receipt, _ action: InspectorEvent.Action, _ details: EventDetails = EventDetails(), by n: UInt8 = 1,
        name: String = "lan", time: Date? = nil
    ) throws -> InspectorEvent {
        try InspectorEvent.make(
            action: action, details: details, caseTag: receipt.caseTag, replyKey: receipt.token.replyKey().publicKey,
            inspectors: [lan.sealingKey, minh.sealingKey], time: Int64((time ?? now).timeIntervalSince1970),
            inspector: name, signingKey: Self.signing(n))
    }

    func records() throws -> [LedgerRecord] {
        try (0..<store.recordCount).map { try store.record(at: $0) }
    }

    /// Finding H1: a follow-up and a rating that someone sealed from the case's clear header, and wrote
    /// straight into the log (as a disk holder could), are flagged as not from the citizen.
    @Test func recordsNotSignedWithTheCasesKeyAreFlagged() throws {
        let receipt = try report("Cán bộ đòi tiền.")
        _ = try store.addFollowUp(token: receipt.token, followUp: FollowUp(text: "Thêm: ngày 5/1."))
        let header = try Envelope(parsing: store.record(at: receipt.logIndex).payload)
        for body in [
            CaseMessage.Body.followUp(FollowUp(text: "Tôi rút đơn.")), .rating(Rating(level: .veryDissatisfied)),
        ] {
            let message = CaseMessage(body: body)
            let forged = try Envelope.seal(
                plaintext: message.encoded(), kind: message.kind, caseTag: header.caseTag, replyKey: header.replyKey,
                signingKey: Signing.PrivateKey(), recipients: [lan.sealingKey, minh.sealingKey, header.replyKey])
            _ = try store.append(type: IntakeRecord.envelopeType, payload: forged)
        }
        let book = CaseBook(records: try records(), keys: [Self.sealing(1)], signers: signers)
        let opened = try #require(book.case(id: receipt.logIndex))
        #expect(opened.reportAuthorship == .citizen)
        #expect(opened.messages.map(\.authorship.code) == ["citizen", "not-from-citizen", "not-from-citizen"])
        #expect(opened.hasRecordsNotFromCitizen)
        // A case with only the citizen's records is not flagged.
        let clean = try report("Bị hẹn đi hẹn lại.")
        _ = try store.addFollowUp(token: clean.token, followUp: FollowUp(text: "Thêm."))
        let again = CaseBook(records: try records(), keys: [Self.sealing(1)], signers: signers)
        #expect(again.case(id: clean.logIndex)?.hasRecordsNotFromCitizen == false)
    }

    /// The case index's summary-only books leave a report's own signature unchecked: the key that made it
    /// is the one the report introduces, so it proves nothing about who wrote it, and checking it was a
    /// third of the index's cryptography. The full book (`show`, the workbench's case page) checks it.
    @Test func onlyTheFullBookChecksAReportsOwnSignature() throws {
        let message = CaseMessage(
            body: .report(
                Report(
                    province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Phòng CSGT",
                    misconduct: ["hoi-lo"], account: "Chữ ký bị sửa.", month: 1, year: 2026)))
        var sealed = try Envelope.seal(
            plaintext: message.encoded(), kind: .report, caseTag: CaseTag(rawRepresentation: Random.bytes(count: 32)),
            replyKey: SealedBox.PrivateKey().publicKey, signingKey: Signing.PrivateKey(),
            recipients: [lan.sealingKey, minh.sealingKey])
        sealed[sealed.count - 1] ^= 1
        let index = try store.append(type: IntakeRecord.envelopeType, payload: sealed)
        let full = try #require(
            CaseBook(records: try records(), keys: [Self.sealing(1)], signers: signers).case(id: index))
        #expect(full.reportAuthorship.code == "not-from-citizen")
        #expect(full.hasRecordsNotFromCitizen)
        let summary = try #require(
            CaseBook(records: try records(), keys: [Self.sealing(1)], signers: signers, summaryOnly: true).case(
                id: index))
        #expect(summary.reportBody?.account == "Chữ ký bị sửa.")
        #expect(!summary.hasRecordsNotFromCitizen)
    }

    @Test func casesOpenWithEitherInspectorsKey() throws {
        let first = try report("Cán bộ đòi tiền để làm nhanh.")
        let second = try report("Bị hẹn đi hẹn lại nhiều lần.")
        _ = try store.addFollowUp(token: first.token, followUp: FollowUp(text: "Thêm: ngày 5/1."))
        _ = try store.appendEvent(try event(first, .accept).bytes)
        _ = try store.appendEvent(try event(first, .assign, EventDetails(assignee: "minh")).bytes)
        _ = try store.appendEvent(try event(first, .note, EventDetails(text: "nội bộ")).bytes)
        for keys in [[Self.sealing(1)], [Self.sealing(2)]] {
            let book = CaseBook(records: try records(), keys: keys, signers: signers)
            #expect(book.cases.map(\.id) == [first.logIndex, second.logIndex])
            let opened = try #require(book.case(id: first.logIndex))
            #expect(opened.reportBody?.account == "Cán bộ đòi tiền để làm nhanh.")
            #expect(opened.messages.count == 1)
            #expect(opened.progress.status == .accepted)
            #expect(opened.assignee == "minh")
            #expect(opened.events.map(\.details?.text) == [nil, nil, "nội bộ"])
            #expect(!opened.hasFlaggedEvents)
            #expect(book.case(id: second.logIndex)?.progress.status == .new)
        }
        // A key that is not a recipient sees the case but cannot open it.
        let stranger = CaseBook(records: try records(), keys: [Self.sealing(3)], signers: signers)
        #expect(stranger.cases.count == 2)
        #expect(stranger.cases[0].report == nil)
        #expect(stranger.cases[0].progress.status == .accepted)
    }

    @Test func forgedAlteredAndRevokedEventsAreFlaggedAndDoNotCount() throws {
        let receipt = try report("Cán bộ đòi tiền.")
        let ledger = try Ledger.open(at: folder.child("mirror"))
        defer { ledger.close() }
        for record in try records() { _ = try ledger.appendAndWait(type: record.type, payload: record.payload) }
        // An accept whose signature byte was changed, a resolve by a stranger, a reply altered after signing.
        var forged = try event(receipt, .accept).bytes
        forged[forged.count - 1] ^= 1
        _ = try ledger.appendAndWait(type: IntakeRecord.eventType, payload: forged)
        let stranger = try event(receipt, .accept, by: 9, name: "ghost")
        _ = try ledger.appendAndWait(type: IntakeRecord.eventType, payload: stranger.bytes)
        var altered = try event(receipt, .reply, EventDetails(text: "xin chào")).bytes
        altered[altered.count - 65] ^= 1  // the envelope's last byte
        _ = try ledger.appendAndWait(type: IntakeRecord.eventType, payload: altered)
        // minh's key revoked today; his event of today is refused (it says its day only), lan's accept is valid.
        _ = try ledger.appendAndWait(
            type: IntakeRecord.eventType, payload: try event(receipt, .accept, by: 2, name: "minh").bytes)
        _ = try ledger.appendAndWait(type: IntakeRecord.eventType, payload: try event(receipt, .accept).bytes)
        // A second accept: valid signature, but not allowed.
        _ = try ledger.appendAndWait(type: IntakeRecord.eventType, payload: try event(receipt, .accept).bytes)

        var signers = [KnownSigner(name: "lan", signingKey: lan.signingKey)]
        signers.append(KnownSigner(name: "minh", signingKey: minh.signingKey, revokedSince: now))
        let records = try (0..<ledger.count).map { try ledger.record(at: $0) }
        let book = CaseBook(records: records, keys: [Self.sealing(1)], signers: signers)
        let opened = try #require(book.cases.first)
        let verdicts = opened.events.map(\.verdict)
        #expect(verdicts.count == 6)
        #expect(verdicts[0] == .invalidSignature)
        #expect(verdicts[1] == .unknownSigner)
        #expect(verdicts[2] == .invalidSignature)
        #expect(verdicts[3] == .revoked(since: now))
        #expect(verdicts[4] == .valid)
        if case .notAllowed = verdicts[5] {} else { Issue.record("a second accept must be flagged: \(verdicts[5])") }
        #expect(opened.progress.status == .accepted)
        #expect(opened.hasFlaggedEvents)
    }
}

/// Grants: an inspector added after a case was sealed opens it with the keys a colleague gave.
@Suite("CaseBook: grants to a new inspector")
struct CaseBookGrantTests {
    @Test func aGrantOpensTheCaseForTheNewInspector() throws {
        let folder = TemporaryDirectory()
        let lan = CaseBookTests.key(1, "lan")
        let minh = CaseBookTests.key(2, "minh")
        var configuration = IntakeStore.Configuration(catalog: try Catalog.bundled())
        configuration.signsReceiptsEagerly = false
        // Sealed while lan was the only inspector.
        let before = try IntakeStore(
            dataDirectory: folder.child("data"), inspectorKeys: try InspectorKeys([lan]), configuration: configuration)
        let receipt = try before.submit(
            report: Report(
                province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Phòng CSGT", misconduct: ["hoi-lo"],
                account: "Cán bộ đòi tiền trước khi minh được thêm vào.", month: 1, year: 2026))
        _ = try before.addFollowUp(token: receipt.token, followUp: FollowUp(text: "Thêm chi tiết."))
        before.close()
        // minh is added; the server now requires events sealed to both.
        let store = try IntakeStore(
            dataDirectory: folder.child("data"), inspectorKeys: try InspectorKeys([lan, minh]),
            configuration: configuration)
        defer { store.close() }
        let signers = [lan, minh].map { KnownSigner(name: $0.name, signingKey: $0.signingKey) }
        func records() throws -> [LedgerRecord] { try (0..<store.recordCount).map { try store.record(at: $0) } }

        let minhBefore = CaseBook(records: try records(), keys: [CaseBookTests.sealing(2)], signers: signers)
        #expect(minhBefore.cases.first?.report == nil)

        let lanBook = CaseBook(records: try records(), keys: [CaseBookTests.sealing(1)], signers: signers)
        let item = try #require(lanBook.cases.first)
        let grants = lanBook.openableRecords(of: item).map { record in
            EventDetails.Grant(
                record: record, key: Data(lanBook.contentKey(record: record)!.unsafeCopiedBytes()).base64EncodedString()
            )
        }
        #expect(grants.count == 2)
        let event = try InspectorEvent.make(
            action: .grant, details: EventDetails(assignee: "minh", grants: grants), caseTag: item.tag,
            replyKey: item.replyKey, inspectors: [lan.sealingKey, minh.sealingKey],
            time: Int64(Date().timeIntervalSince1970),
            inspector: "lan", signingKey: CaseBookTests.signing(1))
        _ = try store.appendEvent(event.bytes)

        let minhAfter = CaseBook(records: try records(), keys: [CaseBookTests.sealing(2)], signers: signers)
        let opened = try #require(minhAfter.cases.first)
        #expect(opened.reportBody?.account == "Cán bộ đòi tiền trước khi minh được thêm vào.")
        #expect(opened.messages.first?.message != nil)
        #expect(opened.events.first?.details?.assignee == "minh")
        // The citizen is never sent the keys: a grant is not sealed to the reply key.
        #expect(!event.parsedEnvelope.isSealed(to: receipt.token.replyKey().publicKey))

        // A grant by an unknown signer does not count.
        let forged = try InspectorEvent.make(
            action: .grant, details: EventDetails(assignee: "minh", grants: grants), caseTag: item.tag,
            replyKey: item.replyKey, inspectors: [lan.sealingKey, minh.sealingKey],
            time: Int64(Date().timeIntervalSince1970),
            inspector: "ghost", signingKey: CaseBookTests.signing(9))
        var forgedRecords = Array(try records().prefix(2))
        let ledger = try Ledger.open(at: folder.child("forged"))
        defer { ledger.close() }
        for record in forgedRecords { _ = try ledger.appendAndWait(type: record.type, payload: record.payload) }
        _ = try ledger.appendAndWait(type: IntakeRecord.eventType, payload: forged.bytes)
        forgedRecords = try (0..<ledger.count).map { try ledger.record(at: $0) }
        let fooled = CaseBook(records: forgedRecords, keys: [CaseBookTests.sealing(2)], signers: signers)
        #expect(fooled.cases.first?.report == nil)
    }
}
