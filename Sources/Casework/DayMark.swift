/// The day the intake received the records after it: record type 4 of the intake log (Envelope.md,
/// "The intake log").
///
/// The intake appends one before the first record of each new day (Vietnam time), so every record's
/// received day is the day of the last mark before it, set by the server's clock. What a sealed message
/// says (``CaseMessage/receivedOn``) is the sender's claim, and a citizen's device seals its own: it is
/// only the fallback for records older than the first mark.
///
/// The payload is 11 bytes in clear: the version `0x01`, then the day as the 10 ASCII bytes
/// `YYYY-MM-DD`. A day is as coarse as the deadlines need and as fine as the log's order already shows.
public struct DayMark: Sendable, Equatable {
    /// The only format version.
    public static let version: UInt8 = 1
    /// The payload's size: the version and `YYYY-MM-DD`.
    public static let byteCount = 11

    public let day: CalendarDay

    public init(day: CalendarDay) { self.day = day }

    /// The record's payload.
    public var payload: [UInt8] { [Self.version] + Array(day.description.utf8) }

    /// Parses a payload strictly: exactly 11 bytes, version 1, and a day that exists.
    public init(parsing payload: [UInt8]) throws(CaseworkError) {
        func fail(_ why: String) -> CaseworkError { .malformedPlaintext("day mark: " + why) }
        guard payload.count == Self.byteCount else { throw fail("\(payload.count) bytes, not \(Self.byteCount)") }
        guard payload[0] == Self.version else { throw fail("version \(payload[0]) is not 1") }
        guard let day = CalendarDay.iso(payload[1...]), day.isValid else { throw fail("not a day written YYYY-MM-DD") }
        self.day = day
    }
}
