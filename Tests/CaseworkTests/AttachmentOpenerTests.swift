import Sodium
import TestSupport
import Testing

@testable import Attachments
@testable import Casework

@Suite("AttachmentOpener: strict reading of chunk records")
struct AttachmentOpenerTests {
    let file = AttachmentSealerTests.file(150_000)
    var sealed: ([[UInt8]], SealedAttachment) { AttachmentSealerTests.seal(file, piece: 10_000) }

    /// Made by an outsider's implementation of Envelope.md (Python, libsodium's secretstream through ctypes).
    @Test("known answer: opens the published one-chunk attachment")
    func knownAnswer() throws {
        let attachment = SealedAttachment(
            id: try AttachmentID(rawRepresentation: [UInt8](0xC0...0xCF)), name: "bien-lai.txt",
            mediaType: "text/plain",
            byteCount: 37, chunkCount: 1, key: SecureBytes([UInt8](0xA0...0xBF)),
            header: [UInt8](hex: "1bff17a7efc197525dd349ad6bac8eb77e9d9a8da0f58b2e"), metadata: .unsupported)
        let record = [UInt8](
            hex: """
                01c0c1c2c3c4c5c6c7c8c9cacbcccdcecf000000006e26acf5a048b7cb1bf099f4782039ee4759b9f212e986e6f1502be4
                4854c0e33d5e8296c6105ffd6e349b36ca769fbe6d4a2ab31c38
                """)
        #expect(
            try AttachmentOpener.open(attachment, payloads: [record]) == Array("Biên lai thu tiền: 500.000 đồng".utf8))
    }

    @Test("a flipped bit in any record's header or body fails")
    func tampered() {
        let (records, attachment) = sealed
        for (recordIndex, byteIndex) in [(0, 0), (0, 5), (0, 17), (0, 21), (1, 30), (2, 500), (2, -1)] {
            var copy = records
            let at = byteIndex >= 0 ? byteIndex : copy[recordIndex].count + byteIndex
            copy[recordIndex] = copy[recordIndex].flippingBit(2, ofByte: at)
            #expect(
                caseworkError { try AttachmentOpener.open(attachment, payloads: copy) } != nil,
                "\(recordIndex) \(byteIndex)")
        }
    }

    @Test("reordered, dropped, repeated, foreign or extra records fail")
    func sequence() {
        let (records, attachment) = sealed
        let (other, _) = AttachmentSealerTests.seal(file, piece: 10_000)
        let variants: [(String, [[UInt8]])] = [
            ("swapped", [records[1], records[0], records[2]]),
            ("last dropped", Array(records.dropLast())),
            ("first dropped", Array(records.dropFirst())),
            ("repeated", [records[0], records[0], records[1], records[2]]),
            ("extra", records + [records[2]]),
            ("from another upload", [records[0], other[1], records[2]]),
            ("none", []),
        ]
        for (name, payloads) in variants {
            #expect(caseworkError { try AttachmentOpener.open(attachment, payloads: payloads) } != nil, "\(name)")
        }
    }

    @Test("a wrong key or header fails authentication; lying sizes are refused")
    func wrongMetadata() throws {
        let (records, attachment) = sealed
        let wrongKey = SealedAttachment(
            id: attachment.id, name: "x", mediaType: "x/y", byteCount: attachment.byteCount,
            chunkCount: attachment.chunkCount,
            key: SecureBytes([UInt8](repeating: 7, count: 32)), header: attachment.header, metadata: .unsupported)
        #expect(caseworkError { try AttachmentOpener.open(wrongKey, payloads: records) } == .authenticationFailed)
        let wrongSize = SealedAttachment(
            id: attachment.id, name: "x", mediaType: "x/y", byteCount: attachment.byteCount - 1,
            chunkCount: attachment.chunkCount,
            key: attachment.key, header: attachment.header, metadata: .unsupported)
        #expect(caseworkError { try AttachmentOpener.open(wrongSize, payloads: records) } != nil)
        let wrongCount = SealedAttachment(
            id: attachment.id, name: "x", mediaType: "x/y", byteCount: attachment.byteCount, chunkCount: 2,
            key: attachment.key, header: attachment.header, metadata: .unsupported)
        #expect(caseworkError { _ = try AttachmentOpener(attachment: wrongCount) } != nil)
        let shortHeader = SealedAttachment(
            id: attachment.id, name: "x", mediaType: "x/y", byteCount: 0, chunkCount: 1, key: attachment.key,
            header: [1, 2],
            metadata: .unsupported)
        #expect(caseworkError { _ = try AttachmentOpener(attachment: shortHeader) } != nil)
    }

    @Test("records too short, too long or of another version are malformed", arguments: [0, 1, 20, 37, 65_575])
    func recordShape(length: Int) {
        let (_, attachment) = sealed
        var record = [UInt8](repeating: 0, count: length)
        if length > 0 { record[0] = 1 }
        guard case .malformedAttachment? = caseworkError({ try AttachmentOpener.open(attachment, payloads: [record]) })
        else {
            Issue.record("expected malformedAttachment for \(length) bytes")
            return
        }
    }
}
