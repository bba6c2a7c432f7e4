import Foundation
import PersonShapes
import TextScanning
import TextShapes

/// People as the English case notes and e-mails of the thirty-third round name them: a given name after a
/// kinship and its comma ("Her stepmother, Nga, threw…"), a given name and a place or a thing as a nickname
/// ("a fixer called Long Giấy Tờ", "Nghĩa Tây Bắc, a known recruiter"), initials after a role, an age or a
/// copy line ("client H.", "(B., 7 yrs", "Recruiter TVK", "Cc: ntl, ptk"), a name in Chinese characters
/// and a lower-case name after "name =".
extension EnglishPeople {
    /// Every such name, as UTF-16 ranges of the text.
    static func returneeNames(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        var found: [NSRange] = []
        if scan.hasUppercase, scan.units.contains(0x2C), scan.hasAnyWord(ownedKin) {
            found += scan.matches(kinAndName).compactMap { match in
                isGivenName(at: match.range(at: 1).location, in: scan, vocabulary: vocabulary)
                    ? match.range(at: 1) : nil
            }
        }
        if scan.hasUppercase {
            // The pattern needs called, nicknamed, known as or goes by before the name, or a comma and a, an or
            // as after it.
            if scan.hasAnyWord(["called", "nicknamed", "known", "goes", "went", "nickname", "call", "calls"])
                || scan.units.contains(0x2C) && scan.hasAnyWord(["a", "an", "as"])
            {
                found += scan.matches(placeNickname).compactMap { match in
                    isGivenName(at: match.range(at: 1).location, in: scan, vocabulary: vocabulary) ? match.range : nil
                }
            }
            found += scan.matches(roleAndCapitals, ifAnyWord: ["recruiter", "broker", "fixer", "client"])
                .map(\.range)
            if scan.hasDot { found += scan.matches(initialAndAge).map(\.range) }
        }
        if scan.units.contains(0x3A), scan.hasAnyWord(["cc", "bcc"]) {
            found += scan.matches(copiedInitials).compactMap { match in
                // Initials have no vowel but the last letter (a given name's: "ntl", "ptk", "nta"); "all",
                // "team" and "ops" are words, "hr" a department.
                let letters = scan.string(match.range)
                let consonants = letters.dropLast().allSatisfy { !"aeiouy".contains($0) }
                return consonants && !["hr", "it", "pr", "qa"].contains(letters) ? match.range : nil
            }
        }
        if scan.hasWord("name"), scan.units.contains(0x3D) || scan.units.contains(0x3A) {
            found += scan.matches(lowerNameAfterField).compactMap { match in
                let parts = scan.string(match.range).split(separator: " ").map { Folding.fold(String($0)) }
                guard let family = parts.first,
                    vocabulary.asciiFamilies.contains(family) || unmarkedFamilies.contains(family),
                    parts.dropFirst().allSatisfy({
                        vocabulary.givenFolded.contains($0) || vocabulary.middlesFolded.contains($0)
                    })
                else { return nil }
                return match.range
            }
        }
        if scan.hasQuote, scan.hasWord("as") {
            found += scan.matches(quotedLowerName).compactMap { match in
                let parts = scan.string(match.range(at: 1)).split(separator: " ").map(String.init)
                guard let family = parts.first,
                    vocabulary.asianFamilies.contains(family) || vocabulary.asciiFamilies.contains(family)
                        || unmarkedFamilies.contains(family),
                    parts.dropFirst().allSatisfy({
                        vocabulary.asianGiven.contains($0) || vocabulary.givenFolded.contains($0)
                            || vocabulary.middlesFolded.contains($0)
                    })
                else { return nil }
                return match.range(at: 1)
            }
        }
        if scan.hasUppercase, scan.hasAnyWord(platforms) {
            found += scan.matches(displayName).compactMap { match in
                let name = match.range(at: 1).location == NSNotFound ? match.range(at: 2) : match.range(at: 1)
                return scan.words.list.contains { word in
                    NSLocationInRange(word.range.location, name) && word.isCapitalised
                        && isGivenName(at: word.range.location, in: scan, vocabulary: vocabulary)
                } ? name : nil
            }
        }
        if scan.units.contains(where: { $0 >= 0x4E00 && $0 <= 0x9FFF }) {
            found += scan.matches(hanName).map(\.range)
        }
        return found
    }

    /// A lower-case name of two or three words in quotes after "as", as a paper spells it: "the father appears
    /// as 'li wei'", "mother as 'sung thi lu'". Group 1; its first word must be a family (Asian or Vietnamese)
    /// and the others given or middle names ("known as 'the boss'" stays).
    static let quotedLowerName = DataShapes.regex(
        #"(?<=\bas\s)['‘"“]([a-z]+(?:\s[a-z]+){1,2})['’"”]"#)
    /// Platforms whose display names a note quotes.
    static let platforms: Keywords = ["facebook", "fb", "zalo", "tiktok", "youtube", "instagram", "telegram"]
    /// A display name after a platform's "name", "account", "page" or "channel", quoted or not, or in quotes after
    /// "on Zalo as": "Facebook name Hương Nguyễn Official", "YouTube channel 'Cuộc sống vợ Hàn - Thảo Vy'",
    /// "on Zalo as 'Mỷ Giàng 2k3'", "as 'Hai Quan Cat Lai 24/7'"; the thirty-seventh round: after "name is" or a
    /// bracket's "name:" ("Facebook name is Bình Minh Xe Khách and", "Zalo (name: Huy Hải Quan, ID …)"), not
    /// after "page is" (a paper's or an office's page: "the Facebook page is Báo Tuổi Trẻ").
    /// Group 1 (quoted) or 2 must hold a capitalised given name;
    /// a page with none ("Facebook page Hội Phụ nữ") stays. Limits: up to five words unquoted, sixty
    /// characters quoted.
    static let displayName = DataShapes.regex(
        #"(?:(?<=\b(?i:facebook|fb|zalo|tiktok|youtube|instagram|telegram)\s(?:name|account|page|channel|nick|\((?:name|nick):|(?:name|nick)\sis)\s)|(?<=\b(?i:zalo|facebook|fb|tiktok|telegram)\sas\s))(?:['"‘“]([^'"‘’“”\n]{3,60})['’"”]|(\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}\d]*){1,4}))"#
    )
    /// Kin whose name an English note sets between commas after her, his, my, our or their.
    static let ownedKin: Keywords = [
        "stepmother", "stepfather", "mother", "father", "husband", "wife", "son", "daughter", "aunt", "uncle",
        "cousin", "grandmother", "grandfather", "stepsister", "stepbrother", "sister", "brother",
    ]
    /// A given name between commas after owned kin: "Her stepmother, Nga, threw…". Group 1 must be a given
    /// name (``isGivenName(at:in:vocabulary:)``). Limit: kin with no owner ("a stepmother, Nga,") is not read.
    static let kinAndName = DataShapes.regex(
        #"(?<![\p{L}])(?:[Hh]er|[Hh]is|[Mm]y|[Oo]ur|[Tt]heir)\s(?:step|grand)?(?:mother|father|husband|wife|son|daughter|aunt|uncle|cousin|sister|brother)(?:-in-law)?,\s(\p{Lu}[\p{L}\p{M}]+)(?=,)"#
    )
    /// A given name and one or two capitalised words (a place, a trade, a thing) as a nickname: after
    /// "called", "known as", "nicknamed" or "goes by" ("a fixer called Long Giấy Tờ", "known as Hùng Hàn Quốc",
    /// "the fixer goes by Sáu Giấy Phép": the thirty-fourth round; "known to everyone as Phong Kính", to us, to
    /// staff…: the thirty-eighth, not "known to locals" or "to tourists", a place's; "known in the village as
    /// Hoa Đài Loan", in the hamlet, the market…, and "nickname in the Zalo group is Tâm Đài Bắc": the
    /// fortieth; "the man they call Quân Xăng", everyone, people, locals, villagers, drivers, workers or we call:
    /// the forty-first, thirteen such nicknames over the shipped batches, all names), or
    /// opening a sentence, after a Vietnamese honorific or not, before ", a", ", an" or ", as" that says who
    /// it is ("Sáu Đài Loan, a marriage broker", "Chị Hằng Hải Phòng, as the others call her") or before a
    /// bracket that says why it is so called ("Minh Nhật Bản (so called because…)", the fortieth). Group 1 is the
    /// given name, which must be one (a place's first word, "Hà Nội", is none). Limit: such a nickname in
    /// mid-sentence with no cue ("drivers say Tư Container collects") is not read.
    static let placeNickname = DataShapes.regex(
        #"(?:(?<=\b(?:called|(?:they|everyone|people|locals|villagers|drivers|workers|we)\scalls?|nicknamed|known(?:\sto\s(?:everyone|all|us|them|me|staff|students|teachers|villagers|workers|colleagues)|\sin\sthe\s(?:village|hamlet|commune|market|area|town|camp|port|group|neighbourhood|neighborhood))?\sas|nickname\sin\sthe\s[\p{L}]{2,10}\s(?:group|chat)\sis|goes by|went by)\s)|(?:^|(?<=^(?:Chị|Anh|Cô|Bà|Chú|Ông)\s))(?=\p{Lu}[\p{L}\p{M}]+(?:\s\p{Lu}[\p{L}\p{M}]*){1,2}(?:,\s(?:a|an|as)\s|\s\((?:so\s)?called\s)))(\p{Lu}[\p{L}\p{M}]+)(?:\s\p{Lu}[\p{L}\p{M}]*){1,2}(?![\p{L}\p{M}])"#
    )
    /// Two to four capitals after a recruiter, a broker, a fixer or a client, before a lower-case word:
    /// "Recruiter TVK charged", "the broker NVH said". A firm's acronym goes on with a capital ("Broker ABC Co.").
    static let roleAndCapitals = DataShapes.regex(
        #"(?<=\b(?:[Rr]ecruiter|[Bb]roker|[Ff]ixer|[Cc]lient)\s)\p{Lu}{2,4}(?=\s\p{Ll})"#
    )
    /// One capital and its dot after a client, or before a comma and an age: "client H. received", "(B., 7 yrs;
    /// C., 4 yrs)". Not "U.S." (a letter follows its dot).
    static let initialAndAge = DataShapes.regex(
        #"(?:(?<=\b[Cc]lients?\s)\p{Lu}\.(?=\s|[,;:)])|(?<![\p{L}\p{N}.])\p{Lu}\.(?=,\s\d{1,2}\s?(?:yrs?|years?|y/o|yo|months?|mos?)\b))"#
    )
    /// Lower-case initials of two to four letters on a copy line, set apart by commas: "Cc: ntl, ptk – …".
    static let copiedInitials = DataShapes.regex(
        #"(?<=\b(?:[Cc]c|CC|[Bb]cc|BCC):\s(?:[a-z]{2,4},\s){0,6})[a-z]{2,4}(?=\s*(?:,|[–—-]|$|\n))"#
    )
    /// A lower-case name of two to four words after a form's "name =" or "name:", before a semicolon, a
    /// comma or the end: "full name = do thi my linh; province = …". Its first word must be a family and the
    /// others given or middle names.
    static let lowerNameAfterField = DataShapes.regex(
        #"(?<=\b[Nn]ame\s?[=:]\s?)[a-z]+(?:\s[a-z]+){1,3}(?=\s*(?:[;,|)]|$|\n))"#
    )
    /// Two or three Chinese characters standing alone, the first one of China's commonest families (simplified
    /// or traditional): "the child's name 郭美玲", "王浩然 on the Chinese paper". Source: the family counts of
    /// China's 2020 census (公安部户政管理研究中心, 2020年全国姓名报告). A word of four characters or more
    /// (出生医学证明) is none.
    static let hanName = DataShapes.regex(
        #"(?<![\p{Han}〔〕])[王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅高郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾萧蕭田董潘袁蔡蒋蔣余于杜叶葉程魏苏蘇吕呂丁沈任姚卢盧钟鍾姜崔谭譚陆陸范汪廖石金韦韋贾賈夏付方邹鄒熊白孟秦邱侯江尹薛阎閻段雷黎史龙龍陶贺賀顾顧毛郝龚龔邵万萬覃武钱錢戴严嚴莫孔向常汤湯][\p{Han}]{1,2}(?![\p{Han}〔〕])"#
    )
}
