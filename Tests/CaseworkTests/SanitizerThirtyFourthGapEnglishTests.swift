import Sanitization
import Testing

/// The rules the English among heldout-90's and heldout-94's misses called for, each in sentences of its own
/// (none taken from the batches): the first of two days before one month's name, a day and month after a
/// weekday's name, a criminal-record certificate's number known by its suffix, and a given name after "her
/// name was" or after an examiner, an instructor or a broker.
@Suite("Sanitizer: the thirty-fourth round's English days and certificates")
struct SanitizerThirtyFourthGapEnglishTests {
    static let days: [FamilyCase] = [
        .removes("4", in: "The officer called her in on 4 and 9 March to sign the same form."),
        .removes("12", in: "We visited the registry office on 12 or 13 June, she does not remember which."),
        .removes("21", in: "On Friday 21.3 the clerk asked me for an envelope."),
        .removes("4", in: "The courier came on Tuesday, 4/11 and took the originals."),
        .keeps("Rooms 2 and 3 may be used by the applicants while they wait."),
        .keeps("The office is closed on Sunday and reopens at 8 in the morning."),
        .keeps("He studied on Sunday 2-3 hours to pass the theory test."),
    ]

    static let certificates: [FamilyCase] = [
        .removes("20871/LLTP", in: "The certificate sent to my sister in Busan bore the number 20871/LLTP."),
        .removes("3345/STP-LLTP", in: "My criminal record certificate 3345/STP-LLTP was refused by the embassy."),
        .keeps("Decision 1234/QĐ-UBND set the fees for criminal record certificates in the province."),
        .removes("s3901234", in: "Her student ID s3901234 was used to order a transcript behind her back."),
        .removes("4471", in: "The translation bears certificate number 4471 from a notary office."),
        .removes("0561239", in: "The cà vẹt number 0561239 was copied onto a fake sales contract."),
        .removes("2C", in: "His new address in Manchester is Flat 2C, above a shop."),
        .keeps("Every student number is printed on the back of the card."),
        .keeps("The certificate number is printed at the bottom of the page."),
    ]

    static let names: [FamilyCase] = [
        .removes("Hạnh", in: "The clerk who took the file said her name was Hạnh and asked for cash."),
        .removes("Phúc", in: "Examiner Phúc said the car had passed without checking the lights."),
        .removes("Duy", in: "Our instructor Duy collected the money in an envelope."),
        .removes("Tuấn", in: "The man at the counter (Broker Tuấn) told us a licence would take a week."),
        .removes("Sáu Giấy Phép", in: "At the market everyone says the fixer goes by Sáu Giấy Phép now."),
        .keeps("The name of the centre is written on the gate in red letters."),
        .keeps("The bus goes by Hà Nội station every hour."),
        .keeps("The examiner said the car failed the parking test."),
    ]

    /// A Vietnamese given name after "her name was" or "his name is", and after an examiner, an instructor or a
    /// broker named so, goes, and so does a nickname after "goes by"; a place's name and a role alone stay.
    @Test(arguments: names) func aNameGivenOrAfterATrade(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// The first of two days before one month's name and a day and month after a weekday's name go, the
    /// month staying; rooms before "may", a weekday alone and hours counted on a weekday stay.
    @Test(arguments: days) func aDayBeforeAMonthOrAfterAWeekday(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A criminal-record certificate's number, known by its LLTP suffix, goes wherever it stands, and so does
    /// the number after student ID, certificate number or cà vẹt number, and a flat's number of digits and a
    /// letter; a decision's number and a cue with no
    /// number stay.
    @Test(arguments: certificates) func aCriminalRecordCertificate(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
