import Sanitization
import Testing

/// The twenty-fourth round's rules for names in English text (heldout-49 was its training batch), each in
/// sentences of its own: the names of Asian foreigners in Vietnam (a family and a given name of the
/// lexicons, a hyphenated given name, initials, Chinese characters in brackets), Vietnamese names in
/// capitals after an English honorific, full names typed without marks whose family is a word, nicknames
/// in quotes, and names after a rank or a kinship in lower case.
@Suite("Sanitizer: the twenty-fourth round's names in English text")
struct SanitizerTwentyFourthGapEnglishNamesTests {
    static let asian: [FamilyCase] = [
        .removes("Yamada Takeshi", in: "Yamada Takeshi, the warehouse manager, says the fire police asked for cash."),
        .removes("Lee Seo-yeon", in: "Our accountant Lee Seo-yeon was told to pay a 'processing fee'."),
        .removes("PARK SEO-JUN", in: "The passport of Mr. PARK SEO-JUN was kept for a week."),
        .removes("Wang Xiaoming", in: "Wang Xiaoming from Guangzhou paid the agent twice."),
        .removes("Lin Yi-ting", in: "Lin Yi-ting (林怡婷) was asked for money at the ward office."),
        .removes("林怡婷", in: "Lin Yi-ting (林怡婷) was asked for money at the ward office."),
        .removes("Anita Gupta", in: "Anita Gupta, finance lead, confirms the two payments."),
        .removes("Rahul VERMA", in: "The work permit of Mr. Rahul VERMA expired in May."),
        .removes("Somchai Boonmee", in: "Somchai Boonmee reports that the driver was fined without a receipt."),
        .removes("Suzuki K.", in: "Suzuki K. and his deputy signed the letter to the inspectorate."),
        .removes("Chang Y.H.", in: "Chang Y.H. says the workers were asked for money."),
        .removes("Rosario D.", in: "Rosario D. (line leader) says the inspector called her twice."),
        .keeps("Lotte Mart and Park Hyatt Saigon were not inspected this year."),
        .keeps("The Kim Ma street market and Thai Binh Province are not part of this case."),
        .keeps("Samsung, LG Display and Canon Vietnam signed the commitment in March 2025."),
        .keeps("The Korea-Vietnam Friendship Hospital opened a new wing in Thanh Hoa."),
    ]

    /// A family and a given name of the Asian lexicons (either order), a hyphenated given name, initials
    /// and Chinese characters in brackets go; one listed word alone, a shop and a place stay.
    @Test(arguments: asian) func anAsianName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let capitals: [FamilyCase] = [
        .removes("GIANG A SINH", in: "Mr. GIANG A SINH, born 1990, is the person who made the complaint."),
        .removes("TA THI HONG", in: "Mr. LE VAN NAM and Ms. TA THI HONG are the two witnesses."),
        .removes("KSOR H'BLONG", in: "Ms. KSOR H'BLONG attended the meeting with her husband."),
        .removes("Khuc Minh Hoang", in: "The truck of Khuc Minh Hoang was stopped near the bridge."),
        .removes("Tong Van Lanh", in: "Our storekeeper Tong Van Lanh was asked for a bribe."),
        .keeps("The Chairman of the UBND said the CSGT team of PC03 had finished the case."),
        .keeps("The DISTRICT PEOPLE'S COMMITTEE issued its decision in May 2025."),
        .keeps("The complaint concerns Le Van Sy Street and Hoang Van Thu Ward."),
    ]

    /// A Vietnamese name in capitals after an English honorific, and a full name typed without marks whose
    /// family is a word, go; acronyms, an agency in capitals and streets named after people stay.
    @Test(arguments: capitals) func aNameInCapitalsOrUnmarked(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let nicknames: [FamilyCase] = [
        .removes("Lam 'Gau'", in: "The fixer, Lam 'Gau', took the money from the workers."),
        .removes("tuan 'cop'", in: "everyone knows the guy is tuan 'cop' from the checkpoint"),
        .removes("Tam Sau Ngon", in: "The workers know him as 'Tam Sau Ngon' at the market."),
        .removes("Hung Beo", in: "The drivers call the officer 'Hung Beo' behind his back."),
        .removes("Short Hung", in: "A man we call Short Hung collected the money."),
        .removes("Big Khoa", in: "We only knew the inspector as Big Khoa."),
        .removes("Phuong", in: "The parcel was left with uncle Phuong at the gate."),
        .removes("Hieu", in: "Comrade Hieu of the commune police took the envelope."),
        .removes("ha linh", in: "my friend's name is ha linh (ha thi linh), please call her"),
        .removes("le thi hoa", in: "Employee le thi hoa (night shift) confirmed the payment."),
        .keeps("Such documents are known as 'Red Books' in Vietnam."),
        .keeps("The workers call the extra payment 'coffee money'."),
        .keeps("The officers were taking a 'short break', the manager said."),
        .keeps("The man on Zalo is the 'broker' who kept our passports."),
    ]

    /// Nicknames in quotes after a cue or right after a given name, a descriptor and a given name typed
    /// without marks, a name after a lower-case kinship or "Comrade", and names in lower case after "name
    /// is" or "employee" go; quoted common words stay.
    @Test(arguments: nicknames) func aNicknameOrCuedName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }
}
