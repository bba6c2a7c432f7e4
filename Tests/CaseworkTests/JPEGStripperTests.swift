import Testing

@testable import Casework

@Suite("JPEG metadata stripping")
struct JPEGStripperTests {
    /// The marker segments before SOS, as (marker, payload) pairs.
    static func headerSegments(_ jpeg: [UInt8]) -> [(UInt8, [UInt8])] {
        var segments: [(UInt8, [UInt8])] = []
        var index = 2
        while index + 4 <= jpeg.count, jpeg[index] == 0xFF {
            let marker = jpeg[index + 1]
            let length = Int(jpeg[index + 2]) << 8 | Int(jpeg[index + 3])
            segments.append((marker, Array(jpeg[(index + 4)..<(index + 2 + length)])))
            if marker == 0xDA { break }
            index += 2 + length
        }
        return segments
    }

    @Test("EXIF GPS, XMP, ICC, IPTC and comments are removed, image data untouched", arguments: [1, 7, 64, 100_000])
    func strips(pieces: Int) {
        let (output, summary) = strip(JPEGFixture.withMetadata, mediaType: "image/jpeg", pieces: pieces)
        #expect(output == JPEGFixture.clean)
        #expect(summary.outcome == .removed && summary.removedAnything)
        #expect(
            summary.removedSegments == [
                "APP1 Exif", "APP1 http://ns.adobe.com/xap/1.0/", "APP2 ICC_PROFILE", "APP13 Photoshop 3.0", "COM",
                "COM",
                "data after EOI",
            ])
        let markers = Self.headerSegments(output).map(\.0)
        #expect(
            !markers.contains(0xE1) && !markers.contains(0xFE) && !markers.contains(0xED) && !markers.contains(0xE2))
        #expect(markers == [0xE0, 0xEE, 0xDB, 0xC0, 0xC4, 0xC4, 0xDD, 0xDA])
        #expect(output.suffix(JPEGFixture.imageData.count).elementsEqual(JPEGFixture.imageData))
        #expect(!output.contains(bytes: Array(canary.utf8)))
        #expect(!output.contains(bytes: Array("Exif".utf8)))
    }

    @Test("a clean JPEG comes out identical, with nothing found")
    func clean() {
        for pieces in [1, 3, 1000] {
            let (output, summary) = strip(JPEGFixture.clean, mediaType: "image/jpeg", pieces: pieces)
            #expect(output == JPEGFixture.clean)
            #expect(summary.outcome == .noneFound && !summary.removedAnything)
        }
    }

    @Test("an APP0 JFIF with a thumbnail is dropped; one without is kept")
    func jfifThumbnail() {
        let withThumbnail = JPEGFixture.segment(
            0xE0, Array("JFIF".utf8) + [0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x10, 0x20, 0x30])
        let input = JPEGFixture.soi + withThumbnail + Array(JPEGFixture.clean.dropFirst(2 + JPEGFixture.app0JFIF.count))
        let (output, summary) = strip(input, mediaType: "image/jpeg", pieces: 5)
        #expect(summary.removedSegments == ["APP0 JFIF"])
        #expect(output == JPEGFixture.soi + Array(JPEGFixture.clean.dropFirst(2 + JPEGFixture.app0JFIF.count)))
    }

    @Test("inside the scan: stuffed 0xFF, restarts, fill bytes and segments holding FF D9 are not EOI")
    func scanStructure() {
        // A DQT between scans whose table happens to hold the bytes FF D9, then a second scan.
        let dqtWithFFD9 = JPEGFixture.segment(0xDB, [0x00, 0xFF, 0xD9] + [UInt8](repeating: 1, count: 62))
        let scan: [UInt8] = [0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD3, 0x56, 0xFF, 0xFF, 0xFF, 0x00]
        let body = JPEGFixture.sos + scan + dqtWithFFD9 + JPEGFixture.sos + [0x3F] + JPEGFixture.eoi
        let input = JPEGFixture.soi + JPEGFixture.comment + body + [0xFF, 0xD9, 0x00]
        for pieces in [1, 2, 3, 50] {
            let (output, summary) = strip(input, mediaType: "image/jpeg", pieces: pieces)
            #expect(output == JPEGFixture.soi + body, "pieces of \(pieces)")
            #expect(summary.removedSegments == ["COM", "data after EOI"])
            #expect(summary.outcome == .removed)
        }
    }

    @Test("every truncation of the file is survived: cleaned so far, reported malformed, no metadata leaked")
    func truncations() {
        let input = JPEGFixture.withMetadata
        let end = input.count - Array("ftypmp42 MOTION \(canary)".utf8).count  // just after EOI
        for length in 0..<end {
            let (output, summary) = strip(Array(input.prefix(length)), mediaType: "image/jpeg", pieces: 5)
            #expect(summary.outcome == .malformed, "length \(length)")
            #expect(output.count <= length)
            #expect(!output.contains(bytes: Array(canary.utf8)), "length \(length)")
        }
    }

    @Test("garbage where a marker belongs makes the rest pass through as it is, reported malformed")
    func garbage() {
        let input = JPEGFixture.soi + JPEGFixture.comment + [0x12, 0x34] + JPEGFixture.app1ExifGPS
        let (output, summary) = strip(input, mediaType: "image/jpeg", pieces: 3)
        #expect(summary.outcome == .malformed)
        #expect(output == JPEGFixture.soi + [0x12, 0x34] + JPEGFixture.app1ExifGPS)
        let badLength = JPEGFixture.soi + [0xFF, 0xE1, 0x00, 0x01] + Array(canary.utf8)
        #expect(strip(badLength, mediaType: "image/jpeg", pieces: 2).1.outcome == .malformed)
    }
}
