import Sodium
import TestSupport
import Testing

@Suite("Padding (Padmé, ISO/IEC 7816-4 marker)")
struct PaddingTests {
    /// length → padmeLength(length) → pad(length bytes).count = padmeLength(length + 1).
    /// The same table is in the Padding article of the DocC catalogue.
    static let table: [(length: Int, padme: Int, padded: Int)] = [
        (0, 0, 1), (1, 1, 2), (2, 2, 3), (3, 3, 4), (4, 4, 5), (5, 5, 6), (8, 8, 10), (9, 10, 10), (10, 10, 12),
        (16, 16, 18), (17, 18, 18), (100, 104, 104), (129, 144, 144), (200, 208, 208), (500, 512, 512),
        (1000, 1024, 1024), (1024, 1024, 1088), (1025, 1088, 1088), (4096, 4096, 4352), (4097, 4352, 4352),
        (10_000, 10_240, 10_240), (65_536, 65_536, 67_584), (65_537, 67_584, 67_584), (100_000, 100_352, 100_352),
        (1_000_000, 1_015_808, 1_015_808), (1_048_577, 1_081_344, 1_081_344), (10_000_000, 10_223_616, 10_223_616),
        (1_000_000_000, 1_006_632_960, 1_006_632_960),
    ]

    @Test("the documented table", arguments: table)
    func documentedTable(length: Int, padme: Int, padded: Int) {
        #expect(Padding.padmeLength(length) == padme)
        #expect(Padding.padmeLength(length + 1) == padded)
    }

    @Test("padmeLength is ≥ L, monotonic, idempotent, and below +12% (exhaustive to 2^20)")
    func properties() {
        var previous = 0
        var worst = (overhead: 0.0, length: 0)
        for length in 1...(1 << 20) {
            let padded = Padding.padmeLength(length)
            #expect(padded >= length && padded >= previous, "L = \(length)")
            previous = padded
            let overhead = Double(padded - length) / Double(length)
            if overhead > worst.overhead { worst = (overhead, length) }
            if length >= 256 && overhead >= 1.0 / 16 { Issue.record("L = \(length): \(overhead) ≥ 1/16") }
            if length >= 65_536 && overhead >= 1.0 / 32 { Issue.record("L = \(length): \(overhead) ≥ 1/32") }
            if length % 4099 == 0 { #expect(Padding.padmeLength(padded) == padded, "L = \(length)") }
        }
        #expect(worst.overhead < 0.12)
        #expect(worst.length == 129)  // 129 → 144, +11.6%
    }

    @Test(
        "for E ≥ 3, a doubling [2^E, 2^(E+1)) has 2^S + 1 padded sizes (S = ⌊log₂ E⌋ + 1)",
        arguments: [3, 4, 8, 10, 16])
    func leakage(e: Int) {
        let sizes = Set(((1 << e)..<(1 << (e + 1))).map(Padding.padmeLength))
        let s = Int.bitWidth - e.leadingZeroBitCount  // ⌊log₂ E⌋ + 1
        #expect(sizes.count == (1 << s) + 1)
    }

    @Test("pad then unpad gives the data back, at the Padmé length of count + 1")
    func roundTrip() throws {
        for length in Array(0...300) + [1023, 1024, 1025, 4097, 65_537] {
            let data = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let padded = Padding.pad(data)
            #expect(padded.count == Padding.padmeLength(length + 1), "L = \(length)")
            #expect(Array(padded[..<length]) == data)
            #expect(padded[length] == 0x80)
            #expect(padded[(length + 1)...].allSatisfy { $0 == 0 })
            #expect(try Padding.unpad(padded) == data, "L = \(length)")
        }
    }

    @Test("data that itself ends in 0x80 or zeros survives the round trip")
    func awkwardData() throws {
        for data: [UInt8] in [[0x80], [0x80, 0x00], [0x00], [0x00, 0x00, 0x80, 0x00], [0xff, 0x80, 0x80]] {
            #expect(try Padding.unpad(Padding.pad(data)) == data)
        }
        #expect(Padding.pad([UInt8]()) == [0x80])
    }

    @Test(
        "unpad refuses input without a valid marker",
        arguments: [
            [], [0x00], [0x00, 0x00, 0x00], [0x01], [0x41, 0x42], [0x80, 0x01], [0x80, 0x00, 0x01],
            [0x81], [0x81, 0x00], [0x7f, 0x00], [0xff, 0xff], [0x41, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40],
        ] as [[UInt8]])
    func invalid(_ padded: [UInt8]) {
        let error = #expect(throws: SodiumError.self) { try Padding.unpad(padded) }
        if case .invalidInput = error {
        } else {
            Issue.record("expected invalidInput, got \(String(describing: error))")
        }
    }

    @Test("unpad also accepts other lengths, such as power-of-two buckets")
    func otherLengths() throws {
        var bucket: [UInt8] = Array("báo cáo".utf8) + [0x80]
        bucket += [UInt8](repeating: 0, count: 64 - bucket.count)
        #expect(try Padding.unpad(bucket) == Array("báo cáo".utf8))
    }

    @Test("flipped bits in the marker or the zeros are refused")
    func tamperedPadding() throws {
        let data = Array("Hà Nội".utf8)
        let padded = Padding.pad(Array(repeating: data, count: 20).flatMap { $0 })
        // Flipping a zero after the marker makes it non-zero: refused.
        #expect(throws: SodiumError.self) { try Padding.unpad(padded.flippingBit(0, ofByte: padded.count - 1)) }
        // Clearing the marker leaves no marker where it was; the scan then stops at the data's last byte.
        let markerIndex = padded.lastIndex(of: 0x80)!
        #expect(throws: SodiumError.self) { try Padding.unpad(padded.flippingBit(7, ofByte: markerIndex)) }
    }
}
