import Casework

/// A running count of the rating envelopes in the intake log, for the statistics page.
///
/// Each call reads only the records appended since the last one, so a page view costs the new records,
/// not the whole log.
final class RatingTally: Sendable {
    private let state = Locked<(scanned: UInt64, count: Int)>((0, 0))

    func count(in intake: IntakeStore) -> Int {
        state.withLock { state in
            let end = intake.recordCount
            if end > state.scanned {
                state.count += intake.ratingCount(in: state.scanned..<end)
                state.scanned = end
            }
            return state.count
        }
    }
}
