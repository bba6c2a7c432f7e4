import Foundation

@testable import Casework
@testable import MetadataStripping

// Real, decodable JPEG and PNG files built byte by byte, with the metadata a phone would leave in them.

/// A string no test puts anywhere but in the metadata (or report text) under test.
let canary = "CANARY-Nguyễn-Văn-A-0912345678"

enum JPEGFixture {
    static func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        let length = payload.count + 2
        return [0xFF, marker, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
    }

    static let soi: [UInt8] = [0xFF, 0xD8]
    static let eoi: [UInt8] = [0xFF, 0xD9]
    static let app0JFIF = segment(
        0xE0, Array("JFIF".utf8) + [0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00])
    static let app14Adobe = segment(0xEE, Array("Adobe".utf8) + [0x00, 0x64, 0x00, 0x00, 0x00, 0x00, 0x00])

    /// APP1 Exif: a big-endian TIFF with IFD0 pointing to a GPS IFD at 21°01′N 105°51′E (Hà Nội).
    static let app1ExifGPS: [UInt8] = {
        func u16(_ v: Int) -> [UInt8] { [UInt8(v >> 8), UInt8(v & 0xFF)] }
        func u32(_ v: Int) -> [UInt8] {
            [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
        }
        func entry(_ tag: Int, _ type: Int, _ count: Int, _ value: [UInt8]) -> [UInt8] {
            u16(tag) + u16(type) + u32(count) + value
        }
        // TIFF header (8) | IFD0 at 8: 1 entry (2 + 12 + 4 = 18) | GPS IFD at 26: 4 entries (2 + 48 + 4 = 54) | data at 80
        var tiff = Array("MM".utf8) + u16(42) + u32(8)
        tiff += u16(1) + entry(0x8825, 4, 1, u32(26)) + u32(0)
        tiff += u16(4)
        tiff += entry(0x0001, 2, 2, Array("N".utf8) + [0, 0, 0])
        tiff += entry(0x0002, 5, 3, u32(80))
        tiff += entry(0x0003, 2, 2, Array("E".utf8) + [0, 0, 0])
        tiff += entry(0x0004, 5, 3, u32(104))
        tiff += u32(0)
        for (numerator, denominator) in [(21, 1), (1, 1), (42, 1), (105, 1), (51, 1), (15, 1)] {
            tiff += u32(numerator) + u32(denominator)
        }
        tiff += Array(canary.utf8)
        return segment(0xE1, Array("Exif".utf8) + [0, 0] + tiff)
    }()

    static let app1XMP = segment(
        0xE1,
        Array("http://ns.adobe.com/xap/1.0/".utf8) + [0]
            + Array("<x:xmpmeta><dc:creator>\(canary)</dc:creator></x:xmpmeta>".utf8))
    static let app13IPTC = segment(
        0xED, Array("Photoshop 3.0".utf8) + [0] + Array("8BIM".utf8) + [0x04, 0x04, 0, 0] + Array(canary.utf8))
    static let app2ICC = segment(0xE2, Array("ICC_PROFILE".utf8) + [0, 1, 1] + Array("iPhone 15 Pro".utf8))
    static let comment = segment(0xFE, Array("Chụp bởi \(canary)".utf8))

    static let dqt = segment(0xDB, [0x00] + [UInt8](repeating: 1, count: 64))
    /// Baseline, 8 bits, 8 high, 16 wide, one grey component.
    static let sof0 = segment(0xC0, [0x08, 0x00, 0x08, 0x00, 0x10, 0x01, 0x01, 0x11, 0x00])
    /// One DC code ("0" → category 0) and one AC code ("0" → end of block).
    static let dhtDC = segment(0xC4, [0x00, 1] + [UInt8](repeating: 0, count: 15) + [0x00])
    static let dhtAC = segment(0xC4, [0x10, 1] + [UInt8](repeating: 0, count: 15) + [0x00])
    /// A restart after every MCU, so the scan holds a restart marker.
    static let dri = segment(0xDD, [0x00, 0x01])
    static let sos = segment(0xDA, [0x01, 0x01, 0x00, 0x00, 0x3F, 0x00])
    /// Two blocks: DC "0", EOB "0", padded with ones; a restart marker between them.
    static let scan: [UInt8] = [0x3F, 0xFF, 0xD0, 0x3F]

    /// The image without any metadata: what stripping must produce.
    static let clean = soi + app0JFIF + app14Adobe + dqt + sof0 + dhtDC + dhtAC + dri + sos + scan + eoi

    /// The image as a phone might send it, with a motion-photo style trailer after EOI.
    static let withMetadata =
        soi + app0JFIF + app1ExifGPS + app1XMP + app2ICC + app13IPTC + comment + app14Adobe + dqt + comment + sof0
        + dhtDC + dhtAC + dri + sos + scan + eoi + Array("ftypmp42 MOTION \(canary)".utf8)

    /// Everything from SOS to EOI: must come out byte for byte.
    static let imageData = sos + scan + eoi
}

enum PNGFixture {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        let length = data.count
        return [UInt8(length >> 24), UInt8((length >> 16) & 0xFF), UInt8((length >> 8) & 0xFF), UInt8(length & 0xFF)]
            + typeBytes + data + bigEndian(crc32(typeBytes + data))
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    /// zlib with one stored deflate block, so no compressor is needed.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        let length = data.count
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return [
            0x78, 0x01, 0x01, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF),
            UInt8((~length >> 8) & 0xFF),
        ]
            + data + bigEndian(b << 16 | a)
    }

    /// 1 × 1, 8-bit grey.
    static let ihdr = chunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0])
    static let gama = chunk("gAMA", bigEndian(45455))
    static let phys = chunk("pHYs", bigEndian(2835) + bigEndian(2835) + [1])
    /// Filter byte 0, then one grey pixel 0x80.
    static let idat = chunk("IDAT", zlibStored([0x00, 0x80]))
    static let iend = chunk("IEND", [])
    static let text = chunk("tEXt", Array("Author".utf8) + [0] + Array(canary.utf8))
    static let ztxt = chunk("zTXt", Array("Comment".utf8) + [0, 0] + zlibStored(Array(canary.utf8)))
    static let itxt = chunk("iTXt", Array("Title".utf8) + [0, 0, 0] + Array("vi".utf8) + [0, 0] + Array(canary.utf8))
    static let time = chunk("tIME", [0x07, 0xEA, 5, 4, 10, 0, 0])
    static let exif = chunk("eXIf", Array("MM".utf8) + [0, 42, 0, 0, 0, 8, 0, 0] + Array(canary.utf8))
    static let privateChunk = chunk("prVt", Array(canary.utf8))

    static let clean = signature + ihdr + gama + phys + idat + iend
    static let withMetadata =
        signature + ihdr + text + gama + time + exif + phys + ztxt + idat + itxt + privateChunk + iend
        + Array("trailing \(canary)".utf8)
}

/// CRC-32 (ISO 3309, as PNG uses it).
func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
        crc ^= UInt32(byte)
        for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
}

/// Feeds `input` to a stripper in pieces of `size` bytes and returns the whole output and summary.
func strip(_ input: [UInt8], mediaType: String, pieces size: Int) -> ([UInt8], MetadataStripper.Summary) {
    var stripper = MetadataStripper(mediaType: mediaType)
    var output: [UInt8] = []
    var index = 0
    while index < input.count {
        let end = min(index + max(1, size), input.count)
        output += stripper.feed(input[index..<end])
        index = end
    }
    let summary = stripper.finish()
    return (output + summary.remainingBytes, summary)
}
