import Foundation
import Sodium
import TestSupport
import Testing

@testable import Casework
@testable import Stores

/// Finding H1: whoever holds a case's clear header (its tag and reply key, in every record on disk)
/// must not be able to add words in the citizen's name.
@Suite("IntakeStore: only the token's holder speaks for a case")
struct IntakeStoreAuthorshipTests {
    /// What a disk holder, an inspector's mirror or the host can read of a case: its report's header.
    static func clearHeader(of store: IntakeStore, at index: UInt64) throws -> Envelope {
        try Envelope(parsing: store.record(at: index).payload)
    }

    /// A record sealed from the clear header alone, signed with a key of the forger's own.
    static func forge(_ body: CaseMessage.Body, from header: Envelope, signingKey: Signing.PrivateKey = .init())
        throws -> [UInt8]
    {
        let message = CaseMessage(body: body)
        return try Envelope.seal(
            plaintext: message.encoded(), kind: message.kind, caseTag: header.caseTag, replyKey: header.replyKey,
            signingKey: signingKey, recipients: TestInspectors.two.sealingKeys + [header.replyKey])
    }

    static func isSignatureInvalid(_ error: StoreError?) -> Bool {
        if case .signatureInvalid? = error { return true }
        return false
    }

    @Test("a follow-up forged from the clear header, without the token, is refused and nothing is stored")
    func forgedFollowUpIsRefused() throws {
        let folder = TemporaryDirectory()
        let store = try makeStore(folder, resolved: true)
        defer { store.close() }
        let receipt = try store.submit(report: sampleReport())
        let header = try Self.clearHeader(of: store, at: receipt.logIndex)
        #expect(header.signingKey == receipt.token.signingKey().publicKey, "the report introduces the token's key")
        let before = store.recordCount
        let forged = try Self.forge(.followUp(FollowUp(text: "Tôi rút đơn.")), from: header)
        #expect(Self.isSignatureInvalid(storeError { try store.submit(sealedEnvelope: forged) }))
        let rating = try Self.forge(.rating(Rating(level: .veryDissatisfied)), from: header)
        #expect(Self.isSignatureInvalid(storeError { try store.submit(sealedEnvelope: rating) }))
        // Copying the report's signing key into the header does not help: the signature does not verify.
        var copied = forged
        copied.replaceSubrange(66..<98, with: header.signingKey!.rawRepresentation)
        #expect(Self.isSignatureInvalid(storeError { try store.submit(sealedEnvelope: copied) }))
        #expect(store.recordCount == before, "nothing was appended")
        #expect(try store.timeline(token: receipt.token).map(\.kind) == [.report])
        // The token's holder still can, pre-sealed or through the intake.
        _ = try store.submit(
            sealedEnvelope: Self.forge(
                .followUp(FollowUp(text: "Thêm.")), from: header, signingKey: receipt.token.signingKey()))
        _ = try store.rate(token: receipt.token, rating: Rating(level: .satisfied))
        #expect(try store.timeline(token: receipt.token).map(\.authorship) == [.citizen, .citizen, .citizen])
    }

    @Test("a report must be signed by the key it introduces; version 1 envelopes are no longer accepted")
    func reportSignatureAndVersion() throws {
        let folder = TemporaryDirectory()
        let store = try makeStore(folder)
        defer { store.close() }
        let token = CaseToken()
        let tag = store.caseTag(for: token)
        let reply = token.replyKey().publicKey
        var report = try Envelope.seal(
            plaintext: CaseMessage(body: .report(sampleReport())).encoded(), kind: .report, caseTag: tag,
            replyKey: reply, signingKey: token.signingKey(), recipients: TestInspectors.two.sealingKeys + [reply])
        report[report.count - 1] ^= 1
        #expect(Self.isSignatureInvalid(storeError { try store.submit(sealedEnvelope: report) }))
        let old = try sealVersion1(
            CaseMessage(body: .report(sampleReport())).encoded(), kind: .report, caseTag: tag, replyKey: reply,
            recipients: TestInspectors.two.sealingKeys + [reply])
        #expect(storeError { try store.submit(sealedEnvelope: old) } == .casework(.unsupportedEnvelopeVersion(1)))
        #expect(store.recordCount == 0)
    }

    @Test("a case opened by a version 1 report takes no pre-sealed follow-up, but signed ones through the token")
    func versionOneCase() throws {
        let folder = TemporaryDirectory()
        let store = try makeStore(folder, resolved: true)
        defer { store.close() }
        let token = CaseToken()
        let tag = store.caseTag(for: token)
        let reply = token.replyKey().publicKey
        let old = try sealVersion1(
            CaseMessage(body: .report(sampleReport())).encoded(), kind: .report, caseTag: tag, replyKey: reply,
            recipients: TestInspectors.two.sealingKeys + [reply])
        let index = try store.append(type: IntakeRecord.envelopeType, payload: old)  // as an older log holds it
        let header = try Self.clearHeader(of: store, at: index)
        #expect(header.version == 1 && header.signingKey == nil)
        let signed = try Self.forge(.followUp(FollowUp(text: "x")), from: header, signingKey: token.signingKey())
        #expect(Self.isSignatureInvalid(storeError { try store.submit(sealedEnvelope: signed) }))
        #expect(store.recordCount == 2, "the day mark and the report")
        _ = try store.addFollowUp(token: token, followUp: FollowUp(text: "Thêm."))
        _ = try store.rate(token: token, rating: Rating(level: .neutral))
        let timeline = try store.timeline(token: token)
        #expect(timeline.map(\.authorship) == [.citizen, .citizen, .citizen])
        #expect(try Envelope(parsing: store.record(at: index + 1).payload).signingKey == token.signingKey().publicKey)
    }

    @Test("the web's token paths refuse a token whose keys are not those its case's report introduced")
    func tokenKeysMustMatchTheReport() throws {
        let folder = TemporaryDirectory()
        let store = try makeStore(folder, resolved: true)
        defer { store.close() }
        let token = CaseToken()
        let tag = store.caseTag(for: token)
        let reply = token.replyKey().publicKey
        // A device that sealed its report with a signing key not derived from its token.
        _ = try store.submit(
            sealedEnvelope: Envelope.seal(
                plaintext: CaseMessage(body: .report(sampleReport())).encoded(), kind: .report, caseTag: tag,
                replyKey: reply, signingKey: Signing.PrivateKey(), recipients: TestInspectors.two.sealingKeys + [reply])
        )
        // Refused before any attachment of the follow-up is stored, too.
        #expect(Self.isSignatureInvalid(storeError { try store.admitFollowUp(token: token) }))
        #expect(storeError { try store.admitFollowUp(token: CaseToken()) } == .noSuchCase)
        #expect(
            Self.isSignatureInvalid(
                storeError { try store.addFollowUp(token: token, followUp: FollowUp(text: "x")) }))
        #expect(
            Self.isSignatureInvalid(storeError { try store.rate(token: token, rating: Rating(level: .neutral)) }))
        #expect(store.recordCount == 2, "the day mark and the report")
    }
}
