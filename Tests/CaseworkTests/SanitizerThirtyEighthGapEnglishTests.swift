import Sanitization
import Testing

/// The rules the English misses of heldout-122 and 126 called for, each in sentences of its own (none taken from
/// the batches): a nickname's English gloss in a bracket, a surname after "surnamed", a letter's addressee after
/// "Dear", a nickname after "known to everyone as", a lower-case name with the middle name van or thi, a report's
/// party by initials; and the keeps: a people in a list of peoples, a people's
/// elder, a valley's name.
@Suite("Sanitizer: the thirty-eighth round's English glosses, surnames, lower-case names, initials and peoples")
struct SanitizerThirtyEighthGapEnglishTests {
    static let glossesAndSurnames: [FamilyCase] = [
        .removes("Short Tư", in: "Villagers call him Tư Lùn (Short Tư) and he sells the forms."),
        .removes("Fat Lan", in: "A woman called 'Lan Béo' (Fat Lan) collects the fee at the gate."),
        .removes("Blind Sáu", in: "Locals nicknamed him Sáu Cận (Blind Sáu) because of his thick glasses."),
        .removes("Bald Hòa", in: "The broker nicknamed Hòa Trọc (Bald Hòa) kept our papers for a month."),
        .removes("Khổng", in: "A clerk surnamed Khổng asked for 500k to stamp the form."),
        .removes("Lò", in: "The driver, an older man surnamed Lò, took us to the border post."),
        .removes("Thu", in: "Dear Thu, my landlord wants 3 million for the police."),
        .removes("Hùng Xe Khách", in: "The broker, known to us as Hùng Xe Khách, kept the passports."),
        .keeps("Dear Embassy, I write about my visa."),
        .keeps("Dear Sir, please find my papers attached."),
        .keeps("The market is known to locals as Chợ Lớn, the big market."),
        .keeps("The guide took us to Hoàn Kiếm (Sword Lake) at dawn."),
        .keeps("We swam at Mỹ Khê (My Khe Beach) before the meeting."),
    ]

    static let lowerCaseNamesAndInitials: [FamilyCase] = [
        .removes("le thi mai", in: "my landlord's wife, le thi mai, told us to pay the police."),
        .removes("do van hung", in: "paid to: do van hung - 2tr for the stamp"),
        .removes("lo thi hoa", in: "the interpreter (lo thi hoa) read the receipt aloud."),
        .removes("PTL", in: "Respondent PTL said the fee was paid twice."),
        .removes("NTB", in: "Complainant NTB told the hotline about the bribe."),
        .removes("DVT", in: "The village head, interviewee DVT, asked us to leave."),
        .keeps("We rented a van and drove to the commune office."),
        .keeps("The thi in my notes means the exam, not a name."),
        .keeps("Respondent ID numbers were removed from the sheet."),
        .keeps("Each respondent NGO Worker answered the same form."),
    ]

    static let keeps: [FamilyCase] = [
        .keeps("Kinh, Ê Đê, Mường, Tày and Jarai families took part in the survey."),
        .keeps("We walked the Mai Châu valley for two days."),
        .keeps("A Dao elder explained the fee to us in the market."),
        .keeps("Two Hmông elders and a Khmer monk signed the petition."),
    ]

    /// A capitalised English word and a given name in a bracket go when the given name stands in the sixty
    /// characters before it, and so do a surname after "surnamed", a given name after a letter's "Dear" and a
    /// nickname after "known to us as"; a place's English name in a bracket, an office or a title after "Dear" and
    /// a market known to locals stay.
    @Test(arguments: glossesAndSurnames) func aGlossOrASurname(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A family, van or thi and a given name in lower case go before a pause, a dash or a bracket, and two to four
    /// capitals after a report's party; a van, an exam's thi, an ID and an NGO stay.
    @Test(arguments: lowerCaseNamesAndInitials) func aLowerCaseNameOrInitials(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A people in a list of peoples, a people's elders and a valley's name stay.
    @Test(arguments: keeps) func englishKeeps(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
