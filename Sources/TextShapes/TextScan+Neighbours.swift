import Foundation
import TextScanning

/// Shape tests on the text around a position, moved out of the sanitizer (they read only the text):
/// what stands before a residence's part, a date listed after another, the gap between two words.
extension TextScan {
    /// Whether a residence's part (thôn, xóm, ấp, bản, tổ…) stands before `location` in the same list,
    /// with a comma right before it: "thon Dong Ha, doi 2".
    package func followsResidence(_ location: Int) -> Bool {
        let before = foldedBefore(location, length: 24)
        guard before.hasSuffix(", ") else { return false }
        let part = before.dropLast(2).split(separator: ",").last.map(String.init) ?? ""
        return Folding.words(part).contains {
            ["thon", "xom", "ap", "ban", "lang", "buon", "to", "khu", "khoi"].contains($0)
        }
    }

    /// Whether "địa chỉ" (typed with or without marks, a colon or not) stands right before `location`.
    package func followsAddressCue(_ location: Int) -> Bool {
        Folding.words(foldedBefore(location, length: 12)).suffix(2) == ["dia", "chi"]
    }

    /// The day and month of a d/m listed right after the one at `range` ("30-4 và 1-5", "4/6, 11/6").
    package func dayMonthListed(after range: NSRange) -> [Int]? {
        let after = foldedAfter(NSMaxRange(range), length: 12)
        guard
            let next = DataShapes.listedDayMonth.firstMatch(
                in: after, range: NSRange(location: 0, length: after.utf16.count)),
            let day = Int((after as NSString).substring(with: next.range(at: 1))),
            let month = Int((after as NSString).substring(with: next.range(at: 2)))
        else { return nil }
        return [day, month]
    }

    /// Whether only spaces, or a dot and spaces (or with `commas`, a comma), separate word `index` from
    /// the one before.
    package func gapIsSpace(_ index: Int, commas: Bool = false) -> Bool {
        let start = words[index - 1].end
        let gap = string(NSRange(location: start, length: words[index].range.location - start))
        return !gap.isEmpty && gap.count <= 3
            && gap.allSatisfy { $0 == " " || $0 == "." || $0 == "-" || (commas && $0 == ",") }
    }
}
