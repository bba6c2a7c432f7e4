import Foundation
import TextScanning
import TextShapes

/// The saint's name a Catholic takes at baptism and writes before the Vietnamese name (the twenty-fifth
/// round): "Maria Nguyễn Thị Lan", "Giuse Hoàng", "Phêrô L.V.Đ.". It belongs to the name's span.
extension TextScan {
    /// The range of a name found at `range` with what belongs to it: the dot of a name cut to an initial
    /// (``takesCutNameDot(at:)``), the country its bearer works in (``countryOfWorkLength(after:)``), less an
    /// office's first word (``withoutTrailingOffice(_:)``), and the
    /// saints' names (`saints`, lower-cased) right before it, a space apart, where no church's or feast's word
    /// stands before them (``namesNoSaint(at:)``); in lower case only before a name typed in lower case.
    package func withNameEdges(_ range: NSRange, saints: Set<String>?) -> NSRange {
        var range = range
        if takesCutNameDot(at: NSMaxRange(range)) { range.length += 1 }
        range.length += countryOfWorkLength(after: range)
        range = withoutTrailingOffice(range)
        guard let saints, var first = words.list.firstIndex(where: { $0.range.location >= range.location }) else {
            return range
        }
        // A saint's name typed in lower case joins only a name typed so ("ông giuse trần văn lộc").
        while first > 0, saints.contains(words[first - 1].lower),
            words[first - 1].isCapitalised || !words[first].isCapitalised,
            onlySpace(words[first - 1], words[first]), !namesNoSaint(at: first - 1)
        {
            first -= 1
        }
        let start = min(range.location, words[first].range.location)
        return NSRange(location: start, length: NSMaxRange(range) - start)
    }

    /// A saint's name and the capitalised words after it, a space apart, up to three: "Cha Giuse Hoàng",
    /// "ông trùm Tôma Lộc", "Sơ Anna Hiền"; a saint's name alone in brackets. Limits: not inside a kept place, nor
    /// after a church's or a feast's word ("Thánh Giuse Hoàng Lương Cảnh", "nhà thờ Phêrô"); a saint's name
    /// alone elsewhere is not found ("Maria đã ký").
    package func saintsNames(_ saints: Set<String>) -> [NSRange] {
        var found: [NSRange] = []
        for (i, word) in words.list.enumerated()
        where word.isCapitalised && saints.contains(word.lower) {
            var last = i
            while last + 1 < words.count, last < i + 3, words[last + 1].isCapitalised,
                onlySpace(words[last], words[last + 1]), words.placeAt[last + 1] == 0
            {
                last += 1
            }
            // A saint's name alone in brackets is the person's: "Ông Ph.Q.Thái (Anrê)".
            let bracketed = unit(at: word.range.location - 1) == 0x28 && unit(at: word.end) == 0x29
            guard last > i || bracketed, words.placeAt[i] == 0, !namesNoSaint(at: i) else { continue }
            found.append(NSRange(location: word.range.location, length: words[last].end - word.range.location))
        }
        return found
    }

    /// A family named in brackets after a person is that person's: "bà M.T.A. (họ Mạch)" (the twenty-fifth
    /// round). Limits: a listed family alone between "(họ " and ")"; "họ Mạch" outside brackets is a clan.
    package func familiesInBrackets(_ families: Set<String>) -> [NSRange] {
        (1..<max(1, words.count)).compactMap { i in
            let family = words[i]
            guard words[i - 1].lower == "họ", unit(at: words[i - 1].range.location - 1) == 0x28,
                unit(at: family.end) == 0x29, onlySpace(words[i - 1], family), families.contains(family.text)
            else { return nil }
            return family.range
        }
    }

    /// Whether the word before `index` makes the saint's name there a saint's, a church's or a feast's:
    /// "Thánh Giuse", "Đức Mẹ Maria", "nhà thờ Phêrô", "giáo xứ Anna", "lễ Giuse".
    func namesNoSaint(at index: Int) -> Bool {
        index > 0 && SaintNames.churchWords.contains(words[index - 1].folded)
    }
}

/// The words before a saint's name that make it a saint's, a church's or a feast's, folded.
enum SaintNames {
    static let churchWords: Set<String> = [
        "thanh", "duc", "me", "tho", "xu", "ho", "dong", "den", "vien", "truong", "hoi", "doan", "le", "nha",
        "st", "saint", "san", "santa",
    ]
}
