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

    @Test("a stand-in is indexed under the key it carries and W ‖ that key; one with no key, not at all")
    func standInIndexKeys() throws {
        let token = CaseToken(random: SeededRandom(seed: 1))
        let tag = CaseTagKey(random: SeededRandom(seed: 2)).tag(for: token)
        let leaf = [UInt8](repeating: 9, count: 32)
        func keys(_ payload: [UInt8]) -> [[UInt8]] {
            RecordView.withView(type: IntakeRecord.standInType, payload: payload) { IntakeRecord.indexKeys($0) }
        }
        let caseKey = IntakeRecord.indexKey(for: tag)
        let standIn = IntakeRecord.standIn(leafHash: leaf, type: IntakeRecord.envelopeType, key: caseKey)
        #expect(standIn == leaf + [1] + caseKey)
        #expect(keys(standIn) == [caseKey, [UInt8(ascii: "W")] + caseKey])
        #expect(keys(IntakeRecord.standIn(leafHash: leaf, type: 9, key: [])).isEmpty)
        #expect(keys(Array(leaf.prefix(20))).isEmpty)
        // The case a read policy sees: an envelope's, never a stand-in's or a day mark's.
        let sealed = try Envelope.seal(
            plaintext: [1], kind: .report, caseTag: tag, replyKey: token.replyKey().publicKey,
            signingKey: token.signingKey(), recipients: [token.replyKey().publicKey])
        let envelope = LedgerRecord(index: 1, type: IntakeRecord.envelopeType, payload: sealed, leafHash: leaf)
        #expect(IntakeRecord.caseTag(of: envelope) == tag)
        #expect(IntakeRecord.caseTag(of: LedgerRecord(index: 2, type: 0xFF, payload: standIn, leafHash: leaf)) == nil)
        #expect(IntakeRecord.caseTag(of: LedgerRecord(index: 0, type: 4, payload: [1], leafHash: leaf)) == nil)
    }
}
