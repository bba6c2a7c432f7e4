import Sanitization
import Testing

/// The rules the English misses of heldout-102 and heldout-106 called for, each in sentences of its own (none
/// taken from the batches): a card's last digits, an officer's badge, a house's number and letter, a given
/// name quoted after "name", a rare family name; and the keeps a Vietnamese noun after English a, two fixed
/// holidays written with a dash, a named day's date in brackets and a border town.
@Suite("Sanitizer: the thirty-fifth round's English data, names and keeps")
struct SanitizerThirtyFifthGapEnglishTests {
    static let data: [FamilyCase] = [
        .removes("6620", in: "The refund went to a debit card ending 6620 last week."),
        .removes("0917", in: "They asked for the account ending in 0917 to be closed."),
        .removes("318-902", in: "His badge number 318-902 was written on the receipt."),
        .removes("44120", in: "I wrote down badge no. 44120 before he left."),
        .removes("14C", in: "House 14C, tổ 3 is where my brother rents a room."),
        .removes("CA/HN/2023/00412", in: "The police reference is CA/HN/2023/00412, the clerk said."),
        .removes("B3", in: "She rents flat 7.12, block B3, with two friends."),
        .removes("8", in: "Timeline: 8/6 paid the broker; he vanished a week later."),
        .removes("0 9 1 3 — 4 4 2 — 6 0 8", in: "Write it down: 0 9 1 3 — 4 4 2 — 6 0 8, and call at night."),
        .keeps("The bank card ending soon needs renewing at the counter."),
        .keeps("A badge number is printed on every officer's uniform."),
        .keeps("The house 3 km from the market was empty."),
    ]

    static let names: [FamilyCase] = [
        .removes("Thanh", in: "Receipt copied by hand - paid 2 trieu - officer name 'Thanh'."),
        .removes("Dũng", in: "The man gave his name: 'Dũng' and hung up."),
        .removes("Chúc Thị Mai", in: "Chúc Thị Mai was promised a job in a hotel."),
        .removes("Xiao Zhang", in: "The driver was a young man everyone called Xiao Zhang."),
        .removes("Hỗ Trợ Hồ Sơ 247", in: "A stranger with the account 'Hỗ Trợ Hồ Sơ 247' offered to help for a fee."),
        .keeps("The app name 'Zalo' appears on the screen."),
        .keeps("She opened an account 'for savings' at the bank."),
        .keeps("The border post they called Lao Bao was closed that week."),
    ]

    static let keeps: [FamilyCase] = [
        .keeps("My uncle ran a Lò gạch near the river for ten years."),
        .keeps("She sold her ring at a Kim hoàn shop in the market."),
        .keeps("He was labelled a Tòng phạm by the investigators."),
        .keeps("The shops close on 30-4 and again on Quốc khánh 2/9."),
        .keeps("Flowers cost double on Teachers' Day (20/11) in every town."),
        .keeps("The bus stops at Hà Tiên before the border."),
        .removes("12/11", in: "We paid on 12/11, eight days before Teachers' Day (20/11)."),
    ]

    /// A card's or an account's last four digits, a badge's number and a house's number with a letter before a
    /// comma, a police file's reference, a block after a flat, a timeline's first day and a phone spaced digit by
    /// digit with dashes go; a card "ending soon", a badge with no number and a distance after "house" stay.
    @Test(arguments: data) func aCardBadgeOrHouse(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A given name in quotes after an officer's or a person's "name" goes, a Chinese nickname after called, an account's
    /// display name in quotes, and a name
    /// whose family is Chúc; a thing's name in quotes and a border gate after called stay.
    @Test(arguments: names) func aQuotedNameOrRareFamily(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A Vietnamese noun after English a, two fixed holidays written with a dash and a slash, a named day's
    /// date in brackets and the town of Hà Tiên stay; another day in the sentence goes.
    @Test(arguments: keeps) func aNounHolidayOrTown(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
