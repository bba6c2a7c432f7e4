import Sanitization
import Testing

/// The twenty-second round's rules for text written in English and mixed English–Vietnamese (heldout-44
/// was its training batch), each in sentences of its own: Western names, English cues before Vietnamese
/// names, signatures, abbreviations that are no initials, English days, foreign phones, badges, rooms,
/// map pins, profile links and spelled e-mails.
@Suite("Sanitizer: the twenty-second round's English text")
struct SanitizerTwentySecondGapEnglishTests {
    static let westernNames: [FamilyCase] = [
        .removes("Hannah Schmidt", in: "Hello, I am Hannah Schmidt, a volunteer teacher in Cao Bằng."),
        .removes("Willem van Dijk", in: "My husband Willem van Dijk was refused the residence stamp twice."),
        .removes("Patrick O'Connor", in: "The ward told Patrick O'Connor to come back next month."),
        .removes("Thomas Nguyễn", in: "Mr. Thomas Nguyễn said the fee was normal for foreigners."),
        .removes("emily clarke", in: "hello, my name is emily clarke, i live with my husband in Huế"),
        .removes("Isabella", in: "Our daughter's English name is Isabella and she has no insurance card."),
        .removes("Simon \"the Dutchman\"", in: "Simon \"the Dutchman\" is what the clerks call my husband."),
        .removes("George", in: "George was with me at the ward office when they asked for money."),
        .removes("Mark", in: "My colleague's name is Mark and he saw the officer take the envelope."),
        .removes("Peter", in: "Vợ tôi khai tên chồng là Peter nhưng cán bộ ghi sai."),
        .keeps("Will the ward answer our complaint before the end of the year?"),
        .keeps("May I ask why the commune needs another copy of the marriage papers?"),
        .keeps("Mr. Right is a joke my mother-in-law tells about the ward clerks."),
        .keeps("The children study at Marie Curie School in Hà Nội."),
        .keeps("Bác sĩ ở khoa Tim mạch nói hồ sơ thiếu chữ ký, and nobody explained why."),
        .keeps("We walked down Victoria Street to the consulate."),
    ]

    /// A Western given name goes with the surname after it, alone, or in lower case after an
    /// introduction; a given name that is an English word stays without a cue, and a name inside a school's
    /// or a street's stays.
    @Test(arguments: westernNames) func aWesternName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let cuedNames: [FamilyCase] = [
        .removes("Tuấn", in: "I went with my friend Tuấn to the police station at night."),
        .removes("Phượng", in: "My brother-in-law said his wife's cousin, my sister-in-law Phượng, paid them."),
        .removes("Lý", in: "At the desk a woman called Lý told us to wait outside."),
        .removes("Cún", in: "Our son's nickname is Cún and the school wrote it on his card."),
        .removes("lan", in: "my sister in law chi lan paid the officer because I was not there"),
        .removes("Linh Vo", in: "Please help us with this. Thanks, Linh Vo"),
        .removes("pham van tu", in: "Signed: pham van tu (father), anna berg (mother)"),
        .removes("anna berg", in: "Signed: pham van tu (father), anna berg (mother)"),
        .keeps("My friend told me the ward office closes at noon on Fridays."),
        .keeps("Thanks, Phòng Tư pháp answered the next day."),
    ]

    /// A Vietnamese name after an English cue (a friend, an in-law, "called", "nickname is"), a lower-case
    /// name after an honorific typed without marks, the names of a signature and a sign-off go.
    @Test(arguments: cuedNames) func aNameAfterAnEnglishCue(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let abbreviations: [FamilyCase] = [
        .keeps("P.S. The office is open again after the holiday."),
        .keeps("N.B. The form must be signed at the commune."),
        .keeps("She asked why a U.S. passport holder needs a visa exemption letter."),
        .keeps("He is a Việt kiều from Toronto and came back to marry."),
        .keeps("Con rể tôi là người Đức nên phường bắt nộp thêm giấy tờ."),
        .keeps("Chị ấy lấy chồng Tây nên phường bắt nộp thêm giấy xác nhận."),
    ]

    /// P.S., N.B. and U.S. are no initials; "Việt kiều", a foreign people after người and "chồng Tây" are no
    /// names.
    @Test(arguments: abbreviations) func anAbbreviationOrAPeopleStays(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let englishData: [FamilyCase] = [
        .removes("14", in: "The officer came on 14 Feb and asked for 300,000 dong."),
        .removes("9th", in: "On Tue 9th my husband went back to the ward."),
        .removes("twentieth", in: "The letter was sent on the twentieth of October."),
        .removes("+1 (604) 555-0143", in: "You can reach me at +1 (604) 555-0143 in Vancouver."),
        .removes("(212) 555-0190", in: "My office line is (212) 555-0190 during the day."),
        .removes("0084-(0)903-118-274", in: "Call my wife on 0084-(0)903-118-274 please."),
        .removes("48-116", in: "His badge number is 48-116, I took a photo of it."),
        .removes("212", in: "We stay in room 212 of a guesthouse that never registered us."),
        .removes("maps.app.goo.gl/Ab3dE9fGh2", in: "Our house is here: maps.app.goo.gl/Ab3dE9fGh2 near the market."),
        .removes("linkedin.com/in/mark-tan-hcm", in: "My profile: linkedin.com/in/mark-tan-hcm for reference."),
        .removes("Dịch Vụ Visa Nhanh Giá Rẻ", in: "The agent posts as 'Dịch Vụ Visa Nhanh Giá Rẻ' on Zalo."),
        .removes("lan.pham88 @ gmail cham com", in: "Write to lan.pham88 @ gmail cham com if you need papers."),
        .keeps("The inspection ran from March to June 2025."),
        .keeps("The office is on the 5th floor of the building."),
        .keeps("The meeting room 305 is where the ward receives citizens."),
        .keeps("Decree 123 (2015) governs the registration."),
    ]

    /// English days without a year, bracketed and international phones, a badge's number, a room lived in,
    /// a map pin, a profile link, a display name of six words and an e-mail spelled with cham go; a month
    /// alone, a floor, an office's room and a bracketed year stay.
    @Test(arguments: englishData) func personalDataWrittenInEnglish(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }
}
