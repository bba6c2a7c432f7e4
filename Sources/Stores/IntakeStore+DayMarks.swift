import Casework
import Foundation
import Ledger

/// The day marks (``DayMark``, record type 4): the server, not the sender, says when each record arrived.
extension IntakeStore {
    /// The marks of the log, in log order: one per day the intake wrote on, so a few hundred a year.
    /// Loaded on open and kept in memory, so a record's day costs no read.
    final class DayMarks: @unchecked Sendable {
        // @unchecked: `marks` is only touched under `lock`, which also orders a mark before the records
        // of its day.
        let lock = NSLock()
        private(set) var marks: [(index: UInt64, day: CalendarDay)] = []

        /// Reads every mark of `ledger` (found by their index key).
        init(ledger: Ledger) throws(StoreError) {
            var days = ReceivedDays()
            for index in ledger.records(forKey: IntakeRecord.dayMarkIndexKey) {
                let record: LedgerRecord
                do {
                    record = try ledger.record(at: index)
                } catch {
                    throw .ledger(error)
                }
                let before = days.current
                days.read(type: record.type, payload: record.payload)
                if let day = days.current, day != before { add(index: index, day: day) }
            }
        }

        /// The day of the last mark.
        var last: CalendarDay? { marks.last?.day }

        /// When the day after the last mark starts (Vietnam time): no mark is due before it.
        private(set) var nextMidnight = Date.distantPast

        /// Call with `lock` held.
        func add(index: UInt64, day: CalendarDay) {
            marks.append((index, day))
            nextMidnight = Self.midnight(after: day)
        }

        static func midnight(after day: CalendarDay) -> Date {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = CalendarDay.vietnam
            // A mark read from disk holds any valid day; one the calendar cannot place marks nothing new.
            guard let start = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)),
                let next = calendar.date(byAdding: .day, value: 1, to: start)
            else { return .distantFuture }
            return next
        }

        /// The day of the last mark before record `index`, or nil if there is none.
        func day(before index: UInt64) -> CalendarDay? {
            lock.lock()
            defer { lock.unlock() }
            var low = 0
            var high = marks.count
            // Binary search for the first mark at or after `index`; the one before it is the record's.
            while low < high {
                let middle = (low + high) / 2
                if marks[middle].index < index { low = middle + 1 } else { high = middle }
            }
            return low == 0 ? nil : marks[low - 1].day
        }
    }

    /// The number of records received on or before `day`: the index of the first day mark of a later
    /// day, or every record if there is none. For nil, the records before the first mark (a log
    /// written before day marks).
    public func recordCount(receivedThrough day: CalendarDay?) -> UInt64 {
        dayMarks.lock.lock()
        defer { dayMarks.lock.unlock() }
        let later = dayMarks.marks.first { mark in day.map { mark.day > $0 } ?? true }
        return later?.index ?? recordCount
    }

    /// The day the intake received record `index`, by its own clock: the day of the last day mark
    /// before it. Nil for a record older than the first mark (a log written before day marks): use
    /// the day its message carries then.
    public func receivedDay(ofRecord index: UInt64) -> CalendarDay? { dayMarks.day(before: index) }

    /// Writes today's day mark, if it is not in the log yet: call before appending any record.
    ///
    /// The mark is made durable under the marks' lock, so a record that finds today marked is always
    /// appended after the mark; a record checked just before midnight may land just after the next
    /// day's mark, and counts as received that day. This costs one fsync a day, and on other calls one
    /// comparison with the next midnight. A clock set back writes no mark: the day stays the last one
    /// marked.
    func markToday() throws(StoreError) {
        let now = configuration.clock.now
        dayMarks.lock.lock()
        defer { dayMarks.lock.unlock() }
        guard now >= dayMarks.nextMidnight else { return }
        let today = CalendarDay(now)
        guard dayMarks.last.map({ $0 < today }) ?? true else { return }
        do {
            let index = try ledger.appendAndWait(type: IntakeRecord.dayMarkType, payload: DayMark(day: today).payload)
            dayMarks.add(index: index, day: today)
        } catch {
            throw .ledger(error)
        }
    }
}
