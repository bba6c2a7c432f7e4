import Testing

@testable import Casework
@testable import MetadataStripping

@Suite("MetadataStripper: recognising formats, passing others through, never trapping")
struct MetadataStripperTests {
    @Test("the format comes from the bytes, not the declared type")
    func sniffing() {
        #expect(
            strip(JPEGFixture.withMetadata, mediaType: "application/octet-stream", pieces: 9).0 == JPEGFixture.clean)
        #expect(strip(PNGFixture.withMetadata, mediaType: "image/jpeg", pieces: 9).0 == PNGFixture.clean)
    }

    @Test(
        "other types pass through untouched, marked unsupported",
        arguments: ["application/pdf", "audio/mpeg", "text/plain", "image/heic", ""])
    func passthrough(mediaType: String) {
        let input = Array("%PDF-1.7 \(canary) %%EOF".utf8)
        for pieces in [1, 5, 1000] {
            let (output, summary) = strip(input, mediaType: mediaType, pieces: pieces)
            #expect(output == input)
            #expect(summary.outcome == .unsupported && !summary.outcome.isClean)
        }
    }

    @Test("a file that claims to be an image but is not is marked malformed, passed as it is")
    func claimsImage() {
        let input = Array("not an image".utf8)
        let (output, summary) = strip(input, mediaType: "image/JPEG; q=1", pieces: 2)
        #expect(output == input && summary.outcome == .malformed)
        #expect(strip([], mediaType: "image/png", pieces: 1).1.outcome == .malformed)
        #expect(strip([], mediaType: "application/pdf", pieces: 1).1.outcome == .unsupported)
    }

    @Test("random bytes behind real signatures never trap and never grow the file")
    func fuzz() {
        let random = SeededRandom(seed: 2025)
        let prefixes: [[UInt8]] = [
            [0xFF, 0xD8, 0xFF], PNGFixture.signature, Array(JPEGFixture.withMetadata.prefix(40)),
            Array(PNGFixture.withMetadata.prefix(40)), [],
        ]
        for round in 0..<600 {
            let noise = random.bytes(count: 2)
            let body = random.bytes(count: Int(noise[0]) * 4)
            var input = prefixes[round % prefixes.count] + body
            // Sprinkle markers so the parsers reach their deeper states.
            for (offset, byte) in zip(
                stride(from: 0, to: input.count, by: 17), [0xFF, 0xDA, 0xFF, 0xD9, 0xFF, 0xE1] as [UInt8])
            {
                input[offset] = byte
            }
            let (output, summary) = strip(
                input, mediaType: round % 2 == 0 ? "image/jpeg" : "image/png", pieces: Int(noise[1]) + 1)
            #expect(output.count <= input.count)
            if summary.outcome == .unsupported { #expect(output == input) }
        }
    }

    @Test("outcomes: which count as clean, and their JSON names")
    func outcomes() {
        #expect(MetadataStripper.Outcome.removed.isClean && MetadataStripper.Outcome.noneFound.isClean)
        #expect(!MetadataStripper.Outcome.unsupported.isClean && !MetadataStripper.Outcome.malformed.isClean)
        #expect(
            MetadataStripper.Outcome.allCases.map(\.rawValue) == [
                "removed", "none-found", "unsupported-type", "malformed",
            ])
    }
}
