import Casework
import Catalogue
import Foundation
import Outcomes
import Testing

@testable import Triage

/// The disciplined official in the public record (Outcomes.md, "The disciplined official"): typed by the
/// inspector, shown first in the review, a name only where allowed, never the citizen's words or contact.
@Suite("OutcomeDraft: the disciplined official")
struct OutcomeDraftDisciplinedTests {
    let catalog = try! Catalog.bundled()
    static let account =
        "Hôm đó Phó Đội trưởng Đội Cảnh sát giao thông số 3 thuộc Công an phường Ba Đình đòi tôi năm trăm nghìn."
    let report = Report(
        province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Phòng CSGT Công an phường Ba Đình",
        official: "Anh Tùng, đội 3", misconduct: ["hoi-lo"], account: account, month: 3, year: 2026,
        contact: "Trần Thị Bích Ngọc 0987 654 321")

    func draft(_ disciplined: DisciplinedOfficial?, namesAllowed: Bool = false) throws -> OutcomeDraft {
        try OutcomeDraft(
            report: report, followUps: [], receivedOn: CalendarDay(iso: "2026-04-28")!,
            resolvedOn: CalendarDay(iso: "2026-05-20")!, outcomeCode: "can-bo-canh-cao", daysToResolve: 21,
            deadlineMet: true, summary: "Cán bộ bị cảnh cáo vì đòi tiền khi nhận hồ sơ.", disciplined: disciplined,
            namesAllowed: namesAllowed, catalog: catalog, id: "0123456789abcdef")
    }

    @Test func withoutTheOptionsTheRecordHasNoOfficialAndTakesNoneFromTheReport() throws {
        let draft = try draft(nil)
        #expect(draft.outcome.disciplined == nil)
        #expect(!String(decoding: draft.outcome.jsonLine(), as: UTF8.self).contains("disciplined"))
        #expect(!draft.review().contains("Anh Tùng"))
        #expect(draft.review().contains("  disciplined:   none"))
    }

    @Test func theFieldIsTypedNormalisedAndShownFirstInTheReview() throws {
        let draft = try draft(
            DisciplinedOfficial(typedPosition: "  Phó Đội trưởng ", unit: "Đội CSGT số 3", name: "Nguyễn Văn An"),
            namesAllowed: true)
        #expect(
            draft.outcome.disciplined
                == DisciplinedOfficial(position: "Phó Đội trưởng", unit: "Đội CSGT số 3", name: "Nguyễn Văn An"))
        let review = draft.review()
        #expect(review.hasPrefix("==== The disciplined official"), "\(review)")
        #expect(review.contains("--confirm-disciplined"))
        #expect(review.contains("  name:          Nguyễn Văn An"))
        #expect(review.contains("  position:      Phó Đội trưởng"))
        #expect(
            review.contains(
                #""disciplined":{"name":"Nguyễn Văn An","position":"Phó Đội trưởng","unit":"Đội CSGT số 3"}"#))
    }

    @Test func aNameIsRefusedUnlessTheDeploymentAllowsNames() {
        #expect(throws: OutcomeDraft.Refusal.self) {
            try draft(DisciplinedOfficial(position: "Phó Đội trưởng", unit: "Đội CSGT số 3", name: "Nguyễn Văn An"))
        }
        #expect((try? draft(DisciplinedOfficial(position: "Phó Đội trưởng", unit: "Đội CSGT số 3"))) != nil)
    }

    @Test func aUnitQuotingTheCitizenIsFlagged() throws {
        let draft = try draft(
            DisciplinedOfficial(
                position: "Phó Đội trưởng", unit: "Đội Cảnh sát giao thông số 3 thuộc Công an phường Ba Đình"))
        #expect(!draft.disciplinedQuotes.isEmpty)
        #expect(draft.review().contains("Quotes of the citizen's words in the unit (1): refused"))
    }

    @Test func theCitizensContactIsRefusedInAnyPart() {
        #expect(throws: OutcomeDraft.Refusal.self) {
            try draft(
                DisciplinedOfficial(position: "Phó Đội trưởng", unit: "Đội 3", name: "Trần Thị Bích Ngọc"),
                namesAllowed: true)
        }
        #expect(throws: OutcomeDraft.Refusal.self) {
            try draft(DisciplinedOfficial(position: "Cán bộ", unit: "0987 654 321"))
        }
    }

    @Test func tooLongOrControlCharactersAreRefused() {
        #expect(throws: OutcomeDraft.Refusal.self) {
            try draft(DisciplinedOfficial(position: String(repeating: "a", count: 201), unit: "Đội 3"))
        }
        #expect(throws: OutcomeDraft.Refusal.self) {
            try draft(DisciplinedOfficial(position: "Cán bộ\u{202E}", unit: "Đội 3"))
        }
    }
}
