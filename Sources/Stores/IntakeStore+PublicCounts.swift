import Casework
import Ledger

/// What the public may learn from the intake log's clear headers: counts, never contents.
extension IntakeStore {
    /// The number of rating envelopes (kind ``Envelope/Kind/rating``) among the records at `range`.
    ///
    /// Only the envelope's clear header is read: the level a citizen chose is sealed to the inspectors,
    /// and the header carries no date, so a count is all the server can honestly publish. Reading is
    /// linear in the range; callers count once and then only the new records (``recordCount`` grows).
    public func ratingCount(in range: Range<UInt64>) -> Int {
        var count = 0
        for index in range.clamped(to: 0..<ledger.count) {
            guard let record = try? ledger.record(at: index), record.type == IntakeRecord.envelopeType,
                let envelope = try? Envelope(parsing: record.payload)
            else { continue }
            if envelope.kind == .rating { count += 1 }
        }
        return count
    }
}
