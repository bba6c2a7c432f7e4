import Sanitization
import Testing

/// The twenty-seventh round's rules for English field notes and interpreters' chats (heldout-58 was its
/// training batch), each in sentences of its own: the fixed holidays written d/m, ordinal days after any
/// verb or a weekday in lower case, residential units in lower case or in their Vietnamese words without
/// marks, lower-case initials with dots inside, a name after "nicknamed".
@Suite("Sanitizer: the twenty-seventh round's English text")
struct SanitizerTwentySeventhGapEnglishTests {
    static let days: [FamilyCase] = [
        .removes("8", in: "Interview done the 8th, follow-up later; both at the house."),
        .removes("15", in: "First visit went fine, follow-up the 15th; the clerk was absent."),
        .removes("12", in: "anh oi, friday the 12th i bring grandma to make the card"),
        .removes("14/6", in: "Visit on Sat 14/6, before the 2/9 holiday, with 2 HHs."),
        .keeps("The one-stop shop was closed for the 30/4 and 1/5 holidays, backlog 118 dossiers."),
        .keeps("The fine was paid after the 2/9 holiday at the treasury."),
        .keeps("He was the 3rd in line at the office."),
        .keeps("The delegation attended the 13th Congress in January 2026."),
    ]

    /// An ordinal after any lower-case word and "the" before a pause, or after a weekday in lower case, goes;
    /// the fixed holidays written d/m in a text that speaks of a holiday stay, and a rank or an anniversary.
    @Test(arguments: days) func anEnglishDay(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let residences: [FamilyCase] = [
        .removes("group 4", in: "HH in group 4, Quyet Thang ward: 3 children without HI cards."),
        .removes("khoi 2", in: "HH in khoi 2, Truong Vinh ward, has 2 kids without birth certificates."),
        .removes("doi 6", in: "Resp. lives in team 6 (doi 6) of the old state farm."),
        .removes("to dan pho so 3", in: "Resp. lives in residential group no. 3 (to dan pho so 3), near the market."),
        .removes("residential group no. 3", in: "Resp. lives in residential group no. 3 (to dan pho so 3)."),
        .keeps("Group 7 of the inspection delegation visited the ward office."),
        .keeps("The commune's team 2 won the football match against the ward's team."),
        .keeps("Children in age group 4 to 6 at the ward kindergarten get free meals."),
    ]

    /// A numbered group, team or zone in lower case before a ward's or commune's chain, and the Vietnamese
    /// unit words without marks (khoi, doi, to dan pho) with a number, go; a delegation's group or a sports
    /// team stays.
    @Test(arguments: residences) func aResidence(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let names: [FamilyCase] = [
        .removes("n.v.t", in: "msg: anh oi, n.v.t says tomorrow he go get the licence"),
        .removes("t.t.h.", in: "the receipt was signed t.t.h. and nobody knows who"),
        .removes("Bong", in: "The baby, nicknamed Bong, still has no birth certificate at 4 months."),
        .removes("Ti", in: "Her son, nicknamed Ti, was registered late."),
        .removes("Thuy", in: "CPC clerk Thuy said the form was written in Thai script."),
        .removes("Nhung", in: "Visit with interpreter Nhung, 2 HHs only."),
        .removes("Lan N.", in: "Lan N. (CPC culture officer) promised to send us the list by Friday."),
        .removes("Minh T.", in: "Minh T. says the fee was paid twice at the ward."),
        .removes("K. Thach", in: "K. Thach, a Khmer farmer, says the commune wrote his birth year wrong."),
        .keeps("The clerk at Ha Tinh office refused the form written in Thai script."),
        .keeps("The interpreter from Hanoi translated the whole meeting."),
        .keeps("See plan B. Ha Tinh province will decide."),
        .keeps("Use form B. Do not sign it before the hearing."),
        .keeps("The clinic opens at 7 a.m. and closes at 5 p.m. every day."),
        .keeps("See the guideline, i.e. the form, at the commune office."),
        .keeps("A scheme nicknamed 'the red book shortcut' was reported to the police."),
    ]

    /// Three lower-case letters with dots between them are initials; a capitalised word after "nicknamed"
    /// is a name; a given name typed without marks after a clerk or an interpreter in lower case, before one
    /// initial, and a family typed without marks after one initial are names. The times of day, "i.e." and a scheme's nickname in lower case stay.
    @Test(arguments: names) func aName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }
}
