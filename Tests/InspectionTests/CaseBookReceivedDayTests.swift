import Casework
import Foundation
import Testing

@testable import Triage

/// The received day the deadlines count from is the server's, whatever a device-sealed message claims.
@Suite("CaseBook: the day the intake received a case")
struct CaseBookReceivedDayTests {
    @Test(
        "a device-sealed report that claims another day is received on the server's day",
        arguments: [
            CalendarDay(iso: "2020-01-01"), CalendarDay(iso: "2026-06-30"), nil,
        ])
    func theServersDayWins(claimed: CalendarDay?) throws {
        let intake = try DeviceSealedCase(receivedOn: claimed)
        let item = try #require(try intake.book().case(id: intake.reportIndex))
        #expect(item.reportBody != nil, "the report opens")
        #expect(item.receivedOn == CalendarDay(iso: "2026-05-04"))
        #expect(item.receivedOn(record: item.id) == CalendarDay(iso: "2026-05-04"))
    }
}
