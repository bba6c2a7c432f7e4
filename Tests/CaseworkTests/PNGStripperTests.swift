import Testing

@testable import Casework
@testable import MetadataStripping

@Suite("PNG metadata stripping")
struct PNGStripperTests {
    /// The chunk types of a PNG, checking each chunk's CRC on the way.
    static func chunkTypes(_ png: [UInt8]) -> [String] {
        var types: [String] = []
        var index = 8
        while index + 12 <= png.count {
            let length = png[index..<(index + 4)].reduce(0) { $0 << 8 | Int($1) }
            let typeAndData = Array(png[(index + 4)..<(index + 8 + length)])
            let crc = png[(index + 8 + length)..<(index + 12 + length)].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            #expect(crc32(typeAndData) == crc)
            types.append(String(decoding: typeAndData.prefix(4), as: UTF8.self))
            index += 12 + length
        }
        return types
    }

    @Test(
        "tEXt, zTXt, iTXt, tIME, eXIf and private chunks go; critical and rendering chunks stay",
        arguments: [1, 7, 13, 4096])
    func strips(pieces: Int) {
        let (output, summary) = strip(PNGFixture.withMetadata, mediaType: "image/png", pieces: pieces)
        #expect(output == PNGFixture.clean)
        #expect(Self.chunkTypes(output) == ["IHDR", "gAMA", "pHYs", "IDAT", "IEND"])
        #expect(summary.outcome == .removed)
        #expect(summary.removedSegments == ["tEXt", "tIME", "eXIf", "zTXt", "iTXt", "prVt", "data after IEND"])
        #expect(!output.contains(bytes: Array(canary.utf8)))
    }

    @Test("a clean PNG comes out identical")
    func clean() {
        let (output, summary) = strip(PNGFixture.clean, mediaType: "image/png", pieces: 1)
        #expect(output == PNGFixture.clean)
        #expect(summary.outcome == .noneFound)
    }

    @Test("a large IDAT streams through without being buffered, and unchanged")
    func largeChunk() {
        let big = PNGFixture.chunk("IDAT", [UInt8](repeating: 0xAB, count: 300_000))
        let input = PNGFixture.signature + PNGFixture.ihdr + PNGFixture.text + big + PNGFixture.iend
        var stripper = MetadataStripper(mediaType: "image/png")
        var output: [UInt8] = []
        var index = 0
        while index < input.count {
            let end = min(index + 10_000, input.count)
            output += stripper.feed(input[index..<end])
            // Held back at any moment: at most one 8-byte chunk header, beyond what was dropped.
            let dropped = end > PNGFixture.signature.count + PNGFixture.ihdr.count ? PNGFixture.text.count : 0
            #expect(end - output.count - min(dropped, end - PNGFixture.signature.count - PNGFixture.ihdr.count) <= 8)
            index = end
        }
        output += stripper.finish().remainingBytes
        #expect(output == PNGFixture.signature + PNGFixture.ihdr + big + PNGFixture.iend)
    }

    @Test("every truncation is survived and reported malformed; nothing after a cut is invented")
    func truncations() {
        let input = PNGFixture.withMetadata
        let end = input.count - Array("trailing \(canary)".utf8).count
        for length in 0..<end {
            let (output, summary) = strip(Array(input.prefix(length)), mediaType: "image/png", pieces: 3)
            if length < 8 {
                #expect(summary.outcome == .malformed, "declared PNG, too short to recognise")
                #expect(output == Array(input.prefix(length)))
            } else {
                #expect(summary.outcome == .malformed, "length \(length)")
            }
            #expect(output.count <= length)
        }
    }

    @Test("a bad chunk type or an impossible length passes the rest through, reported malformed")
    func garbage() {
        let badType = PNGFixture.signature + PNGFixture.ihdr + [0, 0, 0, 1, 0x31, 0x32, 0x33, 0x34, 0, 0, 0, 0, 0]
        let (output, summary) = strip(badType, mediaType: "image/png", pieces: 4)
        #expect(summary.outcome == .malformed && output == badType)
        let hugeLength = PNGFixture.signature + [0xFF, 0xFF, 0xFF, 0xFF] + Array("IDAT".utf8)
        #expect(strip(hugeLength, mediaType: "image/png", pieces: 4).1.outcome == .malformed)
    }
}
