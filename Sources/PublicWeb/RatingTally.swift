import Casework
import Stores
import Web

/// A running count of the rating envelopes in the intake log, for the statistics page: those received
/// up to the last day the published levels cover, so the page's figures move together, once a day.
///
/// Each call reads only the records appended since the last one, so a page view costs the new records,
/// not the whole log.
final class RatingTally: Sendable {
    private let state = Locked<(scanned: UInt64, count: Int)>((0, 0))

    /// The ratings received on or before `through` (nil: before the log's first day mark).
    func count(in intake: IntakeStore, through: CalendarDay?) -> Int {
        state.withLock { state in
            let end = intake.recordCount(receivedThrough: through)
            if end > state.scanned {
                state.count += intake.ratingCount(in: state.scanned..<end)
                state.scanned = end
            }
            return state.count
        }
    }
}
