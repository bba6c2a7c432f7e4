import Foundation
import Ledger
import TestSupport
import Testing

@testable import Casework
@testable import Stores

/// The day mark record (Envelope.md, "Day marks"): format, strict parsing, and what a reader makes of it.
@Suite("DayMark: the server's received day")
struct DayMarkTests {
    @Test func theDocumentedBytes() throws {
        let mark = DayMark(day: CalendarDay(year: 2026, month: 5, day: 4))
        #expect(mark.payload == [UInt8](hex: "01 32 30 32 36 2d 30 35 2d 30 34"))
        #expect(try DayMark(parsing: mark.payload) == mark)
    }

    @Test(arguments: [
        [UInt8](), [1], Array("\u{1}2026-05-0".utf8), Array("\u{2}2026-05-04".utf8), Array("\u{1}2026-05-04 ".utf8),
        Array("\u{1}2026-02-30".utf8), Array("\u{1}2026/05/04".utf8), Array("\u{1}2026-5-04x".utf8),
    ])
    func malformedMarksAreRefused(payload: [UInt8]) {
        #expect(caseworkError { try DayMark(parsing: payload) } != nil)
    }

    @Test("a record's day is the last mark before it; a mark that does not move forward is ignored")
    func readerRules() {
        var days = ReceivedDays()
        #expect(days.current == nil)
        days.read(
            type: IntakeRecord.envelopeType, payload: DayMark(day: CalendarDay(year: 2026, month: 5, day: 4)).payload)
        #expect(days.current == nil, "only type 4 is a mark")
        days.read(
            type: IntakeRecord.dayMarkType, payload: DayMark(day: CalendarDay(year: 2026, month: 5, day: 4)).payload)
        #expect(days.current == CalendarDay(year: 2026, month: 5, day: 4))
        days.read(
            type: IntakeRecord.dayMarkType, payload: DayMark(day: CalendarDay(year: 2026, month: 5, day: 3)).payload)
        days.read(type: IntakeRecord.dayMarkType, payload: [1, 2, 3])
        #expect(days.current == CalendarDay(year: 2026, month: 5, day: 4))
        days.read(
            type: IntakeRecord.dayMarkType, payload: DayMark(day: CalendarDay(year: 2026, month: 5, day: 6)).payload)
        #expect(days.current == CalendarDay(year: 2026, month: 5, day: 6))
    }

    @Test("the intake marks each new day once, before its first record, and finds the marks again on open")
    func theIntakeMarksDays() throws {
        let folder = TemporaryDirectory()
        let clock = SteppingClock()
        var store = try makeStore(folder) { $0.clock = clock }
        let first = try store.submit(report: sampleReport())
        _ = try store.addFollowUp(token: first.token, followUp: FollowUp(text: "thêm"))
        clock.advance(days: 2)
        let later = try store.addFollowUp(token: first.token, followUp: FollowUp(text: "sau"))
        let types = try (0..<store.recordCount).map { try store.record(at: $0).type }
        #expect(types == [4, 1, 1, 4, 1])
        #expect(store.receivedDay(ofRecord: first.logIndex) == CalendarDay(iso: "2026-05-04"))
        #expect(store.receivedDay(ofRecord: later.logIndex) == CalendarDay(iso: "2026-05-06"))
        #expect(store.receivedDay(ofRecord: 0) == nil, "nothing comes before the first mark")
        store.close()
        store = try makeStore(folder) { $0.clock = clock }
        defer { store.close() }
        #expect(store.receivedDay(ofRecord: later.logIndex) == CalendarDay(iso: "2026-05-06"))
        _ = try store.addFollowUp(token: first.token, followUp: FollowUp(text: "cùng ngày"))
        #expect(store.recordCount == 6, "the day is already marked")
    }
}
