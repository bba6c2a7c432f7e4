import Foundation
import NameFinding
import TextScanning
import TextShapes

/// The shaped data: e-mail addresses, dates, plates, passports, insurance cards and every kind of number.
extension Sanitizer {

    func emails(in scan: TextScan) -> [Span] {
        scan.matches(DataShapes.emailPattern).compactMap { match in
            let address = scan.string(match.range).lowercased()
            let local = address.prefix { $0 != "@" }.split(whereSeparator: { "._-".contains($0) }).first ?? ""
            if address.hasSuffix(".gov.vn"), DocumentShapes.officeMailboxes.contains(String(local)) { return nil }
            return Span(kind: .email, range: match.range, priority: 0)
        }
    }

    func dates(in scan: TextScan, language: Language) -> [Span] {
        func number(_ match: PatternMatch, _ group: Int) -> Int {
            Int(scan.string(match.range(at: group))) ?? 0
        }
        var spans: [Span] = []
        func add(_ range: NSRange, day: Int, month: Int, year: Int, asWritten: String? = nil) {
            guard (1...31).contains(day), (1...12).contains(month), (1900...2199).contains(year) else { return }
            let shortened =
                switch language {
                case .vi: asWritten ?? "tháng \(month)/\(year)"
                case .en: String(format: "%02d/%d", month, year)
                }
            spans.append(Span(kind: .exactDate, range: range, replacement: shortened, priority: 1))
        }
        let numeric = scan.matches(DataShapes.numericDatePattern, ifDigits: 4)
        // "(6/12/1989 – 6/12/2025)": a day and month joined by a dash to the same day and month of a later year
        // is an anniversary's span (a founding and its jubilee), a public day, not a visit's.
        var anniversary = Set<Int>()
        for (first, second) in zip(numeric, numeric.dropFirst())
        where number(first, 1) == number(second, 1) && number(first, 3) == number(second, 3)
            && number(first, 4) < number(second, 4)
        {
            let gapStart = NSMaxRange(first.range)
            let gap = scan.string(NSRange(location: gapStart, length: max(0, second.range.location - gapStart)))
            if ["-", "–", "—"].contains(gap.trimmingCharacters(in: .whitespaces)) {
                anniversary.formUnion([first.range.location, second.range.location])
            }
        }
        for match in numeric where !anniversary.contains(match.range.location) && !isDocumentDate(scan, match.range) {
            add(match.range, day: number(match, 1), month: number(match, 3), year: number(match, 4))
        }
        for match in scan.matches(DataShapes.isoDatePattern, ifDigits: 4) {
            add(match.range, day: number(match, 3), month: number(match, 2), year: number(match, 1))
        }
        // A date in words keeps its month and year as written: "ngày 15 tháng 5 năm 2025" → "tháng 5 năm 2025".
        for match in scan.hasWord("thang") ? scan.matches(DataShapes.wordDatePattern, ifDigits: 4) : [] {
            let dayEnd = NSMaxRange(match.range(at: 1))
            let written = scan.string(NSRange(location: dayEnd, length: NSMaxRange(match.range) - dayEnd))
                .trimmingCharacters(in: .whitespaces)
            add(match.range, day: number(match, 1), month: number(match, 2), year: number(match, 3), asWritten: written)
        }
        return spans
    }

    func isDocumentDate(_ scan: TextScan, _ range: NSRange) -> Bool {
        let before = scan.foldedBefore(range.location, length: 32)
        if DocumentShapes.documentNumberEnd.matches(before) { return true }
        let start = max(0, range.location - 100)
        let clause = scan.ns.substring(with: NSRange(location: start, length: range.location - start))
        if DocumentShapes.documentCueBefore.matches(clause) { return true }
        let date = Folding.fold(scan.string(range))
        // "kể từ khi chính quyền xã mới hoạt động ngày 1/7/2025": a reorganisation's day, told by anyone.
        if DocumentShapes.firstOfMonthStart.matches(date),
            DocumentShapes.administrationStartEnd.matches(Folding.fold(clause))
        {
            return true
        }
        let after = scan.foldedAfter(NSMaxRange(range), length: 70)
        if DocumentShapes.speaksFirstPerson(before + " " + after) { return false }
        if DocumentShapes.eventHeldBefore.matches(clause) { return true }
        if DocumentShapes.issuedAfter.matches(after) {
            return DocumentShapes.opensSentence(before)
        }
        return DocumentShapes.takesEffectOrBoundsYears(date, before: before, after: after)
    }

    func plates(in scan: TextScan) -> [Span] {
        scan.matches(DataShapes.platePattern, ifDigits: 3).compactMap { match in
            // A plate has a series letter; a bare run of digits is some other number.
            let text = scan.string(match.range)
            guard text.contains(where: { $0.isLetter }) else { return nil }
            return Span(kind: .licensePlate, range: match.range, priority: 3)
        }
    }

    /// Passports and health insurance cards: letters then digits.
    func lettered(in scan: TextScan) -> [Span] {
        scan.matches(DataShapes.passportPattern, ifDigits: 7).map {
            Span(kind: .passport, range: $0.range, priority: 3)
        }
            + scan.matches(DataShapes.healthCardPattern, ifDigits: 13).map {
                Span(kind: .insuranceNumber, range: $0.range, priority: 3)
            }
    }

    func phonePairs(in scan: TextScan) -> [Span] {
        scan.matches(DataShapes.phonePairPattern).flatMap { match -> [Span] in
            let halves = [match.range(at: 1), match.range(at: 2)]
            guard halves.allSatisfy({ NumberShapes.isPhoneNumber(scan.string($0), international: false) }) else {
                return []
            }
            return halves.map { Span(kind: .phone, range: $0, priority: 4) }
        }
    }

    func numbers(in scan: TextScan, flagging flags: inout [FlagSpan]) -> [Span] {
        let mayBeAnOffices = scan.hasAnyWord(NumberShapes.hotlineWords) || scan.hasASCII(",")
        let mayBeADesk = scan.hasWord("tram") || scan.hasPair("may", "ban") || scan.hasPair("so", "ban")
        let mayBePublished = scan.hasAnyWord(NumberShapes.publishedWords)
        return scan.matches(DataShapes.numberPattern).compactMap { match in
            let run = scan.string(match.range)
            let after = scan.foldedAfter(match.range.location + match.range.length, length: 12)
            let before = scan.foldedBefore(match.range.location, length: 32)
            // An office's hotline is published for all: "Đường dây nóng 0243.123.456 của Sở".
            // Also "Đường dây nóng của Thanh tra tỉnh là 0236...": an office's, named before "là".
            let wider = scan.foldedBefore(match.range.location, length: 80)
            if mayBeAnOffices, NumberShapes.hotlineEnd.matches(wider) { return nil }
            // "máy bàn văn phòng trường 024…", "số trạm 0225…": a school's or a health station's desk.
            if mayBeADesk, NumberShapes.deskPhoneEnd.matches(wider) { return nil }
            // "Bộ phận tiếp công dân, số 0274…": an office's landline, published for all.
            if NumberShapes.isLandline(run), scan.hasWord("tiep"),
                NumberShapes.receptionPhoneEnd.matches(wider)
            {
                return nil
            }
            // "Số 0243 8251 999 in trên cổng thông tin của Tòa án là số trực ban": a landline said to be posted
            // on a portal, or to be a duty desk's or a hotline's, is the office's.
            if mayBePublished, NumberShapes.isLandline(run),
                NumberShapes.publishedAfter.matches(scan.foldedAfter(NSMaxRange(match.range), length: 64))
            {
                return nil
            }
            // "0290.3831.222 (Chi cục)": a landline with its office in brackets after it is the office's.
            if NumberShapes.isLandline(run), scan.foldedAfter(NSMaxRange(match.range), length: 2).contains("("),
                NumberShapes.officeInBracketsAfter.matches(scan.foldedAfter(NSMaxRange(match.range), length: 48))
            {
                return nil
            }
            // "… công khai trên cổng thông tin là 0214 3851 226", "đã niêm yết số điện thoại trực ban 069…": a
            // landline the office posts is the office's.
            if mayBePublished, NumberShapes.isLandline(run) || NumberShapes.isOfficeExchange(run),
                NumberShapes.publishedBefore.matches(wider)
            {
                return nil
            }
            let kind = classify(run, before: before, after: after)
            // A number said to be an office's is the office's: "số 069.2345.678 của Công an tỉnh". Not a
            // person's papers, which an office issues ("CCCD … của Cục Cảnh sát").
            if let kind, after.contains("cua") || after.contains("duong"), ![.cccd, .cmnd, .passport].contains(kind) {
                let owner = scan.foldedAfter(NSMaxRange(match.range), length: 27)
                if NumberShapes.officeOwnerStart.matches(owner) { return nil }
            }
            guard let kind
            else {
                if NumberShapes.isUnknownNumber(run, after: after), !NumberShapes.isOfficeExchange(run) {
                    flags.append(FlagSpan(reason: .possibleNumber, range: match.range))
                }
                return nil
            }
            // A phone's extension goes with it: "0236.3821.574 máy lẻ 108".
            if kind == .phone,
                let ext = NumberShapes.extensionPattern.firstMatch(
                    in: scan.text, options: .anchored,
                    range: NSRange(
                        location: NSMaxRange(match.range), length: min(20, scan.utf16Count - NSMaxRange(match.range))))
            {
                return Span(kind: kind, range: NSUnionRange(match.range, ext.range), priority: 4)
            }
            return Span(kind: kind, range: match.range, priority: 4)
        }
    }

    /// The words that say what the next number is, folded, with the kind they announce.
    static let numberContexts: [(word: String, kind: Finding.Kind)] = [
        ("cmnd", .cmnd), ("chung minh", .cmnd), ("cccd", .cccd), ("can cuoc", .cccd), ("dinh danh", .cccd),
        ("id card", .cccd), ("identity card", .cccd), ("citizen id", .cccd), ("ho chieu", .passport),
        ("passport", .passport), ("bhxh", .insuranceNumber), ("bhyt", .insuranceNumber),
        ("bao hiem", .insuranceNumber), ("insurance", .insuranceNumber), ("mst", .taxCode), ("ma so thue", .taxCode),
        ("tax", .taxCode), ("stk", .bankAccount), ("tai khoan", .bankAccount), ("account", .bankAccount),
        ("a/c", .bankAccount), ("sdt", .phone), ("dien thoai", .phone), ("phone", .phone), ("tel", .phone),
        ("hotline", .phone), ("zalo", .phone), ("goi", .phone), ("so may", .phone), ("lien he", .phone),
        ("lien lac", .phone), ("nhan tin", .phone), ("facebook", .onlineIdentity), ("fb", .onlineIdentity),
        ("uid", .onlineIdentity), ("id", .onlineIdentity), ("profile", .onlineIdentity), ("tiktok", .onlineIdentity),
        ("telegram", .onlineIdentity), ("so hieu", .identifier), ("the nganh", .identifier),
        ("so khung", .identifier), ("gplx", .identifier), ("giay phep lai xe", .identifier),
        ("seri", .identifier), ("serial", .identifier), ("imei", .identifier), ("thua", .identifier),
        ("ban do", .identifier),
    ]

    /// `numberContexts`' words as bytes, for the one pass from the end of the text before a number
    /// (`ByteSearch.lastMatch(among:in:)`): the context word that begins last wins, the list's first at one offset.
    static let numberContextBytes: [[UInt8]] = numberContexts.map { Array($0.word.utf8) }

    /// What a run of digits is, from its shape and the words before it; nil for a number to keep.
    func classify(_ run: String, before: String, after: String) -> Finding.Kind? {
        let digits = run.filter(\.isNumber)
        let count = digits.count
        guard count >= 6, !NumberShapes.isServiceNumber(digits) else { return nil }
        let trimmedAfter = after.drop { $0 == " " }
        // A count never starts with 0: "gọi 0912 345 871 ngày 26/4" is a phone number before a date.
        let countsNothing = digits.first == "0" && NumberShapes.isPhoneNumber(digits, international: false)
        if NumberShapes.amountUnits.contains(where: {
            trimmedAfter.hasPrefix($0) && !(countsNothing && NumberShapes.countUnits.contains($0))
        }) || trimmedAfter == "d" {
            return nil
        }
        // 500.000.000 is an amount: thousands in groups of three, not starting with 0.
        let groups = run.split { !$0.isNumber }
        let separators = Set(run.filter { !$0.isNumber })
        let isThousands =
            groups.count > 1 && separators.isSubset(of: [".", ","]) && (1...3).contains(groups[0].count)
            && groups.dropFirst().allSatisfy { $0.count == 3 } && digits.first != "0"
        // 84.912.555.019 is 84 and a mobile number grouped as thousands, unless money is spoken of before it.
        let isDottedMobile =
            groups.first == "84" && count == 11 && NumberShapes.isPhoneNumber(digits, international: false)
            && !NumberShapes.moneyWords.contains(where: before.contains)
        if isThousands && !isDottedMobile { return nil }

        let context = Array(before.utf8).withUnsafeBufferPointer {
            ByteSearch.lastMatch(among: Self.numberContextBytes, in: $0)
        }.map { Self.numberContexts[$0.needle].kind }
        let isPhone = NumberShapes.isPhoneNumber(digits, international: run.contains("+"))
        let isTaxWithBranch = groups.count == 2 && groups[0].count == 10 && groups[1].count == 3 && separators == ["-"]
        switch context {
        case .bankAccount? where (6...19).contains(count): return .bankAccount
        case .insuranceNumber? where count == 10: return .insuranceNumber
        case .taxCode? where count == 10 || isTaxWithBranch: return .taxCode
        case .cmnd? where count == 9 || count == 12: return .cmnd
        case .cccd? where count == 12: return .cccd
        case .passport? where count >= 8: return .passport
        case .onlineIdentity? where !isPhone: return .onlineIdentity
        case .identifier?: return .identifier
        default: break
        }
        // A mobile number in a phone's groups with a digit too many, as a writer renumbering an old one by hand
        // writes it ("số cũ, nay là 0368.927.4451"; the thirty-seventh round), is a phone.
        let isGroupedMobile =
            count == 11 && groups.count >= 3 && digits.hasPrefix("0")
            && "35789".contains(digits.dropFirst().first ?? "0")
        if isPhone || isGroupedMobile { return .phone }
        if isTaxWithBranch { return .taxCode }
        // The police's and the army's exchange written in groups is an office's line: "069.2590.112".
        if NumberShapes.isOfficeExchange(run) { return nil }
        switch count {
        case 12: return .cccd
        case 9: return .cmnd
        case 10: return .taxCode
        // 13 digits or more with no separator of thousands is no amount, count or year: an IMEI, a
        // card, an account or a profile id.
        case 13...: return .identifier
        default: return nil
        }
    }
}
