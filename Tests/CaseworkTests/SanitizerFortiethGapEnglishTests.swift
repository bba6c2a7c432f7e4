import Sanitization
import Testing

/// The rules the English misses of heldout-146 and 150 called for, each in sentences of its own (none taken from
/// the batches): an East Asian name typed in lower case with its hyphenated given name, a family that reads as a
/// place before one, a family after a capitalised Director or Madam, a given name after a capitalised
/// caseworker, a country's nickname after "known in the village as" or a group's "nickname … is", a given name
/// after a partner; a case's code whose letters are a road's before a year and a serial, a paper's lettered
/// code with its year first, coordinates after "at", a house's number, a Korean flat's; and the keeps: hyphenated words, a place's "-based", a
/// bare role, a road's number, a standard's year, a time with a dot and a decree's number.
@Suite("Sanitizer: the fortieth round's English names, nicknames, codes, dwellings and keeps")
struct SanitizerFortiethGapEnglishTests {
    static let names: [FamilyCase] = [
        .removes(
            "park min-seo",
            in: "Intake sheet: wife's name: nguyen thi hoa, husband: park min-seo, married in 2019."),
        .removes("choi yoon-ah", in: "The caller said her mother-in-law choi yoon-ah hid the passports."),
        .removes("huang mei-hsiung", in: "notes in lower case: the groom huang mei-hsiung paid the broker twice"),
        .removes("Kim Dong-wook", in: "Her husband Kim Dong-wook kept the marriage papers in his office."),
        .removes("Lin", in: "The worker said Madam Lin kept her wages for three months."),
        .removes("Zhang", in: "Director Zhang of the agency refused to meet the families."),
        .removes("Phương", in: "Caseworker Phương called the client's mother twice."),
        .removes("Thảo Đài Loan", in: "The matchmaker is known in the hamlet as Thảo Đài Loan."),
        .removes("Vinh Hàn Quốc", in: "His nickname in the Facebook group is Vinh Hàn Quốc, the caller said."),
        .removes("Dũng Tàu", in: "She travels with her partner Dũng Tàu to the border."),
        .removes(
            "Hùng Hàn Quốc",
            in: "Hùng Hàn Quốc (so called because he drove trucks in Korea) keeps the money."),
        .keeps("Hà Nội (so called since 1831) is the capital."),
        .keeps("The park-and-ride lot near the ferry was full."),
        .keeps("We took the Hai Phong-based ferry to the island."),
        .keeps("Director of the agency refused to comment."),
        .keeps("The lee side of the boat-house stayed dry."),
        .keeps("The client met the caseworker at nine."),
    ]

    static let codesAndPlaces: [FamilyCase] = [
        .removes("QT-2025-0142", in: "Hotline case QT-2025-0142: the client says the broker kept her passport."),
        .removes("HL-2023-1187", in: "Case HL-2023-1187 was closed after the client went home."),
        .removes("HĐLĐ-2024/0318", in: "Her labour contract HĐLĐ-2024/0318 lists a salary she never got."),
        .removes("10.7769, 106.7009", in: "The client's room is at 10.7769, 106.7009 according to her phone."),
        .removes("14A", in: "They kept the girls in a house at 14A, phố Hàng Bạc, for a week."),
        .removes("56/3", in: "The family's house number 56/3 is on the dike road."),
        .removes("204-1502", in: "Her husband's apartment in Suwon, 204-1502, is where she was kept."),
        .removes("101-903", in: "The couple's flat 101-903 has a lock on the outside, she said."),
        .keeps("The house had number plates from three provinces."),
        .keeps("The flat cost 300-400 USD a month."),
        .keeps("Her apartment in Busan had two locks on the door."),
        .keeps("The bus leaves from HL 15 at the crossroads every hour."),
        .keeps("Standard TCVN 2019 covers the fire doors."),
        .keeps("The ferry leaves at 5.30 and comes back at 7.45."),
        .keeps("Decree 152/2020/NĐ-CP governs foreign workers."),
    ]

    /// A lower-case Korean, Chinese or Taiwanese name with its hyphenated given name goes, a family read as a
    /// place too when a hyphenated given name follows; a family after Director or Madam, a given name after
    /// Caseworker, a nickname of a given name and a country after "known in the hamlet as" or "nickname in the
    /// … group is" or before "(so called", and a name after "partner" go; hyphenated words, a place's "-based" and bare roles stay.
    @Test(arguments: names) func aNameOrANickname(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A case's code of a road's letters, a year and a serial, a paper's code with its year first, coordinates
    /// after "at", a house's number before a street or after "house number", and a Korean flat's building and
    /// unit go; number plates, a rent's range, a flat's city, a road's number, a standard's year, times and a
    /// decree's number stay.
    @Test(arguments: codesAndPlaces) func aCodeOrADwelling(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
