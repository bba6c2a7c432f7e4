import Foundation
import Testing

@testable import Casework

/// An event's clear time says the day only (Events.md, version 2): a disk holder cannot match an event
/// to the second with anything else that happened then.
@Suite("InspectorEvent: the clear time is a day")
struct InspectorEventDayTests {
    /// 2026-05-04 in Vietnam: 00:00 is 1 777 827 600 (17:00 UTC the day before).
    static let midnight: Int64 = 1_777_827_600

    @Test(
        "events signed at different times of one day carry the same clear time: that day's midnight, UTC+7",
        arguments: [Int64(0), 1, 36_000, 36_001, 86_399])
    func theClearTimeIsTheDay(secondsIntoTheDay: Int64) throws {
        let event = try InspectorEvent.make(
            action: .accept, details: EventDetails(), caseTag: InspectorEventTests.tag,
            replyKey: InspectorEventTests.replyKey.publicKey, inspectors: TestInspectors.two.sealingKeys,
            time: Self.midnight + secondsIntoTheDay, inspector: "inspector-1", signingKey: TestInspectors.signingKey(1))
        let parsed = try InspectorEvent(parsing: event.bytes)
        #expect(parsed.time == Self.midnight)
        #expect(parsed.isSignatureValid)
        #expect(CalendarDay(parsed.date) == CalendarDay(iso: "2026-05-04"))
        let clear = parsed.bytes[34..<42].reversed().reduce(Int64(0)) { $0 << 8 | Int64($1) }
        #expect(clear == Self.midnight, "the clear bytes hold the day, not the second")
    }

    @Test("the server takes a day-only event on its own day, and on the day before for 5 minutes past midnight")
    func currentDays() throws {
        let event = try InspectorEvent.make(
            action: .accept, details: EventDetails(), caseTag: InspectorEventTests.tag,
            replyKey: InspectorEventTests.replyKey.publicKey, inspectors: TestInspectors.two.sealingKeys,
            time: Self.midnight + 86_399, inspector: "inspector-1", signingKey: TestInspectors.signingKey(1))
        func at(_ seconds: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(Self.midnight + seconds)) }
        #expect(event.isCurrent(at: at(0), window: 300))
        #expect(event.isCurrent(at: at(86_399), window: 300))
        #expect(event.isCurrent(at: at(86_400 + 299), window: 300), "signed at 23:59:59, arrived after midnight")
        #expect(!event.isCurrent(at: at(86_400 + 301), window: 300))
        #expect(!event.isCurrent(at: at(-301), window: 300))
        #expect(event.isCurrent(at: at(-299), window: 300), "a clock 5 minutes fast")
        // Revoked on 4 May at noon: an event of 4 May says no more than its day, so it counts as after.
        #expect(event.isSigned(onOrAfter: at(43_200)))
        #expect(!event.isSigned(onOrAfter: at(86_400)))
    }

    @Test(
        "an extreme time is refused, never a trap",
        arguments: [Int64.max, Int64.min, Int64.max - 25_199, Int64.min + 1])
    func extremeTimes(time: Int64) throws {
        var bytes = try InspectorEvent.make(
            action: .accept, details: EventDetails(), caseTag: InspectorEventTests.tag,
            replyKey: InspectorEventTests.replyKey.publicKey, inspectors: TestInspectors.two.sealingKeys,
            time: Self.midnight, inspector: "inspector-1", signingKey: TestInspectors.signingKey(1)
        ).bytes
        withUnsafeBytes(of: time.littleEndian) { bytes.replaceSubrange(34..<42, with: $0) }
        if let event = try? InspectorEvent(parsing: bytes) {
            #expect(!event.isCurrent(at: Date(timeIntervalSince1970: TimeInterval(Self.midnight)), window: 300))
            _ = event.isSigned(onOrAfter: Date())
        }
    }
}
