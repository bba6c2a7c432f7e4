import Sanitization
import Testing

/// The twenty-sixth round's rules for English written by Vietnamese people (heldout-51 and heldout-54 were
/// its training batches), each in sentences of its own: full names in capitals with a middle name and no
/// honorific, a nickname with its literal translation in brackets, given names after a lower-case kinship
/// or an office's role, a full name in lower case with its middle name, and a village's Vietnamese word left in lower case before its commune or ward.
@Suite("Sanitizer: the twenty-sixth round's English by Vietnamese writers")
struct SanitizerTwentySixthGapEnglishTests {
    static let capitals: [FamilyCase] = [
        .removes(
            "TRAN VAN KHOI", in: "TRAN VAN KHOI / applicant / Nam Dinh - the form cut the last letter of the name."),
        .removes("DO VAN KHANH", in: "THE LANDLORD IS DO VAN KHANH, HE KEPT OUR DEPOSIT FOR 3 MONTHS"),
        .removes("VU THI THANH HUONG", in: "The transfer was made to VU THI THANH HUONG at Vietcombank."),
        .removes("LE HOANG NAM", in: "my visa write LE HOANG NAM but the school list write Le Nam, please help."),
        .removes("QUACH THI MAI", in: "The card of QUACH THI MAI was printed without the accent."),
        .keeps("We flew from HO CHI MINH CITY to Osaka in May 2025 with two children."),
        .keeps("The sign on LE VAN SY STREET was changed after the ward merger."),
        .keeps("PLEASE HELP, THE DISTRICT PEOPLE'S COMMITTEE DID NOT ANSWER OUR LETTER."),
    ]

    /// A Vietnamese full name in capitals (a family, a middle name, one or two syllables) goes in English
    /// text without an honorific; a city, a street named after a person and an agency in capitals stay.
    @Test(arguments: capitals) func aFullNameInCapitals(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let translatedNicknames: [FamilyCase] = [
        .removes("Hai Bald", in: "Hai Bald (Hai troc) sells the fake work permits and visas near the station."),
        .removes("Hai troc", in: "Hai Bald (Hai troc) sells the fake work permits and visas near the station."),
        .removes("Quan Tall", in: "The driver Quan Tall (Quan cao) asked us for 500k."),
        .removes("Fat Phuc", in: "Everyone knows Fat Phuc (Phuc beo) from the bus station."),
        .removes("Phuc beo", in: "Everyone knows Fat Phuc (Phuc beo) from the bus station."),
        .removes("Duc the Korean", in: "Duc the Korean (Duc Han) took the passports of six workers."),
        .removes(
            "Hang Fish", in: "Hang Fish (Fishmonger Hang) lends money to the workers at 20 % a month, she is rich."),
        .keeps("Vinh Long Province (Tinh Vinh Long) issued the paper in 2024."),
        .keeps("Hoan Kiem Lake (Ho Guom) is closed to cars on weekends."),
        .keeps("Ben Thanh Market (Cho Ben Thanh) opens at 6 am every day."),
    ]

    /// A given name and an English word before a bracket that holds the same given name and its Vietnamese
    /// word (either order) are a nickname and its translation: both go. A place and its Vietnamese name stay.
    @Test(arguments: translatedNicknames) func aNicknameWithItsTranslation(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let kinships: [FamilyCase] = [
        .removes("Sau", in: "Grandma Sau keeps the old household book and the land paper."),
        .removes("Minh", in: "everyone call him teacher Minh in the commune, he keep the papers."),
        .removes("Dung", in: "cadre Dung of the land office asked for 2 million more."),
        .removes("Linh", in: "Agent Linh: please send the passport scan again."),
        .removes("Lan", in: "my older sister Lan lives in Osaka with her husband."),
        .removes("Hoa", in: "My grandmother Hoa signed as the witness in 1990."),
        .keeps("Agent Orange victims in Dong Nai receive a monthly allowance."),
        .keeps("Our sister company Vina Steel signed the contract in May and paid."),
    ]

    /// A given name after a kinship in lower case (grandma, sister, brother) or an office's role (cadre,
    /// agent, teacher) goes; a chemical's name and a company stay. Every row holds an English word of
    /// ``WesternNames``' gate ("is", "and", "from"…): without one the text is read as Vietnamese.
    @Test(arguments: kinships) func aGivenNameAfterAKinshipOrARole(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let villages: [FamilyCase] = [
        .removes("ban Pa Co", in: "My mother was born in ban Pa Co, Pa Co commune, Son La province."),
        .removes("buon Ea Na", in: "buon Ea Na, Ea Kar commune, Dak Lak is written on my birth certificate."),
        .removes("ap Tan Hoa", in: "My parents in ap Tan Hoa, Long Phu commune do not have internet."),
        .removes("xom Dong", in: "Our house in xom Dong (a small village) was sold in 2020."),
        .removes("Group 5", in: "Group 5, xom Bai, Nghia Dan commune - this is my father's address."),
        .keeps("The ban on plastic bags in Hoi An starts in June, the commune says."),
        .keeps("The ban was lifted, Phu Quoc ward announced in May."),
    ]

    /// A village's Vietnamese word left in lower case and its capitalised name before a comma or a bracket
    /// whose next part names a commune, a ward or a village go; an English "ban" stays.
    @Test(arguments: villages) func aVillageLeftInVietnamese(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let lowerCase: [FamilyCase] = [
        .removes("doan quoc khanh", in: "my old landlord doan quoc khanh still keeps our deposit of 10 million."),
        .removes("doan minh tuan", in: "the interpreter doan minh tuan will come with me to the office."),
        .removes("cao van toan", in: "pls ask cao van toan about the residence card, he knows the agent"),
        .keeps("my son studies at truong thcs dang thai mai in Vinh, the school is good."),
        .keeps("we ate at quan com van thanh near the ward office, it was cheap."),
    ]

    /// A Vietnamese full name in lower case without marks, a family, a middle name and one or two given
    /// names, between English words goes; unmarked Vietnamese around it (a school, a shop) keeps it.
    @Test(arguments: lowerCase) func aLowerCaseFullName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }
}
