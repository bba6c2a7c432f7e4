import Sanitization
import Testing

/// The rules the English misses of heldout-186 and 190 called for, each in sentences of its own (none taken from
/// the batches): a chat line's writer after a messenger's time in brackets or after a group and a dash, a
/// lower-case name written or signed "as"; and the keeps: a national day after "after" or "before", and a Vietnamese compound word after an English determiner.
@Suite("Sanitizer: the forty-second round's English chat writers, holidays and Vietnamese words")
struct SanitizerFortySecondGapEnglishTests {
    static let chatWriters: [FamilyCase] = [
        .removes("Hoa", in: "[Zalo 08:15] Hoa: the clerk wants 500k before Friday"),
        .removes("Lan Anh", in: "[Telegram 19:40] Lan Anh: he said the stamp costs extra"),
        .removes("Quang", in: "Village Zalo group — Quang: the officer came back for the money"),
        .removes("Peter", in: "Expat chat – Peter: the visa agent asked me for 200 dollars"),
        .keeps("Parents' Zalo group — Admin: please read the school's notice on fees."),
        .keeps("Residents' chat — Notice: the water will be off on Sunday."),
        .keeps("Expat group — Hà Nội: rents went up again this month."),
    ]

    static let holidays: [FamilyCase] = [
        .keeps("The clerk said the stamp would come right after 2/9, once the office reopened."),
        .keeps("Nobody at the ward answers the phone before 30-4, so we wait."),
        .keeps("We were told to come back after 1-5 with the originals."),
        .removes("18", in: "She paid on 18-4 and was told the card would be ready after 30-4."),
        .removes("30", in: "The broker wanted the cash by 30-4."),
        .removes("2", in: "He came on 2/9 and asked for the cash."),
    ]

    static let vietnameseWords: [FamilyCase] = [
        .keeps("A Danh mục of banned goods hangs at the border post."),
        .keeps("The Vi phạm (violation) record was read out to the driver."),
        .keeps("Each Kim loại dealer in the district pays the ward monthly, they say."),
        .keeps("A Lò gạch (brick kiln) behind the market was fined twice."),
        .keeps("One Cầm cố (pawn) shop near the school lends to students."),
        .removes("Phủng", in: "A Phủng bán hủ tiếu ở đầu hẻm, bị phường thu tiền."),
        .removes("Dình", in: "Mùa A Dình chở rau xuống chợ thì bị giữ xe."),
    ]

    static let namesWrittenAs: [FamilyCase] = [
        .removes("lý minh", in: "In the chat the broker signs every message as lý minh, promising a quick stamp."),
        .removes("trinh my linh", in: "The cashier wrote her name as trinh my linh on the slip."),
        .removes("đỗ thị hoa", in: "The clerk typed the name as đỗ thị hoa in the register."),
        .removes("vo minh", in: "Her card lists the guarantor as vo minh and nothing more."),
        .keeps("Households pledged their red books as cam co with private lenders."),
        .keeps("He signed the form as an interpreter for the family."),
        .keeps("She typed it as le in the field for family name."),
        .keeps("The officer signed as head of the team."),
    ]

    /// A writer's name after a messenger's name and a time in brackets, or after a chat group and a dash when it
    /// opens on a given name, goes; a group's "Admin:" or "Notice:" and a town stay.
    @Test(arguments: chatWriters) func aChatWriter(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A national day after "after" or "before" is the holiday and stays; a day that is no national day, and a
    /// national day after "by", still go.
    @Test(arguments: holidays) func aHolidayOrADay(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A Vietnamese compound word after an English determiner at a sentence's start stays; a Hoa pet name and a
    /// Hmông middle A in Vietnamese text still go.
    @Test(arguments: vietnameseWords) func aVietnameseWordOrAName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A lower-case family and given names after "as", where a word before says a name is written, signed or
    /// listed so, go; a lone family, an English word after "as" and a pawn's "cam co" with no such word stay.
    @Test(arguments: namesWrittenAs) func aNameWrittenAs(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
