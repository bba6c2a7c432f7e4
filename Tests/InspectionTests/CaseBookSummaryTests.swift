import Casework
import Foundation
import Testing

@testable import Triage

/// The case index summarizes cases with `CaseBook(summaryOnly: true)`, which leaves follow-ups and most
/// events' details sealed: what `list` shows must be exactly what the full book says.
@Suite("CaseBook: a summary-only book agrees with the full one on everything list shows")
struct CaseBookSummaryTests {
    @Test func summaryOnlyOpensTheReportAndAssignmentsAndAgreesOnTheCase() throws {
        let device = try DeviceSealedCase(receivedOn: nil)
        try device.act(.accept)
        try device.act(.assign, EventDetails(assignee: "lan"))
        try device.act(.note, EventDetails(text: "Gọi lại cho phòng CSGT."))
        let records = try (0..<device.store.recordCount).map { try device.store.record(at: $0) }
        let keys = [DeviceSealedCase.sealing(1)]
        let full = try #require(
            CaseBook(records: records, keys: keys, signers: DeviceSealedCase.signers).case(id: device.reportIndex))
        let summary = try #require(
            CaseBook(records: records, keys: keys, signers: DeviceSealedCase.signers, summaryOnly: true)
                .case(id: device.reportIndex))
        #expect(summary.progress == full.progress)
        #expect(summary.assignee == "lan" && full.assignee == "lan")
        #expect(summary.reportBody == full.reportBody && summary.reportBody?.agency == "Phòng CSGT")
        #expect(summary.receivedOn == full.receivedOn)
        #expect(summary.hasFlaggedEvents == full.hasFlaggedEvents)
        #expect(summary.hasRecordsNotFromCitizen == full.hasRecordsNotFromCitizen)
        // The note's text stays sealed in the summary-only book.
        #expect(full.events.last?.details?.text == "Gọi lại cho phòng CSGT.")
        #expect(summary.events.last?.details == nil)
    }
}
