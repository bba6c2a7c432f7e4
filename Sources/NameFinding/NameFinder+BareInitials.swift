import Foundation
import Initials
import PersonShapes
import TextScanning
import TextShapes

/// Initials with no dot that the thirty-fifth round's cues take: a word before them (của, là, biết, by, only,
/// initials, a kinsman, a title), "and his" after them, a role in the brackets after them, brackets of their
/// own after a role, and the next initials of a list.
extension NameFinder {
    /// Whether the capitals at `index` (already no listed acronym nor office) are initials by the
    /// thirty-fifth round's cues (``BareInitialCues``).
    func cuedBareInitials(_ words: Words, at index: Int, in scan: TextScan) -> Bool {
        let text = words[index].text
        guard BareInitialCues.looksLikeInitials(text) else { return false }
        return BareInitialCues.cuesBefore(words, at: index, in: scan)
            || BareInitialCues.pronounAfter(words, at: index, in: scan)
            || BareInitialCues.textsAfter(words, at: index, in: scan)
            || roleInBrackets(words, after: index, in: scan) || bracketedAfterRole(words, at: index, in: scan)
    }

    /// "NVD (tài xế xe ôm)", "TTL (cán bộ phường)": brackets right after the capitals open on a role or a
    /// trade in lower case, which is no acronym's spelling out ("QLTT (quản lý thị trường)" stays).
    func roleInBrackets(_ words: Words, after index: Int, in scan: TextScan) -> Bool {
        let first = index + 1
        guard first < words.count, words[first].range.location == words[index].end + 2,
            scan.unit(at: words[index].end + 1) == 0x28, words[first].text == words[first].lower
        else { return false }
        let pair = first + 1 < words.count ? words[first].lower + " " + words[first + 1].lower : ""
        let opens =
            BareInitialCues.tradesInBrackets.contains(words[first].lower)
            || BareInitialCues.tradesInBrackets.contains(pair) || startsRole(words, at: first)
        return opens && !BareInitialCues.spells(words[index].text, words: words, from: first)
    }

    /// "Người tố cáo (NVH)", "người làm chứng (TTL)": the capitals alone in brackets right after a role,
    /// which they do not spell ("Ban quản lý (BQL)" is the acronym).
    func bracketedAfterRole(_ words: Words, at index: Int, in scan: TextScan) -> Bool {
        let start = words[index].range.location
        guard index >= 1, scan.unit(at: start - 1) == 0x28, scan.unit(at: words[index].end) == 0x29,
            words[index - 1].end + 2 == start, roleEnding(words, at: index - 1) != nil
        else { return false }
        let count = words[index].text.count
        return !BareInitialCues.spells(words[index].text, words: words, from: index - count)
    }

    /// Whether a role of the lexicon starts at `index`: "tài xế", "cán bộ", "người làm chứng".
    func startsRole(_ words: Words, at index: Int) -> Bool {
        let word = words[index].lower
        if vocabulary.rolesByLast[word]?.contains([word]) == true { return true }
        return (vocabulary.rolesByFirst[word] ?? []).contains { role in
            index + role.count <= words.count && (1..<role.count).allSatisfy { words[index + $0].lower == role[$0] }
        }
    }

    /// The initials listed after those at `index` with a comma or và, past brackets after each: "ký tên NVT,
    /// TTH, PVĐ", "TTH (bán quán), NVD (tài xế)". Each must pass `isBare` and look like initials.
    func initialsFollowing(_ index: Int, _ words: Words, in scan: TextScan, isBare: (Int) -> Bool) -> [Int] {
        var listed: [Int] = []
        var current = index
        while current + 1 < words.count {
            var end = words[current].end
            // Brackets after the initials: "TTH (bán quán ven đường), NVD".
            if scan.unit(at: end) == 0x20, scan.unit(at: end + 1) == 0x28 {
                let rest = NSRange(location: end + 2, length: scan.utf16Count - end - 2)
                let close = scan.ns.range(of: ")", options: [], range: rest)
                guard close.location != NSNotFound else { break }
                end = NSMaxRange(close)
            }
            guard var next = words.list[(current + 1)...].firstIndex(where: { $0.range.location >= end }) else { break }
            let gap = scan.string(NSRange(location: end, length: words[next].range.location - end))
            if gap == " ", words[next].lower == "và", next + 1 < words.count,
                scan.onlySpace(words[next], words[next + 1])
            {
                next += 1
            } else if gap != ", " {
                break
            }
            guard isBare(next), BareInitialCues.looksLikeInitials(words[next].text) else { break }
            listed.append(next)
            current = next
        }
        return listed
    }

    /// The initials listed before those at `index` with a comma: "TMH, DTL, NVB đã chuyển khoản", where DTL
    /// and NVB are taken for their middle name's letter and TMH, first of the list, has no cue of its own
    /// (the fortieth round). Each must pass `isBare` (no listed acronym nor office) and look like initials.
    func initialsBefore(_ index: Int, _ words: Words, in scan: TextScan, isBare: (Int) -> Bool) -> [Int] {
        var listed: [Int] = []
        var current = index
        while current >= 1, isBare(current - 1), BareInitialCues.looksLikeInitials(words[current - 1].text) {
            let end = words[current - 1].end
            guard words[current].range.location == end + 2, scan.unit(at: end) == 0x2C, scan.unit(at: end + 1) == 0x20
            else { break }
            current -= 1
            listed.append(current)
        }
        return listed
    }
}
