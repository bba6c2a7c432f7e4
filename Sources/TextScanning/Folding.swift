import Foundation

/// Folding, the one comparison of Vietnamese words the sanitizer makes, and the split into words it
/// compares.
package enum Folding {
    /// Lowercase, without diacritics, with đ as d: how names, places and quotes are compared.
    package static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                // A capital ASCII letter by its value: a Unicode property lookup per letter was a tenth of
                // the sanitizer's time.
                scalars.append((65...90).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32)! : scalar)
            } else if let folded = foldTable[scalar] {
                scalars.append(contentsOf: folded.unicodeScalars)
            } else if !(0x300...0x36F).contains(scalar.value) {
                scalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(scalars)
    }

    /// `fold` of each UTF-16 unit of an NFC text, when every unit folds to exactly one unit (Vietnamese,
    /// English, punctuation): slicing it gives what folding the slice gives. Nil when a unit folds to
    /// more or fewer (a surrogate, a combining mark, a ligature).
    package static func foldedUnits(_ units: [UInt16]) -> [UInt16]? {
        var folded = [UInt16]()
        folded.reserveCapacity(units.count)
        for unit in units {
            if unit < 0x80 {
                folded.append((65...90).contains(unit) ? unit + 32 : unit)
                continue
            }
            guard let scalar = Unicode.Scalar(unit) else { return nil }
            let one = (foldTable[scalar] ?? fold(String(scalar))).utf16
            guard one.count == 1, let first = one.first else { return nil }
            folded.append(first)
        }
        return folded
    }

    /// A lower-case word with its tone on the first vowel of a final oa, oe or uy, as the lexicons write
    /// it: "thuỳ" is read as "thùy", "hoà" as "hòa", "khoẻ" as "khỏe" (the other placement puts it on the
    /// second). Qu is a consonant, so "quý" keeps its tone; a word with another ending is returned unchanged.
    package static func lexiconTone(_ lower: String) -> String {
        let scalars = lower.unicodeScalars
        guard let last = scalars.last, last.value >= 0x80, scalars.count >= 2, let (base, tone) = tonedFinals[last]
        else { return lower }
        let vowel = scalars[scalars.index(scalars.endIndex, offsetBy: -2)]
        guard vowel == "o" && base != "y" || vowel == "u" && base == "y" else { return lower }
        if vowel == "u", scalars.count >= 3, scalars[scalars.index(scalars.endIndex, offsetBy: -3)] == "q" {
            return lower
        }
        var result = String.UnicodeScalarView(scalars.dropLast(2))
        result.append(contentsOf: tones[String(vowel)]![tone].unicodeScalars)
        result.append(base)
        return String(result)
    }

    /// The five tones (huyền, sắc, hỏi, ngã, nặng) of the vowels the two placements put them on.
    static let tones: [String: [String]] = [
        "o": ["ò", "ó", "ỏ", "õ", "ọ"], "u": ["ù", "ú", "ủ", "ũ", "ụ"], "a": ["à", "á", "ả", "ã", "ạ"],
        "e": ["è", "é", "ẻ", "ẽ", "ẹ"], "y": ["ỳ", "ý", "ỷ", "ỹ", "ỵ"],
    ]
    /// A toned a, e or y, by its base letter and tone.
    static let tonedFinals: [Unicode.Scalar: (Unicode.Scalar, Int)] = {
        var table: [Unicode.Scalar: (Unicode.Scalar, Int)] = [:]
        for base in ["a", "e", "y"] {
            for (tone, vowel) in tones[base]!.enumerated() {
                table[vowel.unicodeScalars.first!] = (base.unicodeScalars.first!, tone)
            }
        }
        return table
    }()

    /// The words of a text: runs of letters and digits ("đ/c" is the two words "đ" and "c").
    package static func words(_ text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// The fold of every Latin letter with marks, worked out once with Foundation's folding: looking a
    /// letter up is many times faster than folding each word (the sanitizer folds every word it reads).
    static let foldTable: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        for range in [0x00C0...0x024F, 0x1E00...0x1EFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                table[scalar] = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                    .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "d")
            }
        }
        return table
    }()
}
