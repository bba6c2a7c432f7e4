import Foundation
import NameFinding
import PersonShapes
import TextScanning
import TextShapes

/// Online identities: profile links, @handles, names and ids after a platform's name, and e-mail
/// addresses written to dodge a filter ("hoa.nguyen (at) gmail.com").
extension Sanitizer {
    /// "dot" and "chấm", folded, as ``TextScan/foldedTextMayHold(_:)`` reads them.
    private static let emailDotWords: [[UInt16]] = [Array("dot".utf16), Array("cham".utf16)]

    func online(in scan: TextScan) -> [Span] {
        var spans: [Span] = []
        if scan.hasSlash {
            spans += scan.matches(DataShapes.profileLinkPattern).map {
                Span(kind: .onlineIdentity, range: $0.range, priority: 0)
            }
        }
        if scan.hasAt {
            spans += scan.matches(DataShapes.handlePattern).map {
                Span(kind: .onlineIdentity, range: $0.range, priority: 0)
            }
        }
        // A match that is kept holds a digit, a dot, "dot" or "chấm" (the guard below): text with none skips it.
        let mayHaveEmail =
            (scan.hasAt || scan.hasAnyWord(["at", "a", "cong", "dot"]))
            && (scan.hasDigit || scan.hasDot || scan.foldedTextMayHold(Self.emailDotWords))
        spans += (mayHaveEmail ? scan.matches(DataShapes.obfuscatedEmailPattern) : []).compactMap { match in
            let text = scan.string(match.range)
            // "at" between two plain words is English ("look at them"): a dotted domain must follow.
            guard
                text.contains(where: \.isNumber) || text.contains(".") || text.lowercased().contains("dot")
                    || text.lowercased().contains("chấm") || text.lowercased().contains("cham")
            else { return nil }
            if text.contains(" @"), !text.contains("@ "),
                !AccountShapes.mailEndings.contains(where: { text.lowercased().hasSuffix("." + $0) })
            {
                return nil
            }
            return Span(kind: .email, range: scan.spacedLocalPart(of: match.range), priority: 0)
        }
        // A sender's domain spelled out ("thuecoso.hotro2025 dot com"); an office's (gov, edu) stays.
        if scan.hasAnyWord(["dot", "cham"]), scan.hasDigit || scan.hasDot {
            spans += scan.matches(DataShapes.spelledDomainPattern).compactMap { match in
                let words = Self.words(scan.string(match.range).lowercased())
                guard !words.contains("gov"), !words.contains("edu") else { return nil }
                return Span(kind: .onlineIdentity, range: match.range, priority: 0)
            }
        }
        // A quoted name right before its handle in brackets is the account's display name: "Youtuber "Phượt
        // Sạch" (@phuotsach.vn)" (the thirty-ninth round; 9 of 9 so in the shipped batches are removed).
        if scan.hasAt, scan.hasQuote {
            for quote in scan.matches(NameShapes.quotedPattern) {
                let inner = quote.range(at: 1).location != NSNotFound ? quote.range(at: 1) : quote.range(at: 2)
                guard inner.location != NSNotFound else { continue }
                var next = NSMaxRange(quote.range)
                while scan.unit(at: next) == 0x20 { next += 1 }
                guard scan.unit(at: next) == 0x28 else { continue }
                next += 1
                while scan.unit(at: next) == 0x20 { next += 1 }
                if scan.unit(at: next) == 0x40 { spans.append(Span(kind: .onlineIdentity, range: inner, priority: 1)) }
            }
        }
        if scan.hasQuote, scan.hasAnyWord(AccountShapes.marketplaceWords) {
            spans += scan.matches(AccountShapes.quotedShopPattern).map {
                Span(kind: .onlineIdentity, range: $0.range(at: 1), priority: 1)
            }
        }
        if scan.hasAnyWord(AccountShapes.mailProviders) {
            spans += scan.matches(DataShapes.providerEmailPattern).map {
                Span(kind: .email, range: $0.range, priority: 0)
            }
        }
        if scan.hasAnyWord(["live"]) {
            spans += scan.matches(DataShapes.skypePattern).map {
                Span(kind: .onlineIdentity, range: $0.range, priority: 0)
            }
        }
        let words = scan.words
        if scan.hasASCII("_") {
            spans += scan.matches(DataShapes.underscoreHandlePattern).map {
                Span(kind: .onlineIdentity, range: $0.range, priority: 5)
            }
        }
        let mayNamePlatform = scan.hasAnyWord(AccountShapes.platformWords)
        // In a text about an account, a word of letters then two digits or more is a handle wherever it
        // stands ("Nick game của cháu là SieuNhan2012"); a code in capitals (CH01234) is not.
        if mayNamePlatform, scan.hasDigit {
            for word in words.list where AccountShapes.isLetteredHandle(word) {
                spans.append(Span(kind: .onlineIdentity, range: word.range, priority: 5))
            }
        }
        for match in mayNamePlatform ? scan.matches(AccountShapes.platformPattern) : [] {
            // "Tài khoản TikTok …" names the platform: only an account word alone is weak.
            let cueWords = Self.words(scan.string(match.range)).map { $0.lowercased() }
            let accountOnly =
                AccountShapes.accountWords.contains(cueWords.first ?? "")
                && !cueWords.contains {
                    AccountShapes.platformWords.contains($0) && !AccountShapes.accountWords.contains($0)
                }
            let end = match.range.location + match.range.length
            guard let index = words.list.firstIndex(where: { $0.range.location >= end }),
                words[index].range.location - end <= 1
            else { continue }
            let opening = end < scan.utf16Count ? scan.string(NSRange(location: end, length: 1)) : ""
            // A group's quoted name is the group's, not a person's account: nhóm Zalo "Hội nuôi ong xã Yên Lạc";
            // one that names a hamlet or a residential group tells where its members live ("Thôn 5 Đoàn Kết").
            let group = ["nhom", "group"].contains(
                Self.words(scan.foldedBefore(match.range.location, length: 8)).last ?? "")
            if "“\"«'".contains(opening),
                let quote = scan.matches(NameShapes.quotedPattern).first(where: { $0.range.location == end })
            {
                let inner = quote.range(at: 1).location != NSNotFound ? quote.range(at: 1) : quote.range(at: 2)
                // Quoted after a platform, the whole is the account's name, places in it too ("Mèo Mướp Xóm Chợ").
                // A group named after its village is its residents' ("Bản Phìn Hồ Đoàn Kết"; the thirty-seventh
                // round).
                let name = scan.string(inner)
                let village = PlaceShapes.villagePattern.firstMatch(in: name, range: NSRange(0..<inner.length))
                // So is one that holds its hamlet ("Con cháu họ Đỗ xóm Chùa": the thirty-ninth round); a ward, a
                // commune or a market in it names no home ("Chủ quán karaoke phường Hòa Cường").
                if !group || PlaceShapes.groupPattern.matches(name) || village?.range.location == 0
                    || PlaceShapes.hamletInNamePattern.matches(name)
                {
                    spans.append(Span(kind: .onlineIdentity, range: inner, priority: 1))
                }
                continue
            }
            // An Ê Đê or Jarai name goes whole, its H' too: "tài khoản Zalo H'Nhi Ksor".
            if scan.hasApostropheOrY,
                let name = scan.matches(NameShapes.highlandNamePattern).first(where: { $0.range.location == end })
            {
                // A display name goes on past the name in title case: "H'Yên Coffee Buôn Ma Thuột".
                var range = name.range
                if let last = words.list.lastIndex(where: { NSMaxRange($0.range) == NSMaxRange(name.range) }),
                    last >= index
                {
                    let end = displayNameEnd(words, last, scan, from: index)
                    if end > last { range = nameFinder.span(words, index, end) }
                }
                spans.append(Span(kind: .onlineIdentity, range: scan.withShortNumber(after: range), priority: 5))
                continue
            }
            let token = scan.token(at: end)
            if token.text.rangeOfCharacter(from: .decimalDigits) != nil,
                token.text.allSatisfy({ $0.isNumber || " .-".contains($0) })
            {
                // A phone number or a profile id: the numbers decide. A name told after it is the account's
                // display name: "zalo cua e la 0912.334.778 ten Thuy Xom Bai" (the thirty-ninth round).
                // Named outright, it wins over the places in it as a quoted name does.
                if let name = displayNameAfterNumber(at: NSMaxRange(token.range), words, scan: scan) {
                    spans.append(Span(kind: .onlineIdentity, range: name, priority: 1))
                }
                continue
            }
            let word = words[index]
            let isHandle =
                DataShapes.handleTokenPattern.firstMatch(
                    in: token.text, range: NSRange(location: 0, length: token.range.length))
                != nil
                && (token.text.contains(where: { $0.isNumber || $0 == "_" || $0 == "." })
                    || (token.text == token.text.lowercased() && !NameShapes.isSyllable(token.text)
                        && token.text.count >= 5 && !AccountShapes.accountKinds.contains(token.text)
                        && !Self.followsEnglishOn(match.range.location, words)))
            if isHandle {
                spans.append(Span(kind: .onlineIdentity, range: token.range, priority: 5))
            } else if accountOnly, !["page", "fanpage"].contains(cueWords.first ?? "") || !word.isCapitalised,
                !["tài", "tai", "acc"].contains(cueWords.first ?? "")
                    || !(vocabulary.given.contains(word.lower) || nameFinder.familyStart(words, at: index) != nil)
            {
                continue  // "tài khoản Ngân hàng"; but "tài khoản Ngọc Trinh Phạm" is a display name
            } else if let last = associationPageEnd(words, from: index, scan: scan) {
                // Before a village word inside it ("Thôn Đông"): the page's name goes whole.
                spans.append(Span(kind: .onlineIdentity, range: nameFinder.span(words, index, last), priority: 1))
            } else if word.isCapitalised, !group, !nameFinder.isOffice(words, at: index),
                nameFinder.provinceLength(words, at: index) == nil,
                let run = nameFinder.capitalisedRun(words, from: index, scan: scan, honorific: true)
            {
                // Named outright ("tên", "tên hiển thị"), the account's whole title-case run is its name,
                // office words too: "Zalo tên hiển thị là Khánh Địa Chính".
                let named =
                    cueWords.contains(where: AccountShapes.namingWords.contains)
                    || vocabulary.given.contains(word.lower)
                let last = displayNameEnd(words, run, scan, from: index, named: named)
                let range = Self.withEmoji(after: nameFinder.span(words, index, last), in: scan)
                spans.append(Span(kind: .onlineIdentity, range: range, priority: 5))
                if let handle = bracketedHandle(after: NSMaxRange(range), in: scan) {
                    spans.append(Span(kind: .onlineIdentity, range: handle, priority: 5))
                }
            } else if !scan.opensGroupMessage(match.range),
                let name = lowercaseDisplayName(words, from: index, scan: scan)
            {
                let range = nameFinder.span(words, name.lowerBound, name.upperBound)
                spans.append(Span(kind: .onlineIdentity, range: range, priority: 5))
            }
        }
        return spans
    }

    /// A display name with the emoji typed right after it, one space between: "Nick Zalo Hương Hoa Cúc 🌼" is the
    /// account's name as it shows (the forty-second round; quoted, "'Thảo Kế Toán 🌸'", it went whole already).
    static func withEmoji(after range: NSRange, in scan: TextScan) -> NSRange {
        let end = NSMaxRange(range)
        guard end + 2 < scan.utf16Count, scan.string(NSRange(location: end, length: 1)) == " " else { return range }
        let emoji = scan.ns.substring(from: end + 1).unicodeScalars.prefix {
            $0.properties.isEmojiPresentation || $0.value == 0xFE0F || $0.value == 0x200D
        }
        guard let first = emoji.first, first.properties.isEmojiPresentation else { return range }
        let length = String(String.UnicodeScalarView(emoji)).utf16.count
        return NSRange(location: range.location, length: range.length + 1 + length)
    }

    /// Whether the English "on" stands right before a platform's name at `location`: "on TikTok asked me",
    /// "on Telegram asked for": the lower-case word after it is the sentence's verb, not a handle (the
    /// forty-first round). Over the shipped batches a plain lower-case word after "on" and a platform comes eight
    /// times (under six times, asked, offers), never a handle; a handle with a digit, a dot or an underscore
    /// is still read.
    static func followsEnglishOn(_ location: Int, _ words: Words) -> Bool {
        words.list.last(where: { $0.end <= location })?.lower == "on"
    }

    /// A display name told after an account's number: tên or tên là, then a run in title case, taken as a
    /// display name named outright is ("0912.334.778 ten Thuy Xom Bai").
    func displayNameAfterNumber(at end: Int, _ words: Words, scan: TextScan) -> NSRange? {
        guard var cue = words.list.firstIndex(where: { $0.range.location >= end }) else { return nil }
        // The number's other groups ("0912 334 778").
        var reach = end
        while cue + 1 < words.count, words[cue].text.allSatisfy(\.isNumber), words[cue].range.location - reach <= 1 {
            reach = words[cue].end
            cue += 1
        }
        guard words[cue].folded == "ten", cue > 0, scan.onlySpace(words[cue - 1], words[cue]) else { return nil }
        var index = cue + 1
        if index < words.count, words[index].folded == "la", scan.onlySpace(words[cue], words[index]) { index += 1 }
        guard index < words.count, scan.onlySpace(words[index - 1], words[index]), words[index].isCapitalised,
            !nameFinder.isOffice(words, at: index)
        else { return nil }
        let run = nameFinder.capitalisedRun(words, from: index, scan: scan, honorific: true) ?? index
        // Named outright, places in it are the name's too ("Thuy Xom Bai"), as in a quoted name.
        var last = displayNameEnd(words, run, scan, from: index, named: true)
        while last - index < 5, last + 1 < words.count, scan.onlySpace(words[last], words[last + 1]),
            words[last + 1].isCapitalised
        {
            last += 1
        }
        return nameFinder.span(words, index, last)
    }

    /// The account's handle in brackets right after its display name (the thirty-eighth round): "facebook Lê
    /// Hoàng Trung (lehoangtrung.qngai)". Letters and digits in lower case with a dot, a digit or an underscore
    /// in them, closed by the bracket; not a domain (".com", ".vn") nor a word ("(Hà Nội)", "(admin)").
    func bracketedHandle(after end: Int, in scan: TextScan) -> NSRange? {
        guard end + 2 < scan.utf16Count, scan.unit(at: end) == 0x20, scan.unit(at: end + 1) == 0x28 else { return nil }
        let token = scan.token(at: end + 2)
        let text = token.text
        guard NSMaxRange(token.range) < scan.utf16Count, scan.unit(at: NSMaxRange(token.range)) == 0x29,
            text == text.lowercased(), text.contains(where: { $0.isNumber || $0 == "." || $0 == "_" }),
            DataShapes.handleTokenPattern.firstMatch(in: text, range: NSRange(location: 0, length: token.range.length))
                != nil, text.contains(where: \.isLetter),
            !AccountShapes.mailEndings.contains(where: { text.hasSuffix("." + $0) })
        else { return nil }
        return token.range
    }

    /// The last word of a page's name after a platform that starts with an association's word and goes
    /// on in title case for four words or more: "Facebook Hội Những Người Yêu Thôn Đông" is a group of
    /// people, where an association's own name goes on in lower case ("Hội Nông dân", "Hội Cựu chiến binh").
    func associationPageEnd(_ words: Words, from index: Int, scan: TextScan) -> Int? {
        guard AccountShapes.associationWords.contains(words[index].text) else { return nil }
        var last = index
        while last - index < 8, last + 1 < words.count, scan.onlySpace(words[last], words[last + 1]),
            words[last + 1].isCapitalised
        {
            last += 1
        }
        return last - index >= 3 ? last : nil
    }

    /// A display name goes on across a province after its first word ("Mẹ Bỉm Sữa Hà Nội"), in title case
    /// past four words ("Trâu Già Ham Cỏ Non") and across a version number ("Nông Dân 4.0 Lâm Đồng"), up
    /// to nine words, and takes a short number after it.
    func displayNameEnd(_ words: Words, _ run: Int, _ scan: TextScan, from first: Int, named: Bool = false) -> Int {
        var last = run
        while last - first < 8, last + 1 < words.count, scan.joinsName(words[last], words[last + 1]) {
            let next = words[last + 1]
            if let province = nameFinder.provinceLength(words, at: last + 1) {
                last += province
            } else if next.isCapitalised, named || last - first >= 2 || !nameFinder.isOffice(words, at: last + 1) {
                // Past three words it is a sentence's title case, where an office's word is a word: "Đọc Báo".
                last += 1
            } else if next.text.count <= 2, next.text.allSatisfy(\.isNumber), last + 3 < words.count,
                scan.string(NSRange(location: next.end, length: words[last + 2].range.location - next.end)) == ".",
                words[last + 2].text.allSatisfy(\.isNumber), scan.onlySpace(words[last + 2], words[last + 3]),
                words[last + 3].isCapitalised
            {
                last += 3
            } else {
                break
            }
        }
        // A year or a short number closes many display names: "Minh Trí 1988", "Tin Nóng 24h".
        if last + 1 < words.count, scan.onlySpace(words[last], words[last + 1]),
            words[last + 1].text.count <= 4, words[last + 1].text.first?.isNumber == true
        {
            last += scan.continuesAsVersion(words, at: last + 1) ? 2 : 1
        }
        return last
    }

    /// A display name typed in lower case after a platform's name: two or three known given or family
    /// names ("nick zalo la thuy tien"). An honorific typed without marks before a family name is the
    /// writer's address, not the name's: "Zalo: "anh bui quang vinh ơi…"" gives bui quang vinh (the
    /// thirty-sixth round).
    func lowercaseDisplayName(_ words: Words, from start: Int, scan: TextScan) -> ClosedRange<Int>? {
        var index = start
        if index + 1 < words.count, Self.unmarkedAddresses.contains(words[index].text),
            vocabulary.asciiFamilies.contains(words[index + 1].text), scan.onlySpace(words[index], words[index + 1])
        {
            index += 1
        }
        // Only in text typed without marks: with them, "Messenger từ" would read as a family name.
        func isName(_ word: Word) -> Bool {
            word.isASCII && word.text == word.lower
                && (vocabulary.givenFolded.contains(word.folded) || vocabulary.asciiFamilies.contains(word.folded))
        }
        var last = index
        while last - index < 2, last + 1 < words.count, scan.onlySpace(words[last], words[last + 1]),
            isName(words[last + 1])
        {
            last += 1
        }
        return last > index && isName(words[index]) ? index...last : nil
    }

    /// Honorifics typed without marks that open a message to the account's owner: "anh", "chi", "em".
    static let unmarkedAddresses: Set<String> = ["anh", "chi", "em", "co", "chu", "bac", "ong", "ba", "a", "c"]
}
