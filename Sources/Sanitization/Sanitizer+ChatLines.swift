import Foundation
import NameFinding
import TextScanning
import TextShapes

/// What a chat export and an English note say of a person besides the message's words: the writer's name
/// a chat line opens with ("[10:32] tuan beo: …", "[19:05] Mẹ Bống: …"), and a day of a named month in
/// English ("on 12 March", "March 19"), which dates a visit as "ngày 12/3" does.
extension Sanitizer {

    /// The display names chat lines open with, unless the name begins with an office or a role: an
    /// office's account ("[08:00] UBND xã: …") writes for the office.
    func chatWriters(in scan: TextScan) -> [Span] {
        let words = scan.words
        return scan.matches(NoteShapes.chatWriterPattern).compactMap { match in
            let name = match.range(at: 1)
            guard let first = words.list.firstIndex(where: { $0.range.location == name.location }),
                words.list.lazy.filter({ NSLocationInRange($0.range.location, name) }).count <= 5,
                !nameFinder.isOffice(words, at: first), vocabulary.roleEnding(words, at: first) == nil
            else { return nil }
            return Span(kind: .personName, range: name, priority: 5)
        }
    }

    /// The writers' names of a chat group's lines quoted after the group and a dash ("WhatsApp group — Tuấn:
    /// …"): the first word is a given name of the lexicon, Vietnamese or Western, and no place's, so a group's
    /// "Admin:", an office's account and a town ("— Hà Nội:") stay.
    func groupWriters(in scan: TextScan) -> [Span] {
        let words = scan.words
        return scan.matches(NoteShapes.groupWriterPattern).compactMap { match in
            let name = match.range(at: 1)
            guard let first = words.list.firstIndex(where: { $0.range.location == name.location }) else {
                return nil
            }
            let word = words[first]
            let known =
                word.isASCII
                ? vocabulary.givenFolded.contains(word.folded) || vocabulary.westernGiven.contains(word.lower)
                : vocabulary.given.contains(word.lower)
            // A place opening on a given name is the group's town: "Expat group — Hà Nội: rents went up".
            guard known, words.placeAt.isEmpty || words.placeAt[first] == 0,
                !nameFinder.isOffice(words, at: first), vocabulary.roleEnding(words, at: first) == nil
            else { return nil }
            return Span(kind: .personName, range: name, priority: 5)
        }
    }

    /// The days of English dates without a year, replaced by their month, and ordinal days ("on the 28th").
    func englishDays(in scan: TextScan) -> [Span] {
        scan.matches(NoteShapes.englishDayPattern).compactMap { match in
            let dayGroup = match.range(at: 1).location != NSNotFound ? 1 : 4
            let monthName = scan.string(match.range(at: dayGroup == 1 ? 2 : 3))
            guard let day = Int(scan.string(match.range(at: dayGroup))), (1...31).contains(day) else { return nil }
            return Span(kind: .exactDate, range: match.range, replacement: monthName, priority: 1)
        }
            + scan.matches(NoteShapes.englishOrdinalDayPattern).map {
                let day = $0.range(at: 1)
                return Span(
                    kind: .exactDate,
                    range: NSRange(location: day.location, length: NSMaxRange($0.range) - day.location), priority: 1)
            }
    }
}
