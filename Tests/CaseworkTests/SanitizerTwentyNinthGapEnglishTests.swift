import Sanitization
import Testing

/// The twenty-ninth round's rules for English text (heldout-67 was its training batch: an NGO's research
/// report with interview logs, respondents' codes, footnotes and table rows; expatriates' threads on X and
/// Reddit), each in sentences of its own, none of them the batch's.
@Suite("Sanitizer: the twenty-ninth round's English text")
struct SanitizerTwentyNinthGapEnglishTests {
    static let data: [FamilyCase] = [
        .removes(
            "zero nine one two, three four five, six seven eight",
            in: "R8 read the number as 'zero nine one two, three four five, six seven eight' twice."),
        .removes("oh nine oh three one one two two three four", in: "call oh nine oh three one one two two three four"),
        .keeps("The one, two, three, four rule was read out by the clerk."),
        .removes("thu.giayto_hn", in: "look up 'thu.giayto_hn' on tiktok, she does licences for a fee"),
        .keeps("They call it 'priority' on facebook, but it is a bribe."),
        .removes("LTH", in: "LTH and PVQ (initials only, as agreed) run the copy shop."),
        .removes("PVQ", in: "LTH and PVQ (initials only, as agreed) run the copy shop."),
        .keeps("The NGO paid 200,000 VND per interview in 2024."),
        .removes("9", in: "We went back on 9.4 and the clerk was on leave."),
        .keeps("The project spent on 2.5 hectares of rice."),
        .keeps("Prices rose on 1.5 million households' bills."),
        .removes("45/2023", in: "Birth registration entry no. 45/2023 was corrected."),
    ]

    /// A phone read in English digit words, a quoted handle before its platform, undotted initials that the
    /// text says are initials, a birth registration's entry and a day written d.m after "on" go; counting
    /// words, a quoted word, acronyms and quantities stay.
    @Test(arguments: data) func anEnglishDatum(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let names: [FamilyCase] = [
        .removes("Lan", in: "R7's sister-in-law, Lan, carried the envelope to the ward office."),
        .removes("Thu Hà", in: "Her neighbour, Thu Hà, paid the same amount."),
        .keeps("His son, Hanoi-born, studies law."),
        .removes("T.", in: "The officer asked T. (R22) to come back on Monday."),
        .removes("K.", in: "We interviewed K. (41) at the market."),
        .keeps("See option B. (Annex 2) for the form."),
    ]

    /// A relative's given name in commas and an initial before a respondent's code go; a place in commas and
    /// a list's letter stay. The codes themselves stay.
    @Test(arguments: names) func anEnglishName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let kept: [String] = [
        "Footnote 3: Decree No. 59/2019/ND-CP sets the procedure.",
        "Decree 15/2020/ND-CP dated 3/2/2020 sets the fines.",
        "The hamlet chief, as R9 said, keeps the book.",
        "Mùng 1 Tết is when every office closes.",
        "The provincial Department's hotline, 0236 3822 112, was busy all week.",
    ]

    /// "No." before a number, a document's date, a village's role, a day of Tết spoken of as the holiday and
    /// an office's hotline after a comma stay whole.
    @Test(arguments: kept) func staysWhole(_ text: String) {
        #expect(Sanitizer().sanitize(text, language: .en).text == text)
    }

    static let streets: [(text: String, gone: String, stays: String)] = [
        ("The broker works at 42 Lý Thường Kiệt, near the post office.", "42", "Lý Thường Kiệt"),
        ("R5 rents at 77/3 Phan Đình Phùng, above a shop.", "77/3", "Phan Đình Phùng"),
        ("House 9A Hoàng Diệu, a private home, is the office.", "9A", "Hoàng Diệu"),
    ]

    /// A house's number before a street written with its marks goes; the street stays.
    @Test(arguments: streets) func aHouseOnAStreet(_ row: (text: String, gone: String, stays: String)) {
        let result = Sanitizer().sanitize(row.text, language: .en)
        #expect(FamilyCase.removes(row.gone, in: row.text).holds(result))
        #expect(result.text.contains(row.stays))
    }

    /// The same day is removed when no document's number stands before it.
    @Test func aVisitsDateAfterOnStillGoes() {
        let text = "The clerk came on 15/3/2024 and asked for money."
        #expect(FamilyCase.removes("15", in: text).holds(Sanitizer().sanitize(text, language: .en)))
    }
}
