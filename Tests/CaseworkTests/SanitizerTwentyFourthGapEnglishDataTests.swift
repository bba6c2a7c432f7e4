import Sanitization
import Testing

/// The twenty-fourth round's rules for data in English text (heldout-49 was its training batch: official
/// translations of inspection conclusions, foreign managers' reports, tourists' hotline messages), each in
/// sentences of its own: a document's dated day, ordinals after "on the", chat lines with a day, residences
/// written in English (numbered groups, named hamlets, villages after a living verb, alleys, rooms of an
/// address), papers and handles in English.
@Suite("Sanitizer: the twenty-fourth round's data in English text")
struct SanitizerTwentyFourthGapEnglishDataTests {
    /// A span that must stay although other data in the sentence goes.
    struct KeptSpan: CustomTestStringConvertible, Sendable {
        let span: String
        let text: String
        var testDescription: String { text }

        func holds(_ result: Sanitizer.SanitizedText) -> Bool {
            guard let start = text.range(of: span) else { return false }
            let lower = text.distance(from: text.startIndex, to: start.lowerBound)
            let upper = lower + span.count
            return !result.findings.contains { $0.kind != .quote && $0.start < upper && lower < $0.end }
        }
    }

    static let documentDays: [FamilyCase] = [
        .keeps("The case was closed under Decision No. 412/QD-UBND dated 05/3/2025 of the ward."),
        .keeps("The Decision of 12/9/2025 on the fee was annulled by the province."),
        .keeps("On 14/7/2025, the Provincial Inspectorate issued Conclusion No. 27/KL-TTr on land use."),
        .keeps("The Official Letter dated 3/11/2025 asked the ward to refund the fees."),
        .removes("19/5/2024", in: "On the evening of 19/5/2024, our driver was stopped and fined without a receipt."),
        .removes("2/10/2025", in: "On 2/10/2025, the officer issued a fine to my husband at the checkpoint."),
    ]

    /// A full date after an English document's name (Decision, Conclusion, Official Letter, Decree…), its
    /// number and "dated", or before "issued" and a document, is the document's and stays; a visit's stays
    /// personal.
    @Test(arguments: documentDays) func aDocumentsDay(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let ordinals: [FamilyCase] = [
        .removes("15th", in: "the police stopped us on the 15th near the lake and took 100usd"),
        .removes("9th", in: "He came back on the 9th with two other officers."),
        .removes("4th", in: "We paid on the 4th in cash at the gate."),
        .keeps("The office is on the 5th floor of the building."),
        .keeps("The ward celebrated on the 70th anniversary of its founding."),
    ]

    /// An ordinal after "on the" before a preposition or a clause's word is a day; a floor and an
    /// anniversary stay.
    @Test(arguments: ordinals) func anOrdinalDay(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let chatLines: [FamilyCase] = [
        .removes("minh.tran.hr", in: "[03/11 21:14] minh.tran.hr: the inspector will come back tmr at 9"),
        .removes("dung.sodo", in: "[02/11 21:40] dung.sodo (Telegram): bring 20tr tomorrow"),
        .removes("thu.hr", in: "Log copied by the HR office: [15/10 08:31] thu.hr: they came again"),
    ]

    /// A chat line's writer after a day and a time in brackets, also mid-line and before a platform in
    /// brackets, goes (the platform stays: ``aKeptSpan(_:)``).
    @Test(arguments: chatLines) func aChatWriter(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let residences: [FamilyCase] = [
        .removes("Group 4", in: "Ms. Xuan lives in Group 4, Zone 2, Chieng Sinh Ward, Son La Province."),
        .removes("Zone 2", in: "The worker is residing in Group 4, Zone 2, Chieng Sinh Ward, Son La Province."),
        .removes("Team 6", in: "The witness is residing in Team 6, Hoa Binh Hamlet, Phu Giao Commune."),
        .removes("Hoa Binh Hamlet", in: "The witness is residing in Team 6, Hoa Binh Hamlet, Phu Giao Commune."),
        .removes(
            "Residential Group No. 9", in: "Residential Group No. 9, Khuong Dinh Ward, Hanoi, is where both live."),
        .removes("Village 3", in: "Village 3 (Thon 3), Lien Son Commune: the family lives there."),
        .removes("Soc Ro Hamlet", in: "The driver lives in Soc Ro Hamlet (ap Soc Ro), Tra Vinh Ward."),
        .removes("ap Soc Ro", in: "The driver lives in Soc Ro Hamlet (ap Soc Ro), Tra Vinh Ward."),
        .removes("Buon Tring", in: "The farmer, residing at Buon Tring, Buon Ho Ward, was absent."),
        .removes("12/34", in: "Address of the denouncer: No. 27B, Alley 12/34, Le Van Sy Street, Nhieu Loc Ward."),
        .removes("27B", in: "Address of the denouncer: No. 27B, Alley 12/34, Le Van Sy Street, Nhieu Loc Ward."),
        .removes("1806", in: "Her apartment is Room 1806, Tower S2, Vinhomes Ocean Park, Gia Lam Commune."),
        .removes("12", in: "The worker rents boarding room No. 12 in Hamlet 3, Tan Thanh Commune."),
        .keeps("Group 7 of the inspection delegation worked in Tan Dinh Ward for two days."),
        .keeps("Tourists visiting Bat Trang Ceramic Village in Bat Trang Commune reported nothing."),
        .keeps("Pou Chen Group, Tan Uyen Ward, was cited in the 2024 annual report."),
        .keeps("The bus stopped in lane 2 of the highway near Buon Ho Ward."),
    ]

    /// A numbered group, zone, team or village in an address's chain, a named hamlet where one lives, a
    /// village's Vietnamese word after a living verb or in brackets, an alley's number and a house number
    /// before it, and a room of an address go; a numbered team of a delegation, a craft village, a
    /// company's group and a traffic lane stay.
    @Test(arguments: residences) func aResidenceInEnglish(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let papers: [FamilyCase] = [
        .removes("6", in: "Certificate entry No. CH 01872 covers parcel 112, sheet 6, in Hoa Vang Commune."),
        .removes("048213", in: "The vehicle registration certificate No. 048213 was kept at the station."),
        .removes("TK3318772", in: "Japanese passport TK3318772 was kept at the hotel."),
        .removes("1208/XN-CAP", in: "Confirmation of temporary residence No. 1208/XN-CAP was issued to the student."),
        .removes("minjun.kim88", in: "Please contact me via KakaoTalk ID minjun.kim88 after six."),
        .removes("Thu Trang 99", in: "my gf's zalo is 'Thu Trang 99', she got a msg from the police"),
        .removes("Người Dân Bắc Ninh", in: "The denouncer used the Facebook name 'Người Dân Bắc Ninh' for the posts."),
        .removes("@lucy.travels.vn", in: "u can dm me on insta @lucy.travels.vn anytime"),
        .keeps("The registration certificate template No. 3 is annexed to Circular 24."),
        .keeps("The KakaoTalk ID field was left empty on the form."),
        .keeps("Citizens may call the hotline of the Bac Ninh Provincial Inspectorate, 0222 3822 115, at any time."),
        .removes("0912 345 678", in: "The hotline of my landlord, 0912 345 678, is always busy."),
    ]

    /// A map sheet's number after a parcel's, a vehicle's registration paper, a passport's code of two
    /// letters, a temporary residence's confirmation, a messenger's ID and a display name in quotes after a
    /// platform go; a form's template, an empty field and the hotline of an office stay (a person's goes).
    @Test(arguments: papers) func aPaperOrAHandle(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let keptSpans: [KeptSpan] = [
        KeptSpan(span: "(Telegram)", text: "[02/11 21:40] dung.sodo (Telegram): bring 20tr tomorrow"),
        KeptSpan(span: "insta", text: "u can dm me on insta @lucy.travels.vn anytime"),
        KeptSpan(span: "Tra Vinh Ward", text: "The driver lives in Soc Ro Hamlet (ap Soc Ro), Tra Vinh Ward."),
        KeptSpan(span: "Buon Ho Ward", text: "The farmer, residing at Buon Tring, Buon Ho Ward, was absent."),
        KeptSpan(span: "Le Van Sy Street", text: "Address: No. 27B, Alley 12/34, Le Van Sy Street, Nhieu Loc Ward."),
        KeptSpan(
            span: "Decision dated 20/3/2025", text: "The worker was summoned before the Decision dated 20/3/2025."),
    ]

    /// What stays beside the removals: a platform's name, a ward, a street, a document's date.
    @Test(arguments: keptSpans) func aKeptSpan(_ row: KeptSpan) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }
}
