import Foundation
import TestSupport
import Testing
import Workbench

/// The inbox opens with the cases falling due within `--due-within` days, as `remind` lists them: on the
/// unfiltered first page only, and not at all when none falls due that soon.
@Suite("Workbench: reminders on opening", .serialized)
struct WorkbenchReminderTests {
    func inboxAfterSync(reminderDays: Int) throws -> (inbox: String, filtered: String, id: Int) {
        let (fixture, server) = try WorkbenchFixture.withServer(reminderDays: reminderDays)
        defer { server.stop() }
        _ = try WorkbenchFixture.report("The clerk asked for 300,000 dong to stamp the form.", to: server)
        try fixture.signIn()
        try fixture.unlock()
        _ = try fixture.sync()
        let inbox = try fixture.browser.get("/en/").text
        let filtered = try fixture.browser.get("/en/?status=new").text
        return (inbox, filtered, try fixture.firstCaseID())
    }

    @Test func aDecisionDueWithinTheDaysIsListedOnOpening() throws {
        // A new case's decision falls due 7 working days after it was received: within 30 days, not 3.
        let (inbox, filtered, id) = try inboxAfterSync(reminderDays: 30)
        #expect(inbox.contains("Reminders: 0 overdue, 1 due within 30 days"), "\(inbox)")
        #expect(inbox.contains("<a href=\"/en/case/\(id)\">#\(id)</a>: decision due "))
        #expect(!filtered.contains("Reminders:"))
    }

    @Test func nothingFallsDueWithinThreeDays() throws {
        let (inbox, _, _) = try inboxAfterSync(reminderDays: 3)
        #expect(!inbox.contains("Reminders:") && !inbox.contains("class=\"reminders\""), "\(inbox)")
    }
}
