import Sanitization
import Testing

/// The rules heldout-75's and heldout-76's misses called for, each in sentences of its own (none taken from
/// the batches): a name or lower-case initials after a care worker's title cut short in a hospital note
/// typed without marks, a house after `nha so`, and a village typed without marks before its commune.
@Suite("Sanitizer: the thirty-second round's hospital notes, houses and villages typed without marks")
struct SanitizerThirtySecondGapVietnameseTests {
    static let careAbbreviations: [FamilyCase] = [
        .removes("Lan", in: "bs Lan bao phai dong them 3tr moi duoc mo som"),
        .removes("Tran Van Nam", in: "bs Tran Van Nam khoa ngoai doi phong bi truoc khi mo"),
        .removes("Hoa", in: "dd Hoa truc dem qua bao e dua 200k"),
        .removes("H.", in: "me e nam vien, bs H. phong kham 3 bao mua thuoc ngoai"),
        .removes("tr.t.h", in: "dd tr.t.h doi 500k moi tiem cho be"),
        .removes("n.v.b", in: "bs n.v.b ben khoa san nhan phong bi"),
        .keeps("bs truc dem qua ko den kham cho me e"),
        .keeps("dd truc ca dem bao cho 2 ngay nua"),
        .keeps("e hoi bs Khoa Noi tiet ve lich kham"),
    ]

    static let housesAndVillages: [FamilyCase] = [
        .removes("17", in: "Toi o nha so 17 gan cho huyen."),
        .removes("ban Hua Ta", in: "Dia chi: ban Hua Ta, xa Chieng Son, huyen Moc Chau"),
        .removes("buon Ea Sup", in: "Ho khau ghi: buon Ea Sup, xa Ea Drong."),
        .keeps("Tai lieu do ban Tuyen giao, xa Muong Lay gui xuong."),
        .keeps("Nha so do cua ong ay da the chap ngan hang."),
    ]

    /// bs, dd, ys and hs in lower case before a name typed without marks (its first word a given name or a
    /// family) or before lower-case initials; an office after them and a role with no name stay.
    @Test(arguments: careAbbreviations) func aNameAfterACareWorkersTitleCutShort(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// `nha so` and a number is a house; ap, ban, buon or lang typed without marks and a capitalised name
    /// right before a comma and its commune is a village; a board's name in lower case stays.
    @Test(arguments: housesAndVillages) func aHouseOrAVillageTypedWithoutMarks(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
