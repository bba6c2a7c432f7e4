import Sanitization
import Testing

/// The thirtieth round's rules for English text (heldout-71 was its training batch: foreign visitors'
/// reviews, forum posts, e-mails to embassies and consular notes), each in sentences of its own, none of
/// them the batch's.
@Suite("Sanitizer: the thirtieth round's English text")
struct SanitizerThirtiethGapEnglishTests {
    static let names: [FamilyCase] = [
        .removes("Thảo", in: "Receptionist Thảo booked the bus for us."),
        .removes("Tuấn", in: "My driver Tuấn, who speaks French, waited two hours."),
        .removes("Hạnh", in: "Our guide Hạnh (a Huế native) paid nothing."),
        .removes("Dũng", in: "the young guide Dũng took our passports to the ward."),
        .keeps("Our guide took us to Huế by the night train."),
    ]

    /// A given name after a role that a determiner makes someone's (or a capitalised role) goes; a Western
    /// name and a place stay.
    @Test(arguments: names) func anEnglishName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let data: [FamilyCase] = [
        .removes("hoa.tours", in: "Text her on Viber at hoa.tours, she replies fast."),
        .keeps("We chatted on Zalo at night with the hotel."),
        .keeps("The Embassy landline 024 3843 1234 is on its website."),
        .keeps("Around 2-9 and 1-1 the trains are full."),
        .removes("30-4", in: "The clerk came on 30-4 to collect it."),
        .removes("117", in: "A guest in room 117 lost her wallet."),
        .removes("305", in: "She took us to 12 Hàng Gai, room 305."),
        .keeps("The meeting is in room 305 of the ministry."),
        .removes("12", in: "The police walked back to 12 Hàng Buồm, where we stayed."),
        .removes("9A", in: "The house at 9A, tổ 3, phường Sơn Trà was let to us."),
        .removes("5", in: "They held my passport from 5 to 8 March."),
        .keeps("The tour takes from 2 to 4 people."),
        .removes("0098765", in: "The ticket number 0098765 was never entered."),
        .keeps("The fine No. 12/QĐ-XPVPHC was published."),
    ]

    /// A handle after a platform and "at", a hotel guest's room, a house's number before a room, a quarter or
    /// after a way back to it, a span's first day and a fine's record go; a platform at a time, an embassy's
    /// landline, two holidays' days, an office's room, a count and a decision's number stay.
    @Test(arguments: data) func anEnglishDatum(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let kept: [FamilyCase] = [
        .keeps("The Bà Đen Mountain cable car was packed on Sunday."),
        .keeps("The Cầu Vàng walkway is free for children."),
        .removes("Nguyễn Thị Hoa", in: "Bà Nguyễn Thị Hoa, the owner, took our passports."),
    ]

    /// A run that opens with Bà, Ông or Cầu after "the" names a place or a figure and stays; a person with no
    /// article goes.
    @Test(arguments: kept) func anEnglishNamedThing(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }
}
