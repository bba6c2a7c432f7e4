import Foundation
import TextScanning

/// What makes a date or an address an office's document's rather than a person's: an office's mailbox,
/// a document's number or name before a date, its issuing after it, and the words of a citizen's own
/// account that make a date near them personal. The sanitizer decides what a match means.
package enum DocumentShapes {
    /// The first word of an office's mailbox on a government domain: the office's, not a person's.
    package static let officeMailboxes: Set<String> = [
        "thanhtra", "tiepdan", "tiepcongdan", "vanphong", "ubnd", "hotro", "lienhe", "gopy", "phananh", "motcua",
        "duongdaynong", "toasoan", "banbientap", "bbt", "info", "contact", "support", "webmaster", "admin",
    ]
    /// A document's number right before a date makes it the document's date, which is public:
    /// "Quyết định số 1234/QĐ-UBND ngày 12/5/2025", in English "Decision No. 118/QD-TTr dated 02/6/2025".
    package static let documentNumberEnd = DataShapes.regex(
        #"\d+(?:/[a-z0-9.]+)*/[a-z][a-z0-9.-]*,?\s*(?:(?:ngay|dated|of)\s*)?$"#)
    /// A document's name (capitalised, as one is written) or its issuing earlier in the clause makes a
    /// full date the document's: "Văn bản trả lời của Sở … ngày 3/11/2025", "theo Quyết định kỷ luật
    /// ngày 20/10/2025", "ban hành ngày 5/6/2025", "có hiệu lực từ ngày 1/7/2025"; an English translation's
    /// document, capitalised as one is ("the Decision dated 20/3/2025", "The Decision of 02/9/2025").
    package static let documentCueBefore = DataShapes.regex(
        #"(?:(?<![\p{L}\p{M}])(?:Kết luận|Quyết định|Văn bản|Công văn|Thông báo|Nghị định|Thông tư|Báo cáo|Nghị quyết|Chỉ thị|Tờ trình|Luật|Decision|Conclusion|Official Letter|Decree|Circular|Resolution|Directive|Dispatch)|(?i:ban hành|hiệu lực))(?![\p{L}\p{M}])[^,;.:()\n]{0,70}$"#
    )
    /// A public event's name opening the clause, then "diễn ra" or "(được) tổ chức" right before the date:
    /// the event's date, which is public ("Hội nghị tập huấn … diễn ra ngày 14/3/2025 tại …"). Not a
    /// meeting with someone ("Buổi làm việc diễn ra ngày …"): only these events' names open it. Also such an
    /// event's name and "ngày" alone, the date naming the event ("Hội nghị ngày 25/9/2025 của Sở Tư pháp …").
    package static let eventHeldBefore = DataShapes.regex(
        #"(?:^|[.!?;]\s+)(?:Bế giảng|Khai giảng|Khai mạc|Bế mạc|Hội nghị|Hội thảo|Đại hội|Kỳ họp|Kỳ thi|Lễ|Lớp|Cuộc thi|Tập huấn)(?![\p{L}\p{M}])(?:[^;.:()\n]{0,90}(?:diễn ra|tổ chức)(?:\s+vào)?\s+(?:ngày\s+)?|\s+(?:ngày\s+)?)$"#
    )
    /// A date that opens a sentence before a comma and the issuing: "Ngày 15/8/2025, Thanh tra tỉnh
    /// Lào Cai ban hành Kết luận…" (folded); in English, "On 14/7/2025, the Provincial Inspectorate … issued
    /// Conclusion No. …", a document's name after issued (a fine is no document).
    package static let issuedAfter = DataShapes.regex(
        #"^,\s*[^,;.\n]{0,50}?(?<![a-z])(?:ban hanh|issued (?:an? |the )?(?:conclusion|decision|decree|circular|resolution|official letter|directive|dispatch))(?![a-z])"#
    )
    /// Whether the folded text `before` a date opens a sentence: nothing, a sentence's end, or either of them
    /// and the English "On" ("On 14/7/2025, the Inspectorate issued …").
    package static func opensSentence(_ before: String) -> Bool {
        var trimmed = before.trimmingCharacters(in: .whitespaces)
        if trimmed == "on" || trimmed.hasSuffix(" on") {
            trimmed = String(trimmed.dropLast(2)).trimmingCharacters(in: .whitespaces)
        }
        return trimmed.last.map { ".!?\n".contains($0) } ?? true
    }
    /// The first of a month after "từ ngày": the day a law or a reorganisation takes effect (folded).
    /// Not a period's start: "từ 01/03/2026 đến 30/03/2026".
    /// With ngày or without: "Từ 1/7/2025 Luật … có hiệu lực".
    package static let firstOfMonthStart = DataShapes.regex(#"^(?:ngay\s+)?0?1[/.-]"#)
    /// A new administration starting, right before the first of a month (folded): "kể từ khi chính quyền xã mới
    /// hoạt động ngày 1/7/2025", "bộ máy chính quyền hai cấp chính thức vận hành từ 1/7/2025". The day a
    /// reorganisation takes effect is public, whoever tells it (the forty-first round).
    package static let administrationStartEnd = DataShapes.regex(
        #"(?<![a-z])(?:chinh quyen|bo may|(?:xa|phuong|tinh|dac khu) moi|don vi hanh chinh)(?:\s+[a-z]+){0,4}\s+(?:chinh thuc\s+)?(?:di vao\s+)?(?:hoat dong|van hanh)(?:\s+(?:tu|ke tu))?\s*$"#
    )
    /// A period of whole years, from the first of January to the last of December (folded): "thời kỳ thanh
    /// tra từ ngày 01/01/2022 đến ngày 31/12/2024", "giai đoạn 01/01/2021 - 31/12/2023" is an inspection's or a
    /// report's span, which dates no visit.
    static let yearsStart = DataShapes.regex(#"^(?:ngay\s+)?0?1[/.-]0?1[/.-]\d{4}$"#)
    static let yearsEndAfter = DataShapes.regex(
        #"^\s*(?:(?:den|toi)\s+(?:het\s+)?|[-–]\s*)(?:ngay\s+)?31[/.-]12[/.-]\d{4}"#)
    static let yearsEnd = DataShapes.regex(#"^(?:ngay\s+)?31[/.-]12[/.-]\d{4}$"#)
    static let yearsStartBefore = DataShapes.regex(
        #"(?<![\d/.-])0?1[/.-]0?1[/.-]\d{4}\s*(?:(?:den|toi)\s+(?:het\s+)?|[-–]\s*)(?:ngay\s+)?$"#)

    /// Whether the folded `date`, with the folded text `before` and `after` it, is the first of a month
    /// after từ, no period's start ("Từ 1/7/2025 Luật … có hiệu lực"), or bounds a period of whole years.
    package static func takesEffectOrBoundsYears(_ date: String, before: String, after: String) -> Bool {
        Folding.words(before).last == "tu" && firstOfMonthStart.matches(date)
            && !["den", "toi"].contains(Folding.words(after).first ?? "")
            || yearsStart.matches(date) && yearsEndAfter.matches(after)
            || yearsEnd.matches(date) && yearsStartBefore.matches(before)
    }

    /// Words of a citizen's own account, which make a date near them personal (folded).
    package static let firstPersonWords: Set<String> = ["toi", "tui", "em", "minh", "tao", "chung"]
    /// Words before "tao" that make it tạo (to make), no first person (folded): "hóa đơn khởi tạo từ máy tính
    /// tiền kể từ ngày 1/6/2025", "đào tạo", "sáng tạo", "cải tạo", "chế tạo", "cấu tạo".
    static let makingWords: Set<String> = ["khoi", "dao", "sang", "cai", "che", "cau", "kien", "nhan"]

    /// Whether the folded text around a date holds the first person ("tôi", "em", "mình"…), which makes the
    /// date the citizen's. "Hồ Chí Minh" folds to hold "minh" and "khởi tạo" to hold "tao": neither is one.
    package static func speaksFirstPerson(_ folded: String) -> Bool {
        let words = Folding.words(folded.replacingOccurrences(of: "ho chi minh", with: ""))
        return words.indices.contains {
            firstPersonWords.contains(words[$0])
                && !(words[$0] == "tao" && $0 > 0 && makingWords.contains(words[$0 - 1]))
        }
    }
}
