import Sanitization
import Testing

/// The rules heldout-82's and heldout-86's misses called for, each in sentences of its own (none taken from
/// the batches): English case notes on returnees from China and Korea, and e-mails about customs and labour
/// officials.
@Suite("Sanitizer: the thirty-third round's English case notes and e-mails")
struct SanitizerThirtyThirdGapEnglishTests {
    static let rolesAndKin: [FamilyCase] = [
        .removes("Thảo", in: "Caseworker Thảo will visit the family in Sa Pa on Monday."),
        .removes("Hằng", in: "Worker Hằng was moved to the night shift without notice."),
        .removes("Loan", in: "His stepfather, Loan, refused to sign the household paper."),
        .removes("Mai", in: "My aunt, Mai, has kept the girl's birth paper."),
        .keeps("Caseworker training starts on Monday in the district office."),
        .keeps("Her stepmother, however, refused to talk to us."),
    ]

    static let nicknames: [FamilyCase] = [
        .removes("Tâm Cà Mau", in: "A driver called Tâm Cà Mau carried the girls to the border."),
        .removes("Bình Sài Gòn", in: "The fixer known as Bình Sài Gòn asked for the passports."),
        .removes("Bảy Hà Giang", in: "Bảy Hà Giang, a former driver, now runs the route to Hekou."),
        .keeps("Lào Cai, a border province, sees most of the handovers."),
        .keeps("A town called Hà Giang sits on the route north."),
    ]

    static let initials: [FamilyCase] = [
        .removes("M.", in: "The donor asked whether client M. finished the sewing course."),
        .removes("D.", in: "Her two girls (D., 9 yrs; E., 5 yrs) now live with their grandmother."),
        .removes("NTH", in: "Broker NTH asked every family for 30 million up front."),
        .removes("dvq", in: "Cc: dvq, hnt – please keep this internal."),
        .keeps("Cc: all, team – please keep this internal."),
        .keeps("She moved to the U.S. in 2019 with a work visa."),
        .keeps("Broker ABC Co. handled the paperwork."),
    ]

    static let lowerCaseAndChinese: [FamilyCase] = [
        .removes("tran thi thu ha", in: "Survey answer: full name = tran thi thu ha; district = bao thang"),
        .removes("le van khoa", in: "Please set up a call with le van khoa about the customs fine."),
        .removes("hoang minh duc", in: "The school says pupil hoang minh duc has no birth paper."),
        .removes("李秀英", in: "The mother appears on the Chinese paper as 李秀英 and in Vietnam as Lò Thị Sua."),
        .keeps("The Chinese certificate (出生医学证明) is attached to the file."),
    ]

    static let papersDatesAndHomes: [FamilyCase] = [
        .removes("广公边遣〔2023〕0088", in: "The transfer note 广公边遣〔2023〕0088 names the receiving post."),
        .removes("21", in: "Date of arrival per the Korean record: 2018. 3. 21. (year only: 2018)."),
        .removes("14", in: "Weekly check-in since 10/2024; last call 14.11."),
        .removes("C214", in: "The worker lives in room C214 of the factory dormitory."),
        .removes("18/7", in: "The inspector came to her rented room in house 18/7 near the market."),
        .keeps("The meeting lasted 1.5 hours; the last call took 2.5 hours."),
    ]

    static let stays: [FamilyCase] = [
        .keeps("Most returnees cross at Tà Lùng border gate before noon."),
        .keeps("The Cat Lai depot stopped clearance for two days."),
        .keeps("Offices close from 30/4 and again for Quốc khánh 2/9."),
    ]

    /// A Vietnamese given name after an English role (Caseworker, Worker) or between commas after owned kin.
    @Test(arguments: rolesAndKin) func aGivenNameAfterARoleOrKin(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A given name and a place as a nickname, after called or known as, or opening a sentence before ", a".
    @Test(arguments: nicknames) func aNicknameOfAGivenNameAndAPlace(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// Initials after a client or a broker, before an age, and lower-case initials on a copy line.
    @Test(arguments: initials) func initialsAfterARoleAnAgeOrACopyLine(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// Lower-case names after "name =", "with" and "pupil"; a Chinese name of a common family.
    @Test(arguments: lowerCaseAndChinese) func lowerCaseAndChineseNames(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A Chinese document's number, a Korean date, a day after a call, a lettered room and a slashed house.
    @Test(arguments: papersDatesAndHomes) func aPaperADateOrAHome(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A border gate's name, a place before a trade after "The", and two fixed holidays with Quốc khánh stay.
    @Test(arguments: stays) func gatesPlacesAndHolidaysStay(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
