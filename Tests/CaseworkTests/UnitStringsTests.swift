import Foundation
import Testing

@testable import TextScanning

/// Substrings of a text's UTF-16 units, written as UTF-8 directly: the same strings the standard library's
/// transcoding makes, lone surrogates included.
@Suite("UnitStrings")
struct UnitStringsTests {
    static let texts: [[UInt16]] = [
        Array("".utf16),
        Array("so tai khoan 0123".utf16),
        Array("Nguyễn Thị Ánh, phường Bến Thành".utf16),
        Array("Hương Hoa Cúc 🌼 và 👨‍👩‍👧".utf16),
        Array("ĐĂNG KÝ ©®™ — “trích” ½".utf16),
        [0x61, 0xD83C],  // a high surrogate at the end
        [0xDF3C, 0x61],  // a low surrogate first
        [0xD83C, 0x61, 0xDF3C],  // each alone
        [0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0xFFFD],
    ]

    @Test(arguments: texts.indices) func sameAsTheStandardLibrarys(_ k: Int) {
        let units = Self.texts[k]
        #expect(UnitStrings.string(units[...]) == String(decoding: units, as: UTF16.self))
        for start in 0...units.count {
            for end in start...units.count {
                #expect(
                    UnitStrings.string(units[start..<end]) == String(decoding: units[start..<end], as: UTF16.self))
            }
        }
    }

    @Test func aSliceOfAScanIsItsText() {
        let scan = TextScan("Gặp anh Hùng ở số 12 ngõ 5")
        #expect(scan.string(NSRange(location: 4, length: 8)) == "anh Hùng")
        #expect(scan.foldedAfter(4, length: 8) == "anh hung")
        #expect(scan.foldedBefore(12, length: 8) == "anh hung")
        #expect(scan.words.list.map(\.folded) == ["gap", "anh", "hung", "o", "so", "12", "ngo", "5"])
    }

    @Test func theScanKnowsWhichASCIICharactersItHolds() {
        let scan = TextScan("Zalo: hung_99 (tổ 4) | 0912*** ~")
        for byte in "_(|*:~ Z9".utf8 { #expect(scan.hasASCII(byte), "\(byte)") }
        for byte in "]+,@/\u{7F}\u{0}".utf8 { #expect(!scan.hasASCII(byte), "\(byte)") }
        #expect(!scan.hasASCII(0xC3))  // a UTF-8 lead byte is no ASCII character
    }
}
