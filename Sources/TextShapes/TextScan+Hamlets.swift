import Foundation
import TextScanning

/// A hamlet or a village named in lower case: right after a person's name ("nguyen thi thoa thon dong,
/// xa me linh", "bà giáp thị hòa thôn hữu chấp hỏi…"), or typed without marks after o or tai with a name of
/// up to three words ("o thon mang buk xin hoi").
enum HamletShapes {
    /// Words that end a hamlet's name: a clause's verb or conjunction, a pronoun, a commune's word.
    static let endAlternation =
        PlaceShapes.clauseOpenerAlternation
        + "|hỏi|hoi|muốn|muon|cần|can|phản|phan|yêu|yeu|trình|trinh|xã|xa|phường|phuong|huyện|huyen|tỉnh|tinh"
        + "|tôi|toi|tui|em|anh|chị|chi|ông|ong|bà|nhà|nha|con|vợ|vo|chồng|chong|với|voi|của|cua|đến|den"
    static let end = #"(?=\s*[,.;:!?()]|\s*$|\s+(?:"# + endAlternation + #")(?![\p{L}\p{M}]))"#
    static let word = #"(?!(?:"# + endAlternation + #")(?![\p{L}\p{M}]))[\p{Ll}\p{M}'’]+"#
    /// The first word of a name that says a kind, a role or a thing, not which hamlet: "thôn trưởng",
    /// "bản thân", "bản án", "làng xóm", "xóm trọ"; "thôn đội", marked, is a hamlet's militia ("thôn đội trưởng":
    /// the thirty-eighth round; "thon doi" typed so may be thôn Đồi).
    static let notFirst =
        #"(?!(?:trưởng|truong|đội|phó|pho|thân|than|án|chất|sao|đồ|lĩnh|thảo|gốc|tin|quyền|tường|kê|cam|hợp|vẽ|tự|chính|đầu|quê|que|này|nay|đó|kia|ấy|ay|bên|ben|trên|tren|dưới|duoi|mình|minh|cũ|cu|mới|moi|nghèo|ngheo|trọ|tro|làng|lang|xóm|xom|bản|ban|ta|mình|nào|nao|cũng|cung|vẫn|van|đều|deu|lại|lai|nhiều|nhieu|chúng|chung|ba|hai)(?![\p{L}\p{M}]))"#

    /// A hamlet or a village right after a person's name, a comma, ở, o, tại, tai, in or from between:
    /// "thon dong,", ", plei ia nueng,", "in thon doai,"; or a group by its number ("tran van an to 7 xin…",
    /// tổ, đội, khối typed without marks, which alone are too often words: ô tô, đòi, a block's volume).
    /// Group 1 is the hamlet.
    static let afterName = DataShapes.regex(
        #"^(?:\s*,)?\s+(?:(?:ở|o|tại|tai|in|from)\s+)?((?i:thôn|thon|xóm|xom|bản|ban|buôn|buon|làng|lang|plei|ấp|ap|sóc|soc|bon)\s+"#
            + notFirst + word + #"(?:\s+"# + word + #"){0,2}"#
            + #"|(?i:tổ|to|đội|doi|khối|khoi|xóm|xom|thôn|thon|ấp|ap)\s+(?:(?i:số|so)\s+)?\d{1,3}(?![\p{L}\p{N}]|[/.,]\d))"#
            + end
    )
    /// Keywords that are also everyday words without marks or with: a board (ban), a copy (bản), a tomb
    /// (lăng), to apply (áp). After a name typed with capitals they are those words.
    static let ambiguousKeywords: Set<String> = ["ban", "lang", "ap", "soc", "bon", "buon"]
    static let connectors: Set<String> = ["o", "tai", "in", "from"]
    static let keywords: Keywords = [
        "thon", "xom", "ban", "buon", "lang", "plei", "ap", "soc", "bon", "to", "doi", "khoi",
    ]

    /// An unmarked hamlet of one to three words after o or tai, before a verb, a commune or a pause: "o
    /// thon mang buk xin hoi", "tai xom bai trong, xa…". Group 1 is the hamlet, group 2 its first word.
    static let unmarkedAfterCue = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?:o|tai)\s+((?:thon|xom)\s+(?!(?:"# + endAlternation + #")\b)([a-z]+)(?:\s+(?!(?:"#
            + endAlternation + #")\b)[a-z]+){0,2})(?=\s*[,.;:!?)]|\s*$|\s+(?:"# + endAlternation + #")\b)"#
    )
}

extension TextScan {
    /// The hamlets named right after the names at `names` (ranges of names already found).
    package func hamletsAfter(_ names: [NSRange]) -> [NSRange] {
        guard hasAnyWord(HamletShapes.keywords) else { return [] }
        return names.compactMap { name in
            let start = NSMaxRange(name)
            // A keyword must be the next word or the one after a connector: a lookup, not a match, for most.
            let next = Folding.words(foldedAfter(start, length: 14)).prefix(2)
            guard let nextWord = next.first,
                HamletShapes.keywords.contains(nextWord)
                    || HamletShapes.connectors.contains(nextWord) && HamletShapes.keywords.contains(next.last ?? ""),
                start < ns.length,
                let match = HamletShapes.afterName.firstMatch(
                    in: ns as String, options: .anchored,
                    range: NSRange(location: start, length: min(64, ns.length - start)))
            else { return nil }
            // A name's last word that opens an army's unit makes the unit, no hamlet: "Trung đội 4".
            if WordClasses.armyUnits[Folding.words(foldedBefore(start, length: 8)).last ?? ""]?.contains(nextWord)
                == true
            {
                return nil
            }
            let hamlet = match.range(at: 1)
            // "ban", "bản", "lang" after a name typed with capitals are a board, a copy, a tomb.
            let keyword =
                Folding.fold(string(NSRange(location: hamlet.location, length: 4)))
                .split(separator: " ").first.map(String.init) ?? ""
            let lowerName = string(NSRange(location: name.location, length: 1)).first?.isLowercase ?? false
            // A kind of hamlet is none by name: "xóm chài", "xóm đạo", "thôn nghèo".
            let first = Folding.words(foldedAfter(hamlet.location, length: hamlet.length)).dropFirst().first ?? ""
            if WordClasses.notHamletNames.contains(first) { return nil }
            // A team at work by its number: "đội 2 thi công", "tổ 3 kiểm tra".
            let following = Array(Folding.words(foldedAfter(NSMaxRange(hamlet), length: 24)).prefix(2))
            if WordClasses.teamWork.contains(following) { return nil }
            return HamletShapes.ambiguousKeywords.contains(keyword) && !lowerName ? nil : hamlet
        }
    }

    /// The unmarked hamlets after o or tai (``HamletShapes/unmarkedAfterCue``), but a kind's or a place's
    /// word first ("o thon nay", "o xom tro").
    package func unmarkedHamlets() -> [NSRange] {
        guard hasAnyWord(["thon", "xom"]) else { return [] }
        return matches(HamletShapes.unmarkedAfterCue).compactMap { match in
            WordClasses.notHamletNames.contains(string(match.range(at: 2))) ? nil : match.range(at: 1)
        }
    }

    /// Whether the hamlet's word at `part`, with a name after it, opens no hamlet's name, given the two folded
    /// words `before` it: a head's title ("trưởng thôn Khải", "phó ấp Ba": the head, then his name), unless the
    /// title ends on trưởng or phó and names the unit after it ("tổ trưởng tổ dân phố Pác Nàng"); or a market's
    /// name ("chợ Xóm Chiếu", "chợ Ấp Đình": chợ with its marks before it, or, typed without marks, "o cho xom
    /// chieu": cho is also "for", so ở or tại must come before it, and "giao cho xom Dong" is a hamlet still).
    package func opensNoHamlet(_ part: NSRange, after before: [String]) -> Bool {
        if before.last == "truong" || before.last == "pho" {
            return before.count < 2 || !PlaceShapes.headedUnitWords.contains(before[before.count - 2])
        }
        guard before.last == "cho", let word = words.list.last(where: { NSMaxRange($0.range) <= part.location }),
            ["chợ", "cho"].contains(word.lower)
        else { return false }
        let earlier = words.list.last { NSMaxRange($0.range) <= word.range.location }
        return word.lower == "chợ" || ["o", "tai", "ở", "tại"].contains(earlier?.lower ?? "")
    }
}
