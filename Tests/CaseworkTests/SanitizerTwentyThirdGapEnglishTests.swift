import Sanitization
import Testing

/// The twenty-third round's rules for English written about Vietnam by outsiders (heldout-47 was its
/// training batch), each in sentences of its own: English days (ordinals, a month's short name before the
/// day, the fixed holidays), forum handles, e-mails with (at) or [at], a platform's common nouns, streets
/// and public figures in English, names after English ranks and kinships, initials after an honorific or
/// a role, Western nicknames.
@Suite("Sanitizer: the twenty-third round's English text")
struct SanitizerTwentyThirdGapEnglishTests {
    static let days: [FamilyCase] = [
        .removes("3rd", in: "On Monday the 3rd, the clerk sent us home without a receipt."),
        .removes("19th", in: "The nurse was paid when my father was admitted the 19th, before surgery."),
        .removes("21st", in: "She came back on the 21st 'to check' and left with VND 500,000."),
        .removes("7", in: "Complaint logged Sep. 7, no reply since then."),
        .removes("23", in: "The hearing moved to Oct 23 without notice."),
        .keeps("Offices close for 30 April and 1 May, the Reunification and Labour Day holidays."),
        .keeps("The 2nd of September is National Day, so the embassy is shut."),
        .keeps("The office is on the 5th floor and opens in August 2025."),
        .keeps("The 20th century saw the ward's office move twice."),
    ]

    /// Ordinals after a weekday's full name, a past verb or before a quote go, and a month's short name
    /// with its dot before the day; the fixed holidays in a text that says so, a floor, a century and a
    /// month with its year stay.
    @Test(arguments: days) func anEnglishDay(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let online: [FamilyCase] = [
        .removes("u/mekong_mike77", in: "Posted by u/mekong_mike77: the ward wanted 2 million for a stamp."),
        .removes("u/HanoiHomebody", in: "u/HanoiHomebody replied that the same officer asked her too."),
        .removes("thu.le (at) gmail dot com", in: "Write to thu.le (at) gmail dot com for the recordings."),
        .removes("quang.vu[at]outlook.com", in: "His address is quang.vu[at]outlook.com, he says."),
        .removes("MikeInHue77", in: "Hospital review by 'MikeInHue77': the cashier charged us twice."),
        .keeps("The 'fixer' took our passports and came back with a receipt."),
        .keeps("Read the thread in r/VietNam about the immigration office."),
        .keeps("The expat Facebook group shared the officer's Facebook profile."),
    ]

    /// A Reddit user's handle, a handle with a capital inside and digits in quotes after "by", and an e-mail
    /// written with (at) or [at] go; a subreddit, a platform's group or profile and scare quotes stay.
    @Test(arguments: online) func anOnlineIdentity(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let places: [FamilyCase] = [
        .keeps("The fine was paid on Ly Thuong Kiet Boulevard near the market."),
        .keeps("The officers wait at the foot of the Hai Van pass every weekend."),
        .keeps("President Ho Chi Minh's mausoleum is closed on Mondays."),
        .keeps("Prime Minister Pham Minh Chinh asked provinces to cut the fees."),
        .removes("Tran Van Hai", in: "The driver Tran Van Hai took VND 200,000 at the checkpoint."),
    ]

    /// A name before an English street's word or a pass, and a name after an English national office,
    /// stays; a private person's name goes.
    @Test(arguments: places) func aPlaceOrAFigure(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let people: [FamilyCase] = [
        .removes("Hòa", in: "Sergeant Hòa wrote nothing down and kept the money."),
        .removes("Thắng", in: "Captain Thắng told us the fee was 'normal'."),
        .removes("Lan", in: "Auntie Lan, who runs the noodle stall, saw the envelope."),
        .removes("K.", in: "Case 8: Mrs. K. (41), from Mộc Châu, paid twice for her land paper."),
        .removes("M.", in: "The clerk at the window, officer M., asked for a 'fee'."),
        .removes("t.q.b.", in: "the guard (initials t.q.b. on his tag) waved us through for 100k"),
        .removes("Big Tony", in: "Big Tony, a Brit who runs a bar, says the police come weekly."),
        .removes("Crazy Dave", in: "Crazy Dave paid the 'agent' for a visa that never came."),
        .removes("Fat Tuấn", in: "Tuấn Béo, or Fat Tuấn, was the one who took the cash."),
        .removes("Lucky Kim", in: "The owner, aka Lucky Kim, said he paid the fire inspectors."),
        .removes("Hải the lawyer", in: "Our contact (Hải the lawyer) says the fee is illegal."),
        .keeps("Captain Morgan rum was sold at the bar without a licence."),
        .keeps("Big C supermarket is next to the ward office."),
        .keeps("The Army General Staff and the Ministry of Public Security replied in May."),
        .keeps("Mr. Big is how the expats call the district chief, but nobody knows him."),
    ]

    /// A given name after an English rank or kinship, a single initial after an honorific or a role, lower-
    /// case initials after "initials", a nickname of a descriptor and a given name, a name after "aka" and
    /// a given name with "the" and its epithet go; a brand, a shop and offices stay.
    @Test(arguments: people) func aPersonInEnglish(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }
}
