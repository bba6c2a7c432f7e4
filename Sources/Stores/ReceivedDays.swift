import Casework

/// The received day of each record of a log, read in log order: the day of the last valid mark before
/// it. Marks must move forward; one that does not (a clock set back) is ignored, so a record's day never
/// goes back either.
public struct ReceivedDays: Sendable {
    /// The day of the records read so far, nil before the first mark (a log older than day marks).
    public private(set) var current: CalendarDay?

    public init() {}

    /// Reads the next record; a day mark moves ``current``.
    public mutating func read(type: UInt8, payload: [UInt8]) {
        guard type == IntakeRecord.dayMarkType, let mark = try? DayMark(parsing: payload) else { return }
        if current.map({ $0 < mark.day }) ?? true { current = mark.day }
    }
}
