import Sanitization
import Testing

/// The thirty-first round's rules for English text (heldout-74 and heldout-78 were its training batches:
/// foreign workers' threads and e-mails on work permits and visas, overseas heirs' letters on inheritance),
/// each in sentences of its own, none of them the batches'.
@Suite("Sanitizer: the thirty-first round's English text")
struct SanitizerThirtyFirstGapEnglishTests {
    static let names: [FamilyCase] = [
        .removes("Marta Kowalska", in: "I, Marta Kowalska, an engineer in Bình Dương, report the following."),
        .keeps("I, for one, paid nothing to the ward."),
        .removes("le thi hong", in: "our centre's admin le thi hong sent the contract late."),
        .removes("vu minh khang", in: "the admin vu minh khang asking for 5tr more never replied."),
        .keeps("we paid from ha long bay to the city."),
        .keeps("the bus came from hai phong city at noon."),
        .removes("tran thu ha", in: "a message from tran thu ha came at noon."),
        .keeps("The Lê Quý Đôn high school in Đà Nẵng hires foreign teachers every spring."),
        .keeps("We met at the Phú Hội bakery near the station."),
    ]

    /// A complaint's "I, Name Name," goes, and a lower-case Vietnamese name after admin before a
    /// verb; an article before a run and an establishment's word keeps the run.
    @Test(arguments: names) func anEnglishName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let data: [FamilyCase] = [
        .removes("415-208", in: "His badge read 415-208 when he took the money."),
        .removes("minh.hoa.sg", in: "Find me on TikTok: search Instagram for minh.hoa.sg today."),
        .removes("tuan.le.berlin", in: "My Zalo and Viber are both tuan.le.berlin if you need help."),
        .keeps("Search Facebook for the official page of the department."),
        .removes("412", in: "She stays in a cheap place, room 412 at a mini hotel near the airport."),
        .removes("208", in: "The lawyer came to room 208 of the hotel with the papers."),
        .removes("14C", in: "My uncle moved to 14C Lý Thường Kiệt and never wrote back."),
        .removes("318", in: "The plot is parcel (thửa đất số) 318, map sheet (tờ bản đồ số) 7, in Long An."),
        .removes("7", in: "The plot is parcel (thửa đất số) 318, map sheet (tờ bản đồ số) 7, in Long An."),
        .removes("HN2 44120983", in: "Visa number HN2 44120983 is on the sticker."),
        .keeps("The visa number is printed on the sticker, it costs 25 USD."),
        .removes("2291", in: "The birth record from the mairie is acte n° 2291, translated in Paris."),
        .removes(
            "linkedin.com/in/thu-ha-nguyen-notary",
            in: "She is on LinkedIn at linkedin.com/in/thu-ha-nguyen-notary now."),
        .removes("CC 1187/HCM", in: "The notary's practising certificate is CC 1187/HCM, valid to 2027."),
    ]

    /// A badge read aloud, a handle after a platform and for or "are both", a hotel's room, a house after
    /// moved to before "and", a parcel's and a sheet's number after a bracketed gloss, a visa's, a French act's
    /// and a notary's certificate's numbers.
    @Test(arguments: data) func englishData(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }
}
