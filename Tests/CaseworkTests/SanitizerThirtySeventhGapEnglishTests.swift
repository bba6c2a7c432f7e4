import Sanitization
import Testing

/// The rules the English misses of heldout-114 and 118 called for, each in sentences of its own (none taken from
/// the batches): a lower-case name after "like", "thanks to" or an opening quote; a display name after "name is",
/// a bracket's "name:", a sender or a site's user; a given name with its nickname in quotes; a card's or a
/// certificate's code, a room someone knocked on, a flat's code, a day after a complaint or a bracketed timeline;
/// and the keeps: a people's name before its customs, a cave's name, a Vietnamese noun after a sentence's "A", an
/// official letter's date.
@Suite("Sanitizer: the thirty-seventh round's English names, handles, codes, rooms and days")
struct SanitizerThirtySeventhGapEnglishTests {
    static let lowerCaseNames: [FamilyCase] = [
        .removes("tran van hung", in: "Our guide was someone like tran van hung, always late but honest."),
        .removes("nguyen thi lan", in: "Thanks to nguyen thi lan they found the lost bag at the pier."),
        .removes(
            "pham duc anh", in: "My cousin texted 'pham duc anh from the district office called again' last night."),
        .keeps("We went to ha long bay in the morning and back by noon."),
        .keeps("Thanks to the new rules we paid nothing at the gate."),
        .keeps("It looks like rain at the pier, so the boats stay in."),
    ]

    static let displayNames: [FamilyCase] = [
        .removes("Hạnh Địa Chính", in: "He wrote to us on Zalo (name: Hạnh Địa Chính) and asked for a deposit."),
        .removes("Thảo Vy Du Lịch", in: "The seller's Facebook name is Thảo Vy Du Lịch and she answers at night."),
        .removes("Bảo Ngọc Shop 2020", in: "The sender 'Bảo Ngọc Shop 2020' asked for the deposit by bank transfer."),
        .removes("HanoiWanderer88", in: "Reddit user HanoiWanderer88 said the same officer stopped him twice."),
        .removes("saigon_sam", in: "The reviewer saigon_sam wrote that the boat never left the pier."),
        .removes("Tâm 'Sài Gòn'", in: "We hired Tâm 'Sài Gòn' to drive us to the border."),
        .removes("Long 'Việt Kiều'", in: "My uncle trusted Long 'Việt Kiều' with the deposit for the land."),
        .keeps("The official Facebook page is Báo Tuổi Trẻ and it posted the photos."),
        .keeps("User fees at the national park went up in March."),
        .keeps("Every user ID is checked at the counter."),
        .keeps("The user 'admin' posted the rules of the group."),
    ]

    static let codesRoomsAndDays: [FamilyCase] = [
        .removes("TT-55102", in: "His staff card showed number TT-55102 and a photo of someone else."),
        .removes("LS 00871", in: "The lawyer's practising certificate, No. LS 00871, was a forgery."),
        .removes("512", in: "At midnight someone knocked on room 512 and asked for our passports."),
        .removes("208", in: "The police searched our room 208 while we were at breakfast."),
        .removes("B2-0705", in: "My flat, B2-0705 at the Sunrise towers, was searched without a warrant."),
        .removes("14", in: "Third complaint, 14.11: the guard at the museum asked for cash again."),
        .removes("12", in: "Timeline (hotel staff): 12/3 passports taken; 15/3 returned."),
        .keeps("Certificate No. ISO 9001 hangs in the lobby of the hotel."),
        .keeps("The visa office is in Room 3 of the immigration building."),
        .keeps("The complaint took 2.5 hours to write."),
        .keeps("Every unit has a fire exit and a smoke alarm."),
    ]

    static let keeps: [FamilyCase] = [
        .keeps("Women in Hmông villages weave hemp, and the Dao dress is dyed with indigo."),
        .keeps("The Thái women of Mai Châu wear a short blouse."),
        .keeps("Hang Én cave is the third largest and the tours start in Phong Nha."),
        .keeps("A Bánh xèo stall opened next to our hotel last week."),
        .keeps("A Cơm tấm stand opens near the bridge every morning."),
        .keeps("The reply came in the district police letter of 12/4/2025, which closed the case."),
    ]

    /// A family and two given or middle names in lower case go after "like" or "thanks to" before a pause or a
    /// pronoun, and opening a quote before a preposition; "thanks to the…", "like rain" and a bay's name after
    /// "went to" stay.
    @Test(arguments: lowerCaseNames) func aLowerCaseName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A display name after "name is" or a bracket's "name:", in quotes after a sender, a site's user name with a
    /// digit, an underscore or an inner capital, and a given name with its quoted nickname go; a paper's page, a
    /// user's fees or ID and a quoted word with no given name stay.
    @Test(arguments: displayNames) func aDisplayNameOrAHandle(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A card's or a certificate's code after its number, a room knocked on or searched, a flat's code after a
    /// comma, a day after a complaint and a bracketed timeline's first day go; a standard, an office's room, a
    /// decimal before hours and a unit with no code stay.
    @Test(arguments: codesRoomsAndDays) func aCodeARoomOrADay(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A people's name before its customs, a cave's name, a Vietnamese noun after a sentence's "A" and an official
    /// letter's date stay.
    @Test(arguments: keeps) func englishKeeps(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
