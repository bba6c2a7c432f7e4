import Foundation
import TextScanning
import TextShapes

/// Names typed in lower case, often without marks, that a cue before them introduces: a writer's own or
/// a kinsman's name after là or tên ("toi ten la lo van pang", "vo toi la cam thi xuan"), a kinsman's
/// name after the first person ("anh rể tui dinh cong minh"), a name after an English word that
/// introduces one ("message from ngo thanh tam"), an Ê Đê or Ba Na name opening a message before its
/// village ("y hen o thon…"), a highland family that is no Vietnamese syllable ("ksor thuan"), and a
/// capitalised family before thi and known given names ("co Pham thi thu ha").
extension PersonSlots {
    /// English words after which a name comes (folded): "a message from ngo thanh tam", "my father…".
    static let englishNameCues: Set<String> = [
        "from", "by", "named", "called", "father", "mother", "wife", "husband", "son", "daughter", "brother",
        "sister", "uncle", "aunt", "cousin", "neighbour", "neighbor", "friend",
    ]
    /// English nouns that end a place's name typed in lower case: "ha long bay", "hai phong city" (folded).
    static let englishPlaceNouns: Set<String> = [
        "bay", "city", "town", "lake", "beach", "island", "islands", "province", "district", "market", "airport",
        "station", "river", "port", "bridge", "pagoda", "temple", "street", "road", "mountain", "village",
    ]
    /// Words before là or tên that make it introduce a person: the first person, kin, tên itself (folded).
    static let introducers: Set<String> = [
        "toi", "tui", "minh", "em", "e", "to", "ten", "vo", "chong", "con", "chau", "bo", "me", "anh", "chi", "ong",
        "ba", "co", "chu", "bac", "di", "cau", "re", "dau", "trai", "gai", "ho",
    ]
    /// Middle names that, after such a cue and a family, make the next syllables a name whatever they are:
    /// Kinh ones that are no everyday word, and the Hmông a, mí, seo (folded).
    static let introducedMiddles: Set<String> = WordClasses.lowercaseMiddles.union(FamilyCues.hmongMiddles)
    /// Words that end a name typed in lower case: where the person is, what is said of them (folded).
    static let wordsEndingName: Set<String> = WordClasses.wordsAfterName.union([
        "xin", "dang", "se", "khong", "chua", "nha", "thon", "ban", "xa", "lang", "buon", "plei", "ap", "xom", "hoi",
        "de", "ma", "con", "co", "tru", "ngu", "oi", "a", "ah", "nhe", "doi", "day", "thi", "nen", "muon", "biet",
        "ra", "vao", "len", "xuong", "di", "ve", "cho", "voi", "nay", "kia", "ay", "in", "has", "is", "was", "and",
        "at", "of", "the",
    ]).union(unmarkedFunctionWords)
    /// Words typed without marks that say when or whether (chưa, đã, không, được, rồi): no given name (folded).
    static let unmarkedFunctionWords: Set<String> = [
        "chua", "da", "se", "khong", "duoc", "bi", "roi", "moi", "deu", "vua", "phai",
    ]

    /// Whether `word`, typed without marks, is one of those words.
    package static func isFunctionWord(_ word: Word) -> Bool {
        word.isASCII && unmarkedFunctionWords.contains(word.text)
    }
    /// Syllables that make an everyday word after y or a at the start of a message: y tế, ý kiến, à ừ (folded).
    static let notNamesAfterY: Set<String> = [
        "te", "ta", "si", "kien", "khoa", "duoc", "hoc", "tuong", "thuc", "nghia", "muon", "chang", "nhu", "nguyen",
        "vien", "bac", "dinh", "chi", "tu", "vi", "oi", "la", "ma", "thi", "con", "co", "nay", "do", "vay", "day",
    ]
    /// A given name and the next word typed in lower case that make an everyday word (folded): "cán bộ tên
    /// vũ thị hạnh thái độ không tốt" is Vũ Thị Hạnh, whose attitude is bad.
    static let wordsAfterNames: Set<[String]> = [
        ["thai", "do"], ["an", "toan"], ["binh", "thuong"], ["cong", "tac"], ["cong", "khai"], ["trung", "thuc"],
        ["tam", "ly"], ["hoa", "giai"], ["nhiet", "tinh"], ["tan", "tinh"], ["thanh", "that"], ["minh", "bach"],
        ["sinh", "nam"], ["sinh", "ngay"],
        // A trade after a name typed without marks: "ong ngo quang truong bao ve toa N02" (bảo vệ, thủ quỹ).
        ["bao", "ve"], ["thu", "quy"],
        // A role's first words after a lower-case name: "ong pham van duc cán bộ xã" (the thirty-third round).
        ["can", "bo"], ["chu", "tich"], ["ke", "toan"], ["truong", "thon"],
        // Verbs of a statement or of work that open on khai (the twenty-third round): "ông huỳnh văn lợi khai
        // thác trái phép", "bà trần thị mai khai nhận".
        ["khai", "thac"], ["khai", "bao"], ["khai", "nhan"],
        // The police after a name typed without marks: "nguyen van hai cong an phuong thu tien" (the thirty-fifth
        // round); a man named Công An typed so loses his name.
        ["cong", "an"],
        // Đăng ký (to register) after a name typed without marks, a name in none of the shipped batches' 22
        // "dang ky": "dang quoc tuan dang ky ket hon" (the thirty-seventh round).
        ["dang", "ky"],
        // A staff member and an owner after a name typed in lower case (the thirty-ninth round): "anh ngô quang
        // vinh nhân viên ngân hàng", "ong truong van loc chu xuong nhua" (chủ xưởng, chủ quán, chủ tiệm…).
        ["nhan", "vien"], ["chu", "xuong"], ["chu", "quan"], ["chu", "tiem"], ["chu", "tau"], ["chu", "thau"],
    ]
    /// Village words after which y or a and a syllable opening a message name a villager (folded).
    static let villageHeads: Set<String> = ["thon", "lang", "buon", "ban", "plei", "xom", "ap", "o"]

    /// Every lower-case name the cues above introduce.
    static func introducedNames(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        var found: [NSRange] = []
        // The list itself, not the subscript that copies each word: this reads every word of every text.
        let list = words.list
        for i in 0..<list.count {
            // One lookup for most words, the cheapest first: y or a, a family's first word, then the words
            // around (ơi after, của before), thi or van; only then whether the word is in lower case.
            let folded = list[i].folded
            var last: Int? = nil
            if folded == "y" || folded == "a" || folded == "h" || folded == "k" {
                last = list[i].isLower ? villagerRun(at: i, in: scan, vocabulary: vocabulary) : nil
            } else if vocabulary.familyFirstWords.contains(folded) || folded == "ja", list[i].isLower {
                last =
                    introducedRun(at: i, in: scan, vocabulary: vocabulary)
                    ?? highlandRun(at: i, in: scan, vocabulary: vocabulary)
                    ?? khmerRun(at: i, in: scan, vocabulary: vocabulary)
                    ?? everydayMiddleRun(at: i, in: scan, vocabulary: vocabulary)
            }
            if let last {
                found.append(
                    NSRange(location: words[i].range.location, length: words[last].end - words[i].range.location))
            } else if i + 1 < list.count && (list[i + 1].folded == "oi" || list[i + 1].text == "ben")
                || i >= 2 && list[i - 2].text == "cua",
                list[i].isLower,
                let name = calledOut(at: i, in: scan, vocabulary: vocabulary)
                    ?? possessed(at: i, in: scan, vocabulary: vocabulary)
            {
                found.append(words[name].range)
            } else if folded == "thi" || folded == "van",
                let last = mixedCaseRun(at: i, in: scan, vocabulary: vocabulary)
            {
                found.append(
                    NSRange(
                        location: words[i - 1].range.location, length: words[last].end - words[i - 1].range.location))
            }
        }
        return found
    }

    /// Whether a lower-case syllable at `index` may go on a name typed so: a syllable that ends no name.
    static func goesOnName(_ index: Int, in scan: TextScan) -> Bool {
        let words = scan.words
        guard index < words.count, scan.onlySpace(words[index - 1], words[index]) else { return false }
        let word = words[index]
        return word.text == word.lower && word.text.allSatisfy(\.isLetter) && !wordsEndingName.contains(word.folded)
            && (NameShapes.isSyllable(word.folded) || NameShapes.isForeignShaped(word.folded))
    }

    /// A family, then a middle name and one or two syllables, or two known given names, after a cue that
    /// introduces a person: là or tên after the first person, kin or tên ("toi ten la lo van pang", "vo
    /// toi la cam thi xuan"), tên alone ("ten ho sy toan"), an English word ("from ngo thanh tam"), or
    /// the first person after kin ("anh rể tui dinh cong minh"). Limits: the family must be a listed one;
    /// a middle name and the next word that make a word (văn bản, thị trường) are none; given names that
    /// make a word (thanh toán) are none; the first person alone introduces only two known given names.
    static func introducedRun(at index: Int, in scan: TextScan, vocabulary: Vocabulary) -> Int? {
        // The caller found the family's word; a middle name or a known given name must follow it.
        let words = scan.words
        guard index + 2 < words.count,
            introducedMiddles.contains(words.list[index + 1].folded)
                || vocabulary.givenFolded.contains(words.list[index + 1].folded)
                || words.list[index + 1].text == "k" || words.list[index + 1].text == "h"
                || daoMiddles.contains(words.list[index + 1].text)
        else { return nil }
        // Opening a message typed without marks, a family and a middle name need no cue: "lo van pang xin…".
        let opening = words[index].isASCII && NicknameSlots.startsSentence(scan, at: index)
        if opening {
            guard let last = middleRun(at: index, in: scan),
                scan.pauseAfter(words[last]) || last + 1 >= words.count
                    || wordsEndingName.contains(words[last + 1].folded)
            else { return nil }
            return last
        }
        guard index >= 1, scan.onlySpace(words[index - 1], words[index]), words[index - 1].isLower else {
            return nil
        }
        // Typed with marks, the family must be one as typed: "bà đo thị lực" is no Đỗ.
        if !words[index].isASCII {
            let title = words[index].text.prefix(1).uppercased() + words[index].text.dropFirst()
            guard vocabulary.families.contains(title) || vocabulary.highland.contains(title) else { return nil }
        }
        let cue = words[index - 1].folded
        let before = index >= 2 ? words[index - 2].folded : ""
        let listed = (cue == "voi" || cue == "va") && listedAfterName(index, in: scan, vocabulary: vocabulary)
        let introduced =
            listed || (cue == "la" && introducers.contains(before)) || cue == "ten"
            || (englishNameCues.contains(cue) || ["is", "was"].contains(cue) && before == "name")
                && words[index].isASCII
        // "anh rể tui dinh cong minh"; not "chao can bo, toi la nguyen…" (a pause, and la is "am").
        let kinOwned =
            WordClasses.firstPerson.contains(words[index - 1].lower) && index >= 2
            && introducers.contains(before) && !WordClasses.firstPerson.contains(words[index - 2].lower)
            && scan.onlySpace(words[index - 2], words[index - 1]) && words[index].folded != "la"
        // After an honorific only a middle name and its syllables: "ong lo van pang", "ba thach thi sa ri".
        let honoured = cue != "o" && isHonorific(words[index - 1], vocabulary)
        guard introduced || kinOwned || honoured,
            !WordClasses.wordsLikeNames.contains([words[index].folded, words[index + 1].folded])
        else { return nil }
        if let last = middleRun(at: index, in: scan) { return last }
        // A highland family, then K', H' or Y' joined to the given name: "tôi là điểu k'lung ở bon…".
        let marker = words[index + 1].text
        let title = words[index].text.prefix(1).uppercased() + words[index].text.dropFirst()
        if marker == "k" || marker == "h", vocabulary.highland.contains(title),
            scan.onlySpace(words[index], words[index + 1]),
            ["'", "’"].contains(
                scan.string(
                    NSRange(
                        location: words[index + 1].end, length: words[index + 2].range.location - words[index + 1].end))
            ),
            words[index + 2].isLower
        {
            return index + 2
        }
        guard introduced || kinOwned else { return nil }
        // Two known given names typed without marks, that make no word together; after an English cue, not
        // a place's name before or ending in its English noun ("from ha long bay", "from hai phong city").
        let pair = [words[index + 1], words[index + 2]]
        if englishNameCues.contains(cue),
            englishPlaceNouns.contains(pair[1].folded)
                || index + 3 < words.count && englishPlaceNouns.contains(words[index + 3].folded)
        {
            return nil
        }
        guard
            pair.allSatisfy({
                $0.isASCII ? vocabulary.givenFolded.contains($0.folded) : listed && vocabulary.given.contains($0.lower)
            }),
            goesOnName(index + 1, in: scan) || vocabulary.givenFolded.contains(words[index + 1].folded),
            scan.onlySpace(words[index], words[index + 1]), scan.onlySpace(words[index + 1], words[index + 2]),
            words[index + 2].text == words[index + 2].lower,
            !WordClasses.givenPairWords.contains(pair.map(\.folded)),
            !NameShapes.isUnmarkedMiddleCompound(pair[0], pair[1]),
            !WordClasses.wordsInNames.contains([words[index].folded, words[index + 1].folded])
        else { return nil }
        return index + 2
    }

    /// The last word of a family's middle name and one or two syllables from `index`, if they follow: "lo
    /// van pang". A middle name and the next word that make a word (văn bản, thị trường, vấn đề) are none;
    /// a third syllable only before a pause, a word that ends a name or vẫn ("thach thi sa ri van chua…").
    static func middleRun(at index: Int, in scan: TextScan) -> Int? {
        let words = scan.words
        let middle = words[index + 1]
        let dao =
            !introducedMiddles.contains(middle.folded) && daoMiddles.contains(middle.text)
            && FamilyCues.daoFamilies.contains(words[index].folded)
        guard middle.isLower, scan.onlySpace(words[index], middle), introducedMiddles.contains(middle.folded) || dao,
            goesOnName(index + 2, in: scan), !NameShapes.isUnmarkedMiddleCompound(middle, words[index + 2]),
            !NameShapes.isMiddleCompound(middle, words[index + 2]),
            middle.isASCII || NameShapes.isMiddle(middle) || FamilyCues.hmongMiddles.contains(middle.folded) || dao
        else { return nil }
        // Khmer and Chăm names run to three syllables after the middle (Thạch Thị Sa Ry, Mã Thị Ro Ki Dah):
        // each is taken only when the run then ends, at a pause, the text's end or a word that ends a name.
        func endsAt(_ k: Int) -> Bool {
            scan.pauseAfter(words[k]) || k + 1 >= words.count || wordsAfterThirdName.contains(words[k + 1].folded)
        }
        var last = index + 2
        var k = index + 3
        while k <= index + 4, goesOnName(k, in: scan) || spelledSyllable(k, in: scan),
            k + 1 >= words.count || !wordsAfterNames.contains([words[k].folded, words[k + 1].folded])
        {
            if endsAt(k) { last = k }
            k += 1
        }
        return last
    }

    /// Y (an Ê Đê man), H' (an Ê Đê or Jarai woman) or A (a Ba Na or Xơ Đăng man) and one syllable in lower
    /// case: opening a message,
    /// before the village or ở ("y hen o thon mang buk…", "a thut, lang kon tu rang…"); or after là or tên
    /// that introduce a person, or an honorific, before a pause or a word that ends a name ("toi ten la y
    /// hen", "ong a thut o lang…"). Limits: a syllable that makes a word with y (y tế, ý kiến) is none.
    static func villagerRun(at index: Int, in scan: TextScan, vocabulary: Vocabulary) -> Int? {
        let words = scan.words
        // H' (an Ê Đê or Jarai woman) is joined to her name: "h'bia o buon ea kmat…"; so is K' (a K'Ho or
        // M'nông man: "k'brơi và…", the thirty-third round).
        let joined =
            (words[index].text == "h" || words[index].text == "k") && index + 1 < words.count
            && ["'", "’"].contains(
                scan.string(
                    NSRange(location: words[index].end, length: words[index + 1].range.location - words[index].end)))
        guard words[index].text == "y" || words[index].text == "a" || joined, index + 2 < words.count,
            joined ? words[index + 1].isLower && words[index + 1].text.count >= 2 : goesOnName(index + 1, in: scan),
            !notNamesAfterY.contains(words[index + 1].folded)
        else { return nil }
        let gap = scan.string(
            NSRange(location: words[index + 1].end, length: words[index + 2].range.location - words[index + 1].end))
        if NicknameSlots.startsSentence(scan, at: index), [" ", ", "].contains(gap),
            villageHeads.contains(words[index + 2].folded) || joined && ["va", "o"].contains(words[index + 2].folded)
        {
            return index + 1
        }
        guard index >= 1, scan.onlySpace(words[index - 1], words[index]) else { return nil }
        let cue = words[index - 1]
        let introduced =
            cue.folded == "ten" || cue.folded == "la" && index >= 2 && introducers.contains(words[index - 2].folded)
            || listedAfterVillager(index, in: scan)
        guard introduced || cue.text != "o" && isHonorific(cue, vocabulary),
            scan.pauseAfter(words[index + 1]) || wordsEndingName.contains(words[index + 2].folded)
        else { return nil }
        return index + 1
    }

    /// Whether và before `index` follows a villager's lower-case name, y, a, h' or k' and one syllable ("a
    /// thút và a dũng", "k'brơi và ka mai"): the next name is listed as the first was (the thirty-third round).
    static func listedAfterVillager(_ index: Int, in scan: TextScan) -> Bool {
        let words = scan.words
        guard index >= 3, ["và", "va"].contains(words[index - 1].text) else { return false }
        return ["y", "a", "h", "k"].contains(words[index - 3].text) && words[index - 2].isLower
            && scan.onlySpace(words[index - 2], words[index - 1])
    }

    /// A highland family that is no Vietnamese syllable (ksor, rmah, kpă), in lower case, and one or two
    /// syllables: "a ksor thuan o lang…". Limits: after a place's word it is a place's ("xã ia ksor").
    /// After a cue that introduces a person, or listed after a villager, a family that is a syllable (siu,
    /// nay, ka) and one syllable before a pause or a word that ends a name: "chồng mình là siu thoan,", "và
    /// ka mai ở…" (the thirty-third round); a family typed without marks before K' or H': "dieu k'lanh".
    static func highlandRun(at index: Int, in scan: TextScan, vocabulary: Vocabulary) -> Int? {
        let words = scan.words
        let family = words[index]
        guard index + 1 < words.count, vocabulary.highlandStarts.contains(family.folded) else { return nil }
        let marker = words[index + 1].text
        // The cheap tests first: most such words (nay, siu) are introduced by nothing and have no marker.
        let introduced =
            index >= 2
            && (words[index - 1].folded == "la" && introducers.contains(words[index - 2].folded)
                || words[index - 1].folded == "ten" || listedAfterVillager(index, in: scan))
        guard introduced || ["y", "h", "k"].contains(marker) || NameShapes.isForeignShaped(family.folded),
            !afterPlaceWord(index, in: scan), index == 0 || words[index - 1].folded != "ia"
        else { return nil }
        let title = family.text.prefix(1).uppercased() + family.text.dropFirst()
        if introduced, vocabulary.highland.contains(title), !NameShapes.isForeignShaped(family.folded),
            goesOnName(index + 1, in: scan), !notNamesAfterY.contains(words[index + 1].folded),
            scan.pauseAfter(words[index + 1]) || index + 2 >= words.count
                || wordsEndingName.contains(words[index + 2].folded)
        {
            return index + 1
        }
        guard ["y", "h", "k"].contains(marker) || NameShapes.isForeignShaped(family.folded),
            vocabulary.highland.contains(title) || family.isASCII && (marker == "h" || marker == "k")
        else { return nil }
        // Before Y (an Ê Đê man's) or H', K' (joined to the given name) the family needs no foreign shape:
        // "nhà niê y kluôn", "bảo ksor h'lim", "rcom h'yơn".
        if index + 2 < words.count, words[index + 1].isLower, scan.onlySpace(family, words[index + 1]),
            words[index + 2].isLower, !notNamesAfterY.contains(words[index + 2].folded)
        {
            let gap = scan.string(
                NSRange(location: words[index + 1].end, length: words[index + 2].range.location - words[index + 1].end))
            if marker == "y" && gap == " " && goesOnName(index + 2, in: scan)
                || (marker == "h" || marker == "k") && ["'", "’"].contains(gap)
            {
                return index + 2
            }
        }
        guard NameShapes.isForeignShaped(family.folded),
            goesOnName(index + 1, in: scan), !afterPlaceWord(index, in: scan),
            index == 0 || words[index - 1].folded != "ia"
        else { return nil }
        return goesOnName(index + 2, in: scan)
            && (scan.pauseAfter(words[index + 2]) || index + 3 >= words.count
                || WordClasses.wordsAfterName.contains(words[index + 3].folded))
            ? index + 2 : index + 1
    }

    /// A capitalised family typed without marks, thi or van in lower case and two or three known given
    /// names typed so: "co Pham thi thu ha day van", "Le van hoang nam noi". Limits: the given names must
    /// be known, at least two, and no word that says when or whether (chưa, đã): "Quang thi lam viec" is no
    /// name (viec is none); a third only before a pause or a word that ends a name.
    static func mixedCaseRun(at index: Int, in scan: TextScan, vocabulary: Vocabulary) -> Int? {
        let words = scan.words
        guard index >= 1, index + 2 < words.count, words[index].text == "thi" || words[index].text == "van",
            words[index - 1].isCapitalised, words[index - 1].isASCII,
            vocabulary.asciiFamilies.contains(words[index - 1].folded), scan.onlySpace(words[index - 1], words[index])
        else { return nil }
        func known(_ k: Int) -> Bool {
            k < words.count && words[k].isASCII && goesOnName(k, in: scan)
                && vocabulary.givenFolded.contains(words[k].folded)
        }
        guard known(index + 1), known(index + 2),
            !WordClasses.givenPairWords.contains([words[index + 1].folded, words[index + 2].folded])
        else { return nil }
        let third =
            known(index + 3)
            && (scan.pauseAfter(words[index + 3]) || index + 4 >= words.count
                || WordClasses.wordsAfterName.contains(words[index + 4].folded))
        return third ? index + 3 : index + 2
    }

    /// Words after which a third syllable after a middle name is still the name's: a pause's words, and
    /// vẫn typed without marks ("thach thi sa ri van chua co ten").
    static let wordsAfterThirdName: Set<String> = wordsEndingName.union(["van"])

    /// Whether the word at `index` may be a Khmer or Chăm syllable spelled the French way, as no Vietnamese
    /// syllable is (phine, khươl): a lower-case word of letters, six at most, that ends no name.
    static func spelledSyllable(_ index: Int, in scan: TextScan) -> Bool {
        let words = scan.words
        guard index < words.count, scan.onlySpace(words[index - 1], words[index]) else { return false }
        let word = words[index]
        return word.isLower && word.text.count <= 6 && word.text.allSatisfy(\.isLetter)
            && !wordsEndingName.contains(word.folded)
    }

    /// Dao generation names, as typed with marks, that stand where a middle name does after a Dao family
    /// (Tẩn Láo Lở, Triệu Tòn Phin, Chảo Quẩy Sì); typed without marks they are words (lão, tồn, quay).
    static let daoMiddles: Set<String> = ["láo", "tòn", "quẩy"]

    /// Whether the word before `index` is với or và after a lower-case family and one or two syllables that
    /// open a sentence: "đặng quốc huy với ngô thanh tâm" lists a second name as the first was.
    static func listedAfterName(_ index: Int, in scan: TextScan, vocabulary: Vocabulary) -> Bool {
        let words = scan.words
        guard index >= 3, ["voi", "va"].contains(words.list[index - 1].folded), words.list[index - 1].isLower else {
            return false
        }
        return [index - 3, index - 4, index - 5].contains { k in
            k >= 0 && words[k].isLower && vocabulary.familyFirstWords.contains(words[k].folded)
                && NicknameSlots.startsSentence(scan, at: k)
                && (k + 1...index - 1).allSatisfy { words[$0].isLower && scan.onlySpace(words[$0 - 1], words[$0]) }
        }
    }
}
