import Foundation
import Ledger
import TestSupport
import Testing

@testable import Attachments
@testable import Casework
@testable import Stores

@Suite("IntakeRecord: record types and index keys")
struct IntakeRecordTests {
    @Test("envelopes are indexed by T ‖ case tag, chunks by A ‖ attachment id, anything else not at all")
    func indexKeys() throws {
        let folder = TemporaryDirectory()
        var options = Ledger.Options()
        options.indexKeys = IntakeRecord.indexKeys
        let ledger = try Ledger.open(at: folder.child("log"), options: options)
        defer { ledger.close() }
        let token = CaseToken(random: SeededRandom(seed: 1))
        let tag = CaseTagKey(random: SeededRandom(seed: 2)).tag(for: token)
        let envelope = try Envelope.seal(
            plaintext: [1], kind: .report, caseTag: tag, replyKey: token.replyKey().publicKey,
            signingKey: token.signingKey(), recipients: [token.replyKey().publicKey])
        let sealer = AttachmentSealer(random: SeededRandom(seed: 3))
        let (chunk, attachment) = sealer.finish(name: "a", mediaType: "a/b", metadata: .unsupported)
        let first = try ledger.appendAndWait(type: IntakeRecord.envelopeType, payload: envelope)
        let second = try ledger.appendAndWait(type: IntakeRecord.attachmentChunkType, payload: chunk)
        // Not indexed: an unknown version, a payload too short, an unknown record type.
        _ = try ledger.appendAndWait(type: IntakeRecord.envelopeType, payload: [3] + envelope.dropFirst())
        _ = try ledger.appendAndWait(type: IntakeRecord.envelopeType, payload: [1, 1])
        _ = try ledger.appendAndWait(type: 9, payload: envelope)
        #expect(ledger.records(forKey: IntakeRecord.indexKey(for: tag)) == [first])
        #expect(ledger.records(forKey: IntakeRecord.indexKey(for: attachment.id)) == [second])
        #expect(IntakeRecord.indexKey(for: tag).count == 33 && IntakeRecord.indexKey(for: attachment.id).count == 17)
    }
}
