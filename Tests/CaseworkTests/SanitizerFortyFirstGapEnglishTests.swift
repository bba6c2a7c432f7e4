import Sanitization
import Testing

/// The rules the English misses of heldout-162 and 166 called for, each in sentences of its own (none taken from
/// the batches): a site's user name in quotes, a quoted handle before "on" and a platform, a surname after
/// "surname", a given name before its trade in a bracket, a nickname after "they call", a Western given name and
/// an initial, a name opening with Thanh before a profile link; a paper's lettered code after its word, a
/// house's number after "house:"; and the keeps: a verb after "on" and a platform, a quoted word before one, a
/// standard's number, a count, "trẻ em" before a capital, "A Tổ" and a place before a bracket.
@Suite("Sanitizer: the forty-first round's English handles, names, papers, houses and keeps")
struct SanitizerFortyFirstGapEnglishTests {
    static let accountsAndNames: [FamilyCase] = [
        .removes("phamquocbao88", in: "Ancestry user 'phamquocbao88' matched my mother's side at 18%."),
        .removes("RiverOfHanoi", in: "GEDmatch user \"RiverOfHanoi\" posted the old orphanage list."),
        .removes("visa_tuan24", in: "The broker 'visa_tuan24' on Zalo wanted a deposit."),
        .removes("HoangMinhShop", in: "A seller called 'HoangMinhShop' on Facebook offered fake papers."),
        .removes("Ông", in: "The clerk, surname Ông, kept our file for a week."),
        .removes("Lã", in: "A policeman with the surname Lã asked for coffee money."),
        .removes("Hoa", in: "Please call Hoa (interpreter) before the meeting."),
        .removes("Sarah", in: "Payments went through Sarah (agent) in the city."),
        .removes("Tâm Ghe Đò", in: "The man the villagers call Tâm Ghe Đò runs the ferry and takes a cut."),
        .removes("Emma L.", in: "Message forwarded from Emma L. about the ward office fees."),
        .removes("Daniel W.", in: "Daniel W. (volunteer) said the guard took 50k."),
        .removes(
            "Thanh Hương Đỗ",
            in: "Facebook post by Thanh Hương Đỗ (facebook.com/thanhhuong.do.77) names the clerk."),
        .keeps("The officer we found on Facebook replied within an hour."),
        .keeps("A woman on Zalo demanded another payment."),
        .keeps("The 'agent' on Zalo never answered us."),
        .keeps("MyHeritage user fees went up this year."),
        .keeps("We met staff from Làng trẻ em Hy Vọng near the river."),
        .keeps("A Tổ dân phố meeting was held in the evening."),
        .keeps("Our trip to Hạ Long (guide) cost 2 million."),
    ]

    static let papersAndHouses: [FamilyCase] = [
        .removes("BV-1207/1989", in: "The hospital gave us birth slip BV-1207/1989 and nothing else."),
        .removes("TM-0457", in: "Her register entry TM-0457 lists a different mother."),
        .removes("KT-QN 0412", in: "They showed the disability certificate KT-QN 0412 at the gate."),
        .removes("AD 20931", in: "The adoption record AD 20931 was sealed."),
        .removes("14A", in: "Her aunt's house: 14A, tổ 7, phường An Cựu, Huế."),
        .keeps("The factory holds certificate ISO 9001 since 2015."),
        .keeps("The card holds up to 500 photos."),
        .keeps("Entry 12 of the register was blank."),
    ]

    /// A site's user name in quotes, a quoted handle before "on" and a platform, a surname after "surname", a given
    /// name before its trade in a bracket, a nickname after "the villagers call", a Western given name and an
    /// initial, and a name opening with Thanh before a profile link go; a verb or a quoted word after or before a
    /// platform, a user's fees, "trẻ em" before a capital, "A Tổ" and a place before a bracket stay.
    @Test(arguments: accountsAndNames) func anAccountOrAName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A paper's lettered code after slip, entry, certificate or record, and a house's number after "house:" go;
    /// a standard's number, a count and a register's line stay.
    @Test(arguments: papersAndHouses) func aPaperOrAHouse(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
