import Foundation
import TextScanning
import TextShapes

/// Buddhist names (the twenty-seventh round): a monastic's after Thích ("Đại đức Thích Quảng Tịnh", "Ni sư
/// Thích Nữ Diệu Hạnh") and a follower's after "pháp danh" ("Phật tử pháp danh Tâm Hiền").
enum MonasticNames {
    static let cues: Keywords = ["thich", "phap"]

    /// A monastic's title, folded, whose two words make a lower-case thích a name's: "sư thầy thích nguyên tịnh".
    static let titles: Set<[String]> = [
        ["su", "thay"], ["ni", "su"], ["dai", "duc"], ["thuong", "toa"], ["hoa", "thuong"], ["su", "co"],
        ["su", "ba"], ["ni", "co"], ["su", "ong"],
    ]

    /// Thích, or Thích Nữ, and the two syllables of the Buddhist name after it, a space apart; capitalised
    /// anywhere but inside a kept place, in lower case only after a monastic's title and when both syllables
    /// are listed names ("sư cô thích ăn chay" stays). Then one or two syllables after "pháp danh" or "pháp
    /// hiệu" (and là): capitalised, or in lower case when both are listed names. Limits: a name of one
    /// syllable after Thích is not found; "pháp danh" with no name after it stays.
    static func ranges(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        var found: [NSRange] = []
        func next(_ k: Int) -> Bool { k < words.count && k > 0 && scan.onlySpace(words[k - 1], words[k]) }
        func listed(_ k: Int) -> Bool { words[k].isLower && vocabulary.givenFolded.contains(words[k].folded) }
        for i in 0..<words.count {
            let word = words[i]
            if word.folded == "thich" {
                let titled =
                    i >= 2 && titles.contains([words[i - 2].folded, words[i - 1].folded])
                    && scan.onlySpace(words[i - 1], word)
                guard word.text == "Thích" || word.isLower && titled else { continue }
                var first = i + 1
                if next(first), words[first].folded == "nu", words[first].isCapitalised == word.isCapitalised {
                    first += 1
                }
                guard next(first), next(first + 1) else { continue }
                let named =
                    word.isCapitalised
                    ? (first...first + 1).allSatisfy { words[$0].isCapitalised && words.placeAt[$0] == 0 }
                    : listed(first) && listed(first + 1)
                if named {
                    found.append(
                        NSRange(location: word.range.location, length: words[first + 1].end - word.range.location))
                }
            } else if word.folded == "phap", next(i + 1), ["danh", "hieu"].contains(words[i + 1].folded) {
                var first = i + 2
                if next(first), words[first].folded == "la" { first += 1 }
                guard next(first) else { continue }
                if words[first].isCapitalised, words.placeAt[first] == 0 {
                    let last =
                        next(first + 1) && words[first + 1].isCapitalised && words.placeAt[first + 1] == 0
                        ? first + 1 : first
                    found.append(
                        NSRange(
                            location: words[first].range.location, length: words[last].end - words[first].range.location
                        ))
                } else if listed(first), next(first + 1), listed(first + 1) {
                    found.append(
                        NSRange(
                            location: words[first].range.location,
                            length: words[first + 1].end - words[first].range.location))
                }
            }
        }
        return found
    }

    /// A monk's two-syllable name right after Sư, capitalised (the thirty-fifth round): "Sư Minh Tâm ở chùa…",
    /// "nhờ Sư Thiện Tâm đọc đơn". Both syllables must be listed given names outside a kept place and no third
    /// capitalised word may follow; the name goes, Sư stays. Limits: "Sư Phạm" (a family, the teachers'
    /// college) and a name of one syllable ("Sư Tâm") stay; "Kỹ sư", "Luật sư" in lower case are the roles'.
    static func namesAfterSu(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        var found: [NSRange] = []
        for i in 0..<words.count where words[i].text == "Sư" && i + 2 < words.count {
            let first = words[i + 1]
            let second = words[i + 2]
            guard first.isCapitalised, second.isCapitalised, scan.onlySpace(words[i], first),
                scan.onlySpace(first, second), vocabulary.given.contains(first.lower),
                vocabulary.given.contains(second.lower), words.placeAt[i + 1] == 0, words.placeAt[i + 2] == 0,
                !(i + 3 < words.count && words[i + 3].isCapitalised && scan.onlySpace(second, words[i + 3]))
            else { continue }
            found.append(NSRange(location: first.range.location, length: second.end - first.range.location))
        }
        return found
    }
}

/// The royal lineages' families of Huế typed in lower case (the twenty-seventh round): Tôn Nữ, Tôn Thất and
/// Công Tằng Tôn Nữ before one to three listed names ("mệ tôn nữ thị hoa", "ba ton nu thi bich ngoc").
enum LineageNames {
    static let cues: Keywords = ["ton"]

    /// Words before a lineage typed without marks that make it a name's, folded: a title or kin word, là, tên
    /// ("ton that" without marks is also tổn thất, a loss).
    static let unmarkedCues: Set<String> = [
        "la", "ten", "ba", "ong", "anh", "chi", "em", "co", "chu", "bac", "me", "cau", "di", "duong", "thim", "mo",
        "cha", "o", "con", "chau",
    ]

    /// Number words with their marks, which go on after a name as a count: "tôn nữ thị hoa năm ni 91 tuổi".
    static let numberWords: Set<String> = ["năm", "hai", "bốn", "sáu", "bảy", "tám", "chín", "mười", "trăm"]

    /// Limits: capitalised lineages are the family rules'; a lineage with no listed name after it stays.
    static func ranges(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        var found: [NSRange] = []
        for i in 0..<max(0, words.count - 2) where words[i].folded == "ton" && words[i].isLower {
            let second = words[i + 1]
            guard scan.onlySpace(words[i], second), ["nu", "that"].contains(second.folded), second.isLower else {
                continue
            }
            let marked = words[i].lower == "tôn" && ["nữ", "thất"].contains(second.lower)
            let unmarked = words[i].text == "ton" && ["nu", "that"].contains(second.text)
            var start = i
            if i >= 2, words[i - 2].folded == "cong", words[i - 1].folded == "tang", words[i - 1].isLower {
                start = i - 2
            }
            let cued = start > 0 && unmarkedCues.contains(words[start - 1].folded)
            guard marked || unmarked && cued else { continue }
            var last = i + 1
            while last + 1 < words.count, last < i + 4, words[last + 1].isLower,
                scan.onlySpace(words[last], words[last + 1]), vocabulary.givenFolded.contains(words[last + 1].folded),
                !numberWords.contains(words[last + 1].lower)
            {
                last += 1
            }
            guard last > i + 1 else { continue }
            found.append(
                NSRange(location: words[start].range.location, length: words[last].end - words[start].range.location))
        }
        return found
    }
}
