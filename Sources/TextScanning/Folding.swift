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
