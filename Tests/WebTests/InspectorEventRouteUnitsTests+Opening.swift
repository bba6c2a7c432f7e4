import Casework
import Foundation
import Sodium
import TestSupport
import Testing

@testable import InspectorWeb
@testable import Stores

/// `POST /api/v1/inspect/events` with an opening from feedback (Events.md, "Opening a case from
/// feedback"): Hà Nội feedback is sealed to ha-noi and chinh-phu, so lan opens it and minh of Cà Mau
/// gets 403.
extension InspectorEventRouteUnitsTests {
    @Test func onlyAMemberOfTheFeedbacksUnitsOpensACaseFromIt() throws {
        let f = try Fixture()
        defer { f.close() }
        let feedback = try f.store.submitFeedback(
            ServiceFeedback(
                province: "ha-noi", agency: "cong-an", procedure: "dang-ky-khai-sinh",
                month: VisitMonth(CalendarDay(f.clock.now)),
                levels: [.staff: 1, .timeliness: 1, .extras: 1, .overall: 1],
                comment: "Cán bộ đòi 200.000 đồng"))
        let envelope = try Envelope(parsing: f.store.record(at: feedback).payload)
        func opening(_ by: Inspector, record: UInt64? = nil, reason: String = "Đòi tiền") throws -> InspectorEvent {
            try InspectorEvent.make(
                action: .open, details: EventDetails(reason: reason), caseTag: envelope.caseTag,
                replyKey: envelope.replyKey,
                inspectors: [f.epochs["ha-noi"]!.publicKey, f.epochs["chinh-phu"]!.publicKey], time: f.now,
                inspector: by.name, feedbackRecord: record ?? feedback, signingKey: by.signing)
        }
        func post(_ event: InspectorEvent, by: Inspector) throws -> (Int, [String: Any]) {
            try by.signedPost(event.bytes, to: "/api/v1/inspect/events", time: f.now, router: f.router)
        }
        let before = f.store.recordCount
        let (refused, refusal) = try post(try opening(f.minh), by: f.minh)
        #expect(refused == 403 && refusal["error"] as? String == "not_your_unit")
        #expect(
            refusal["message"] as? String
                == "minh is a member of ca-mau; feedback record \(feedback) was sent to ha-noi, chinh-phu, "
                + "and only their members may open a case from it")
        let (missing, noSuch) = try post(try opening(f.lan, record: 999), by: f.lan)
        #expect(missing == 404 && noSuch["error"] as? String == "no_such_feedback")
        #expect(f.store.recordCount == before)

        let (opened, index) = try post(try opening(f.lan), by: f.lan)
        #expect(opened == 200 && index["index"] as? Int == Int(before))
        let (again, conflict) = try post(try opening(f.lan, reason: "Lần nữa"), by: f.lan)
        #expect(again == 409 && conflict["error"] as? String == "conflict")
        #expect((conflict["message"] as? String)?.contains("was already opened as case \(before)") == true)
        #expect(f.store.recordCount == before + 1)
    }
}
