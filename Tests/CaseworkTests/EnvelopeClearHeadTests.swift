import Sodium
import TestSupport
import Testing

@testable import Casework

/// The clear head of an envelope, read without the full parse (the intake's start pass).
@Suite("Envelope: the clear head")
struct EnvelopeClearHeadTests {
    @Test func theClearHeadIsWhatTheFullParseSaysAndAShortOneIsNil() throws {
        let folder = TemporaryDirectory("clear-head")
        let store = try makeStore(folder)
        defer { store.close() }
        let receipt = try store.submit(report: sampleReport())
        let bytes = try store.record(at: receipt.logIndex).payload
        let envelope = try Envelope(parsing: bytes)
        let head = try #require(Envelope.clearHead(bytes))
        #expect(head.kind == envelope.kind)
        #expect(head.caseTag == envelope.caseTag)
        #expect(head.recipientKeyIDs == envelope.recipientKeyIDs)
        #expect(Envelope.clearHead([]) == nil)
        #expect(Envelope.clearHead([9] + bytes.dropFirst()) == nil)
        #expect(Envelope.clearHead(Array(bytes.prefix(140))) == nil)
        var none = bytes
        none[Envelope.recipientCountOffset(version: bytes[0])] = 0
        #expect(Envelope.clearHead(none) == nil)
    }
}
