import Foundation
import Ledger
import TestSupport
import Testing

@testable import Mirroring

/// Withheld frames in a records batch (Sync.md, "The records batch"): round trips, refusals, fuzz.
@Suite("RecordBatchReader: withheld frames")
struct RecordBatchReaderTests {
    static let tagKey = [UInt8(ascii: "T")] + [UInt8](repeating: 0xAB, count: 32)
    static let attachmentKey = [UInt8(ascii: "A")] + [UInt8](repeating: 0xCD, count: 16)
    static let linkKey = [UInt8(ascii: "L")] + [UInt8](repeating: 0xEF, count: 32)

    static let mixed = [
        RecordBatchReader.Record(index: 0, type: 4, leafHash: [UInt8](repeating: 1, count: 32), payload: [1, 2]),
        RecordBatchReader.Record(
            index: 1, type: 1, leafHash: [UInt8](repeating: 2, count: 32), payload: [], withheldKey: tagKey),
        RecordBatchReader.Record(
            index: 2, type: 2, leafHash: [UInt8](repeating: 3, count: 32), payload: [], withheldKey: attachmentKey),
        RecordBatchReader.Record(
            index: 3, type: 9, leafHash: [UInt8](repeating: 4, count: 32), payload: [], withheldKey: []),
        RecordBatchReader.Record(index: 4, type: 3, leafHash: [UInt8](repeating: 5, count: 32), payload: [9]),
        RecordBatchReader.Record(
            index: 5, type: 6, leafHash: [UInt8](repeating: 6, count: 32), payload: [], withheldKey: linkKey),
    ]

    static func encode(_ records: [RecordBatchReader.Record]) -> [UInt8] {
        var bytes: [UInt8] = []
        for record in records { RecordBatchReader.append(record, to: &bytes) }
        return bytes
    }

    static func refusal(_ bytes: [UInt8]) -> String? {
        guard
            case .connection(let message)? = mirroringError({ () throws(MirroringError) in
                try RecordBatchReader.parse(bytes, server: "s")
            })
        else { return nil }
        return message
    }

    @Test func aWithheldFrameIsFramedAsSpecifiedAndRoundTrips() throws {
        var frame: [UInt8] = []
        RecordBatch.appendWithheld(
            index: 0x0102, type: 1, leafHash: [UInt8](repeating: 2, count: 32), key: Self.tagKey, to: &frame)
        #expect(frame.count == 45 + 1 + 33)
        #expect(Array(frame[0..<9]) == [0x02, 0x01, 0, 0, 0, 0, 0, 0, 1])
        #expect(Array(frame[41..<46]) == [0xFF, 0xFF, 0xFF, 0xFF, 33])
        #expect(Array(frame[46...]) == Self.tagKey)

        let bytes = Self.encode(Self.mixed)
        let parsed = try RecordBatchReader.parse(bytes, server: "s")
        #expect(parsed == Self.mixed)
        #expect(parsed.map(\.isWithheld) == [false, true, true, true, false, true])
    }

    /// What follows a withheld frame's length field, each one wrong.
    static let malformedTails: [(String, [UInt8])] = {
        let tag: [UInt8] = tagKey
        let tagBody: [UInt8] = Array(tag.dropFirst())
        var tails: [(String, [UInt8])] = []
        tails.append(("no K byte", []))
        tails.append(("K past the end", [33] + Array(tag.dropLast())))
        tails.append(("K of 34", [34] + tag + [0]))
        tails.append(("K of 255", [255] + [UInt8](repeating: 0x54, count: 255)))
        tails.append(("a tag key of 17", [17] + Array(tag.prefix(17))))
        tails.append(("an attachment key of 33", [33, UInt8(ascii: "A")] + tagBody))
        tails.append(("a day mark's key", [1, UInt8(ascii: "D")]))
        tails.append(("a link key of 17", [17, UInt8(ascii: "L")] + Array(tagBody.prefix(16))))
        tails.append(("an unknown prefix", [33, UInt8(ascii: "X")] + tagBody))
        return tails
    }()

    @Test(arguments: malformedTails)
    func aMalformedWithheldFrameIsRefused(_ what: String, _ tail: [UInt8]) {
        var bytes = Self.encode([Self.mixed[0]])
        let head = bytes.count
        bytes += [UInt8](repeating: 0, count: 8) + [1] + [UInt8](repeating: 7, count: 32) + [0xFF, 0xFF, 0xFF, 0xFF]
        #expect(bytes.count == head + 45)
        bytes += tail
        let message = Self.refusal(bytes)
        #expect(message != nil, "\(what)")
        #expect(message?.contains("withheld record 0") == true, "\(what): \(message ?? "")")
    }

    @Test func everyCutOfAMixedBatchIsRefusedOrEndsOnAFrame() {
        let bytes = Self.encode(Self.mixed)
        var ends: Set<Int> = [0]
        var offset = 0
        for record in Self.mixed {
            offset += Self.encode([record]).count
            ends.insert(offset)
        }
        for cut in 0...bytes.count {
            let refused = Self.refusal(Array(bytes.prefix(cut))) != nil
            #expect(refused != ends.contains(cut), "cut at \(cut)")
        }
    }

    /// Random bytes and random damage to a valid batch: the reader never traps, and whatever it accepts
    /// frames back to exactly the bytes it read (parse → serialize round trip).
    @Test func fuzzedBatchesParseOrAreRefusedAndRoundTrip() {
        var random = SplitMix64(seed: 14)
        let valid = Self.encode(Self.mixed)
        var accepted = 0
        for round in 0..<4000 {
            var bytes: [UInt8]
            if round % 2 == 0 {
                bytes = (0..<Int.random(in: 0..<200, using: &random)).map { _ in
                    UInt8.random(in: 0...255, using: &random)
                }
                if bytes.count > 45, round % 4 == 0 { bytes.replaceSubrange(41..<45, with: [0xFF, 0xFF, 0xFF, 0xFF]) }
            } else {
                bytes = valid
                for _ in 0..<Int.random(in: 1...3, using: &random) {
                    bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
                }
                bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random)))
            }
            guard let records = try? RecordBatchReader.parse(bytes, server: "s") else { continue }
            accepted += 1
            #expect(Self.encode(records) == bytes, "round \(round)")
        }
        #expect(accepted > 20, "the fuzz reaches the accepting paths")
    }
}
