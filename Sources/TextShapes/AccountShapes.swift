import Foundation
import TextScanning

/// The words and shapes that name an online account: a platform's name or a display name's cue before
/// the account's name, the words of a bank's or a page's account, a mail domain's last labels and
/// providers, the words an association's page opens with. The online rule decides what a match means.
package enum AccountShapes {
    /// The last labels of a mail domain: an address written with a space before @ needs one
    /// ("levanc @gmail.com"), or "Instagram @mai.anh" would be an address.
    package static let mailEndings = ["com", "vn", "net", "org", "edu", "gov", "info", "io", "me"]
    /// One to three words of plain letters or digits right before an address's spaced local part.
    package static let spacedLocalEnd = DataShapes.regex(#"(?<![\p{L}\p{M}\p{N}])(?:[a-z0-9]+ ){1,3}$"#)
    /// Words before an address that are no part of it, as typed: "email tuan 88 @ …", "la tuan 88 @ …".
    package static let mailCues: Set<String> = [
        "email", "mail", "gmail", "la", "cua", "gui", "cho", "ve", "vao", "den", "o", "tai", "toi", "is", "to", "me",
        "my", "at", "chi", "thu", "qua", "contact", "write", "send",
    ]
    package static let mailProviders: Keywords = ["gmail", "yahoo", "outlook", "hotmail", "icloud", "ymail"]
    /// A platform's name, or "tên hiển thị" (a display name) alone, then what names the account: a quoted
    /// name, a handle or a capitalised name.
    /// Typed with or without marks, and chained, whose it is too: "nick zalo la thuy tien", "Tài khoản
    /// TikTok: …", "Nick zalo của chị ấy là …", "zalo tui là …" (whose without của, before là or tên), an
    /// official account ("Zalo OA “…”"); "display name (is, was, to, as)" in English. An
    /// account word alone (tài khoản, acc, page) names an account only in quotes, as a handle or before
    /// a known name, being also a bank's account. Kênh and nhóm are not account words: a canal, a TV
    /// channel and a team are named so. A group's member before a quote ("thành viên 'Bác Tư'") and a
    /// personal page ("Fanpage cá nhân") are the thirty-sixth round's. Whose it is in up to four words before là
    /// and a quote is read before a pronoun alone, which would stop at the pronoun ("zalo cua ong quan trang ten
    /// la 'Binh An 68'"), and e, a and c are em, anh and chị typed short, right before là ("zalo cua e la …"; "zalo cua c ho ly" is
    /// chị họ Ly): the thirty-ninth round.
    package static let platformPattern = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{N}])(?:(?:tên hiển thị|ten hien thi|(?:display|screen) name(?:\s+(?:is|was|to|as))?|zalo|facebook|fb|tiktok|tik tok|telegram|instagram|insta|ig|youtube|twitter|skype|viber|messenger|nick|nickname|username|biệt danh|trang cá nhân|(?:thành viên|thanh vien)(?=\s+['"‘“«]))|(?:tài khoản|tai khoan|acc|fanpage|page))(?:\s+(?:tên hiển thị|ten hien thi|hiển thị|hien thi|tên|là|có tên|mang tên|tên là|ten|la|ten la|id|ID|profile|account|cá nhân|ca nhan|zalo|facebook|fb|tiktok|telegram|instagram|youtube|viber|OA)|\s+(?:tui|tôi|toi|mình|minh|em)(?=\s+(?:là|la|tên|ten)\s)|\s+(?:của|cua)(?:\s+(?!(?:là|la)(?![\p{L}\p{M}]))[\p{Ll}\p{M}]+){1,4}\s+(?:là|la)(?=\s+['"‘“])|\s+(?:của|cua)\s+(?:anh|chị|chi|em|ông|ong|bà|ba|cô|co|chú|chu|nó|no|hắn|han|tôi|toi|cháu|chau)(?:\s+(?:ấy|ay|ta|này|nay))?|\s+(?:của|cua)\s+(?:e|a|c)(?=\s+(?:là|la)(?![\p{L}\p{M}]))|\s*:)*\s+"#
    )
    package static let accountWords: Set<String> = [
        "tài", "tai", "acc", "fanpage", "page",
    ]
    /// Parts of the platform words, to skip the pattern on text that has none.
    /// A shop's or a channel's quoted name before a marketplace or a platform: "Shop "Bếp Nhà Mơ" trên Shopee",
    /// "gian hàng 'Đồ Khô Cô Ba' on Lazada" (the thirty-seventh round). Group 1 is the name.
    package static let quotedShopPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?i:shop|gian hàng|gian hang|cửa hàng|cua hang|tiệm|tiem|kênh|kenh)\s+["“'«]([^"”'»\n]{2,40})["”'»]\s+(?:(?i:trên|tren|on|của|cua)\s+)?(?i:shopee|lazada|tiki|sendo|tiktok|facebook|zalo|youtube|instagram)(?![\p{L}\p{M}])"#
    )

    /// The marketplaces and platforms ``quotedShopPattern`` names, folded.
    package static let marketplaceWords: Keywords = [
        "shopee", "lazada", "tiki", "sendo", "tiktok", "facebook", "zalo", "youtube", "instagram",
    ]

    package static let platformWords: Keywords = [
        "zalo", "facebook", "fb", "tiktok", "tik", "telegram", "instagram", "insta", "ig", "youtube", "twitter",
        "skype",
        "nick",
        "nickname", "username", "biet", "trang", "viber", "messenger", "tai", "acc", "fanpage", "page", "hien",
        "display",
        "screen",
    ]
    /// The cue's words that name a display name outright ("tên", "tên hiển thị", "của"): its whole title-case
    /// run is the name, office words too. A run that opens on a known given name is named so as well: a trade
    /// after it is the person's ("zalo Hằng Bảo Hiểm KCN", as "Khánh Địa Chính").
    package static let namingWords: Keywords = ["tên", "ten", "thị", "thi", "của", "cua"]
    /// Lower-case words after an account's word that say what kind it is, no handle: "acc clone", "nick ảo";
    /// in English a platform's common nouns ("Facebook group", "Facebook profile": the twenty-third round).
    package static let accountKinds: Set<String> = [
        "clone", "fake", "admin", "spam", "official", "private", "public", "support", "shop", "store",
        "group", "groups", "profile", "account", "posts", "story", "stories", "friends", "video", "videos",
        "photos", "comment", "comments", "messages", "marketplace", "status", "live", "users",
        // English words after a platform's name that name no account (the thirty-second round): "her Zalo number
        // is …", "on Zalo under the name …", "a Facebook page called …".
        "number", "under", "called", "named", "hotline", "chat", "calls",
    ]
    /// Words that begin a group's name as they begin an association's: "Hội", "Nhóm", "CLB".
    package static let associationWords: Set<String> = ["Hội", "Nhóm", "Group", "CLB", "Cộng"]

    /// Three ASCII letters or more, not all capitals, then two digits or more: "bemap2001", "SieuNhan2012".
    package static func isLetteredHandle(_ word: Word) -> Bool {
        guard word.isASCII, word.text.count >= 5 else { return false }
        let letters = word.text.prefix { $0.isLetter }
        let digits = word.text.dropFirst(letters.count)
        return letters.count >= 3 && digits.count >= 2 && digits.allSatisfy(\.isNumber)
            && letters.contains(where: \.isLowercase)
    }
}

extension TextScan {
    /// `range`, an address spelled out with spaces round its @ ("1988 @ yahoo cham com"), widened to the
    /// left over the one to three words of plain letters or digits its local part may have been spaced into
    /// ("tuan nguyen 1988 @ …"), less a cue that opens them (email, mail, là, của). A word with marks or a
    /// pause ends the local part.
    package func spacedLocalPart(of range: NSRange) -> NSRange {
        let text = string(range)
        guard [" @ ", " a còng ", " a cong "].contains(where: text.contains) else { return range }
        let length = min(range.location, 24)
        let before = string(NSRange(location: range.location - length, length: length))
        guard
            let match = AccountShapes.spacedLocalEnd.firstMatch(
                in: before, range: NSRange(location: 0, length: before.utf16.count))
        else { return range }
        let words = (before as NSString).substring(with: match.range).split(separator: " ")
        let taken = words.drop { AccountShapes.mailCues.contains(String($0)) }.reduce(0) { $0 + $1.utf16.count + 1 }
        return NSRange(location: range.location - taken, length: range.length + taken)
    }
}

extension TextScan {
    /// Whether the number at `index`, the last of a display name, goes on after a dot as a version: "Nông Dân
    /// Hiện Đại 4.0" takes the 0 too (one or two digits right after the dot).
    package func continuesAsVersion(_ words: Words, at index: Int) -> Bool {
        guard index + 1 < words.count, words[index].text.allSatisfy(\.isNumber) else { return false }
        let gap = NSRange(location: words[index].end, length: words[index + 1].range.location - words[index].end)
        return string(gap) == "." && words[index + 1].text.count <= 2 && words[index + 1].text.allSatisfy(\.isNumber)
    }

    /// `range`, a display name, widened over a year or a short number right after it, as display names
    /// end: "H'Nhung Êban 1990", "Minh Trí 88".
    package func withShortNumber(after range: NSRange) -> NSRange {
        let after = string(NSRange(location: NSMaxRange(range), length: min(6, utf16Count - NSMaxRange(range))))
        guard after.first == " " else { return range }
        let number = after.dropFirst().prefix { $0.isNumber }
        guard (1...4).contains(number.count), after.dropFirst(number.count + 1).first.map({ !$0.isLetter }) ?? true
        else { return range }
        return NSRange(location: range.location, length: range.length + 1 + number.utf16.count)
    }
}

extension NSRange {
    /// Whether the two ranges share a unit.
    package func overlaps(_ other: NSRange) -> Bool { NSIntersectionRange(self, other).length > 0 }

    /// This range, a name read on into a residence that starts inside it, cut before the residence and its
    /// space ("giang a pao phong 7 day C": the name is "giang a pao"); itself when `other` does not start
    /// inside it past its first unit or ends before it.
    package func cut(before other: NSRange) -> NSRange {
        guard other.location > location + 1, NSMaxRange(self) <= NSMaxRange(other) else { return self }
        return NSRange(location: location, length: other.location - location - 1)
    }
}
