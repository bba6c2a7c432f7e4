import Sanitization
import Testing

/// The rules the English misses of heldout-134, 138 and 142 called for, each in sentences of its own (none taken
/// from the batches): a paper's lettered number with its year, a vehicle paper glossed in Vietnamese, a day
/// arranged for a d.m, a day's ordinal with its suffix, one initial and a surname after a person's word, a name
/// typed in lower case after mr, mrs or ms; and the keeps: a national day the shop is shut for, Tết or a dish
/// after a sentence's "A", a street, hills and a forge's sign that begin like a name.
@Suite("Sanitizer: the thirty-ninth round's English papers, days, initials, lower-case names and keeps")
struct SanitizerThirtyNinthGapEnglishTests {
    static let papersAndDays: [FamilyCase] = [
        .removes("HĐTD-0317/2024", in: "My loan contract HĐTD-0317/2024 was signed by the bank's agent at home."),
        .removes("VSTP-1120/2023", in: "The kitchen's hygiene permit VSTP-1120/2023 was taken by the inspectors."),
        .removes("GPLX-0045/2022", in: "They kept my copy of GPLX-0045/2022 for two weeks without a receipt."),
        .removes("112390", in: "The vehicle registration certificate (ca vet) no. 112390 stayed with the rental."),
        .removes("14", in: "The audit was scheduled for 14.9, and nobody told the owner."),
        .removes("7", in: "Our hearing was postponed till 7/10 without a reason."),
        .removes("3rd", in: "The officer came back on the 3rd of May 2023 with two men."),
        .keeps("Decree 100/2019/NĐ-CP sets the fines for traffic offences."),
        .keeps("The permit was set for 2-3 weeks of work on the road."),
        .keeps("The rule in Circular 12/2023/TT-BCA changed in March."),
    ]

    static let initialsAndLowerCaseNames: [FamilyCase] = [
        .removes("J. Hartmann", in: "The memo was written by J. Hartmann and sent to the ward."),
        .removes("M. Okafor", in: "Tourist M. Okafor said the officer took his passport at the checkpoint."),
        .removes("S. Petrov", in: "Our landlord S. Petrov paid the ward officer in cash."),
        .removes("tuan", in: "Present were mr tuan, the owner and his wife."),
        .removes("lan", in: "We met mrs lan and her son at the ward office."),
        .keeps("We waited at gate B. Then the officers came to the shop."),
        .keeps("Please see annex B. Photos of the site are attached."),
        .keeps("He called himself mr nice guy when he asked for money."),
    ]

    static let keeps: [FamilyCase] = [
        .keeps("The clinic was closed for 2-9, so we came back a week later."),
        .keeps("A Phở stall near the market pays the ward every month."),
        .keeps("A Tết gift basket for the inspector is what they expect."),
        .keeps("Bars on Bùi Viện stay open late and the police walk past them."),
        .keeps("The cable car at Bà Nà Hills was full that weekend."),
    ]

    /// A lettered paper's number with its year goes, and a vehicle paper's glossed in Vietnamese; a day written
    /// d.m, d/m or d-m after scheduled, postponed and the like goes, and an ordinal day with its suffix; a law's
    /// number and a count of weeks stay.
    @Test(arguments: papersAndDays) func aPaperOrADay(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// One initial and a surname after a person's word or by, and a Vietnamese name typed in lower case after
    /// mr or mrs go; a label's letter before a new sentence and an English word after mr stay.
    @Test(arguments: initialsAndLowerCaseNames) func anInitialOrALowerCaseName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A national day a clinic is closed for, Tết or a dish after a sentence's "A", a street and hills that begin
    /// like a name stay.
    @Test(arguments: keeps) func aHolidayADishOrASite(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
