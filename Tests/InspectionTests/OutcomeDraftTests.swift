import Casework
import Catalogue
import Foundation
import Outcomes
import Testing

@testable import Deadlines
@testable import Triage

/// The public record of a resolved case (OutcomeDraft): its fields, the sanitizer on the summary and the
/// agency, and the quotes of the citizen's words.
@Suite("OutcomeDraft: the public record of a resolved case")
struct OutcomeDraftTests {
    let catalog = try! Catalog.bundled()
    let report = Report(
        province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Phòng CSGT, liên hệ 0987 654 321",
        misconduct: ["hoi-lo"],
        account: "Hôm đó cán bộ nói thẳng với tôi rằng không có tiền thì đừng mong lấy được bằng lái.",
        month: 3, year: 2026)

    func draft(_ summary: String, agency: String? = nil, followUps: [String] = []) throws -> OutcomeDraft {
        return try OutcomeDraft(
            report: report, followUps: followUps, receivedOn: CalendarDay(iso: "2026-04-28")!,
            resolvedOn: CalendarDay(iso: "2026-05-20")!, outcomeCode: "can-bo-canh-cao", daysToResolve: 21,
            deadlineMet: true, summary: summary, agencyOverride: agency, catalog: catalog, id: "0123456789abcdef")
    }

    @Test func theFieldsComeFromTheCaseAndTheTextsAreSanitized() throws {
        let draft = try draft("  Ông Nguyễn Văn An, số 0912 345 678, bị cảnh cáo.\n")
        let outcome = draft.outcome
        #expect(outcome.id == "0123456789abcdef")
        #expect(outcome.province == "ha-noi")
        #expect(outcome.procedure == "doi-giay-phep-lai-xe")
        #expect(outcome.kinds.contains("hoi-lo"))
        #expect(outcome.outcome == "can-bo-canh-cao")
        #expect(outcome.outcomeLabel == catalog.outcomes["can-bo-canh-cao"]?.vi)
        #expect(outcome.monthReceived == "2026-04")
        #expect(outcome.monthResolved == "2026-05")
        #expect(outcome.daysToResolve == 21)
        #expect(outcome.deadlineMet)
        #expect(!outcome.summary.contains("0912"))
        #expect(!outcome.summary.contains("Nguyễn Văn An"))
        #expect(outcome.summary.contains("[đã ẩn]"))
        #expect(!outcome.agency.contains("0987"))
        #expect(outcome.agency.hasPrefix("Phòng CSGT"))
        #expect(outcome.problems(catalog: catalog).isEmpty)
        #expect(draft.quotes.isEmpty)
        let kinds = Set(draft.summary.findings.map(\.kind))
        #expect(kinds.contains(.phone))
        #expect(kinds.contains(.personName))
    }

    @Test func theReviewShowsTheRecordAndTheFindingsButNotWhatWasRedacted() throws {
        let review = try draft("Ông Nguyễn Văn An, số 0912 345 678, bị cảnh cáo.").review()
        for field in PublicOutcome.allowlist { #expect(review.contains("  \(field):"), "\(field)") }
        #expect(review.contains("[đã ẩn]"))
        #expect(review.contains("phone at characters"))
        #expect(review.contains("personName at characters"))
        #expect(!review.contains("0912"))
        #expect(!review.contains("Nguyễn Văn An"))
        #expect(!review.contains("0987"))
    }

    @Test func aQuoteOfTheAccountOrAFollowUpIsFlaggedAndMarked() throws {
        let quoted = try draft("Cán bộ nói thẳng với tôi rằng không có tiền thì đừng mong, và bị cảnh cáo.")
        #expect(quoted.quotes.count == 1)
        #expect(quoted.outcome.summary.contains("nói thẳng với tôi"), "a quote is flagged, not removed")
        #expect(quoted.review().contains("»"))
        #expect(quoted.review().contains("Flagged quotes"))
        let fromFollowUp = try draft(
            "Theo biên bản, hồ sơ bị giữ lại suốt ba tuần liền mà không có lý do.",
            followUps: ["Hồ sơ bị giữ lại suốt ba tuần liền mà không có lý do nào cả."])
        #expect(fromFollowUp.quotes.count == 1)
        #expect(try draft("Cán bộ tiếp nhận hồ sơ đã bị cảnh cáo vì gây khó khăn.").quotes.isEmpty)
    }

    @Test func anUnsureSpanIsFlaggedKeptAndListedInTheReview() throws {
        let unsure = try draft("Kế toán Xíu bị cảnh cáo.")
        #expect(unsure.flags.map(\.reason) == [.possibleName])
        #expect(unsure.outcome.summary == "Kế toán Xíu bị cảnh cáo.", "a flag is kept, not removed")
        #expect(unsure.review().contains("Flagged as unsure in the summary (1)"))
        #expect(unsure.review().contains("possibleName at characters 8..<11: «Xíu»"))
        #expect(try draft("Cán bộ tiếp nhận hồ sơ đã bị cảnh cáo.").flags.isEmpty)
    }

    @Test func theAgencyCanBeOverridden() throws {
        #expect(try draft("Bị cảnh cáo.", agency: "Công an phường").outcome.agency == "Công an phường")
    }

    @Test func anEmptySummaryOrAnUnknownOutcomeIsRefused() throws {
        #expect(throws: OutcomeDraft.Refusal.self) { try draft("   ") }
        #expect(throws: OutcomeDraft.Refusal.self) {
            try OutcomeDraft(
                report: report, followUps: [], receivedOn: CalendarDay(iso: "2026-04-28")!,
                resolvedOn: CalendarDay(iso: "2026-05-20")!, outcomeCode: "no-such", daysToResolve: 1,
                deadlineMet: true,
                summary: "x", catalog: catalog)
        }
    }
}

/// A device-sealed report need not say when it was sent: the intake's day mark says when it arrived.
@Suite("OutcomeDraft: a case whose report carries no received day")
struct OutcomeDraftReceivedDayTests {
    @Test("a resolved device-sealed report without receivedOn can be published")
    func publishesWithTheServersDay() throws {
        let intake = try DeviceSealedCase(receivedOn: nil)
        try intake.act(.accept)
        try intake.act(.resolve, EventDetails(outcome: "can-bo-canh-cao", summary: "Cán bộ bị cảnh cáo."))
        let item = try #require(try intake.book().case(id: intake.reportIndex))
        let deadlines = try item.receivedOn.map { received in
            try CaseDeadlines(
                policy: DeadlinePolicy.bundled(), receivedOn: received, acceptedOn: received, resolvedOn: received)
        }
        let draft = try OutcomeDraft(
            case: item, deadlines: deadlines, summary: "Cán bộ tiếp nhận hồ sơ bị cảnh cáo.",
            catalog: try Catalog.bundled())
        #expect(draft.outcome.monthReceived == "2026-05")
    }
}
