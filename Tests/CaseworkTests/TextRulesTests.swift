import Testing

@testable import Casework

@Suite("TextRules: forbidden characters found from the UTF-8 bytes")
struct TextRulesTests {
    /// The byte pre-check must never let a forbidden scalar through: every scalar in and around the
    /// forbidden ranges, alone and inside Vietnamese text, gets the same answer as a scalar-by-scalar check.
    @Test(arguments: [false, true])
    func theByteCheckAgreesWithTheScalarCheck(_ multiline: Bool) {
        let ranges: [ClosedRange<UInt32>] = [0x00...0xFF, 0x2000...0x20FF, 0xFEFF...0xFEFF, 0x1F600...0x1F601]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let forbidden: Bool
                switch value {
                case 0x0A, 0x0D, 0x09: forbidden = !multiline
                case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: forbidden = true
                default: forbidden = false
                }
                for text in [String(Character(scalar)), "Cán bộ \(Character(scalar)) hỏi"] {
                    #expect(
                        TextRules.containsForbidden(text, multiline: multiline) == forbidden,
                        "U+\(String(value, radix: 16, uppercase: true)) in \(text.debugDescription)")
                }
            }
        }
    }
}
