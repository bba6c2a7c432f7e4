import Sodium
import Testing

@testable import Attachments
@testable import Casework

@Suite("AttachmentSealer: chunk records as the file streams in")
struct AttachmentSealerTests {
    static func file(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) } }

    /// Seals `file` fed in pieces of `piece` bytes; returns the records and the attachment.
    static func seal(_ file: [UInt8], piece: Int) -> ([[UInt8]], SealedAttachment) {
        var sealer = AttachmentSealer(random: SeededRandom(seed: 11))
        var records: [[UInt8]] = []
        var index = 0
        while index < file.count {
            let end = min(index + piece, file.count)
            records += sealer.feed(file[index..<end])
            index = end
        }
        let (last, attachment) = sealer.finish(name: "scan.pdf", mediaType: "application/pdf", metadata: .unsupported)
        return (records + [last], attachment)
    }

    static let sizes = [0, 1, 1000, 65_535, 65_536, 65_537, 131_072, 200_000]

    @Test("any size, any piece size: max(1, ⌈n / 64 KiB⌉) records that open to the file", arguments: sizes)
    func roundTrip(size: Int) throws {
        let file = Self.file(size)
        for piece in [4096, 65_536, 100_000] {
            let (records, attachment) = Self.seal(file, piece: piece)
            #expect(records.count == max(1, (size + 65_535) / 65_536))
            #expect(attachment.chunkCount == records.count && attachment.byteCount == size)
            #expect(try AttachmentOpener.open(attachment, payloads: records) == file)
        }
    }

    @Test("byte-by-byte feeding gives the same record sizes")
    func byteByByte() throws {
        let file = Self.file(70_000)
        let (records, attachment) = Self.seal(file, piece: 1)
        #expect(records.map(\.count) == [21 + 65_536 + 17, 21 + (70_000 - 65_536) + 17])
        #expect(try AttachmentOpener.open(attachment, payloads: records) == file)
    }

    @Test("each record: version 1, the attachment id, the chunk number little-endian, then the stream chunk")
    func layout() {
        let (records, attachment) = Self.seal(Self.file(140_000), piece: 9000)
        for (number, record) in records.enumerated() {
            #expect(record[0] == 1)
            #expect(Array(record[1..<17]) == attachment.id.rawRepresentation)
            #expect(Array(record[17..<21]) == [UInt8(number), 0, 0, 0])
        }
        #expect(attachment.header.count == 24 && attachment.key.count == 32)
        #expect(
            attachment.name == "scan.pdf" && attachment.mediaType == "application/pdf" && !attachment.metadataStripped)
    }

    @Test("the file's bytes never appear in the records")
    func noPlaintext() {
        let file = Array(String(repeating: canary, count: 5000).utf8)
        let (records, _) = Self.seal(file, piece: 777)
        #expect(!records.joined().map { $0 }.contains(bytes: Array(canary.utf8)))
    }
}
