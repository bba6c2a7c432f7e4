import Casework
import Foundation
import System

/// The public tally of satisfaction levels: how many ratings of each level the intake has sealed,
/// published in daily batches.
///
/// A rating is sealed like every citizen message, so the intake log cannot tell its level afterwards.
/// The intake does see the level for the instant it seals a rating sent through the web form or the
/// JSON API. It keeps that level **in memory only**, with the day, until a batch is published: the
/// first time the tally is read or a rating is counted on a later day, every day before today whose
/// levels add up to at least ``minimumRatingBatch`` ratings is added to the published tally, which is
/// written to `DATA/rating-tally.json` (five numbers and the last day they cover: no case, no comment).
/// A smaller batch waits for the next day. So neither the file nor the statistics page ever changes by
/// one rating: a disk copy or a page seen before and after a rating cannot tell its level, only the
/// sum of 10 or more. Ratings sealed on the citizen's own device are counted in the log
/// (``ratingCount(in:)``) but not by level: the intake never sees them.
///
/// What this costs: levels waiting for their batch are lost if the server stops (the ratings
/// themselves are durable in the log, and are then counted without a level).
///
/// The file, written atomically (keys sorted, no white space):
///
/// ```json
/// {"counts":{"dissatisfied":0,"neutral":1,"satisfied":10,"very-dissatisfied":0,"very-satisfied":0},"format":"candor-rating-tally-v2","through":"2026-05-04"}
/// ```
///
/// `through` is the last day the counts cover. A `candor-rating-tally-v1` file (counts only, written
/// after every rating before batches existed) is read as published counts that cover the records
/// before the log's first day mark.
extension IntakeStore {
    public static let ratingTallyFileName = "rating-tally.json"
    /// The fewest ratings a batch publishes: a smaller one waits for more.
    public static let minimumRatingBatch = 10

    /// The published tally: the levels, and the last day they cover (nil for a tally written before
    /// day marks, or none yet).
    public struct RatingTally: Sendable, Equatable {
        public var counts: [Rating.Level: Int] = [:]
        public var through: CalendarDay?
    }

    /// The levels counted by the intake but not published yet, by day (memory only).
    final class PendingRatings: @unchecked Sendable {
        // @unchecked: only touched under the store's `ratingTallyLock`.
        var byDay: [CalendarDay: [Rating.Level: Int]] = [:]
    }

    /// The number of ratings of each level published so far (after the batch that is due, if any).
    public var ratingLevels: [Rating.Level: Int] { publishedRatingTally.counts }

    /// The published tally, after publishing the batch that is due, if any.
    public var publishedRatingTally: RatingTally {
        ratingTallyLock.lock()
        defer { ratingTallyLock.unlock() }
        return publishDueRatings()
    }

    /// Counts one rating of `level`, received today, towards its day's batch.
    func countRating(_ level: Rating.Level) {
        ratingTallyLock.lock()
        defer { ratingTallyLock.unlock() }
        pendingRatings.byDay[today, default: [:]][level, default: 0] += 1
        _ = publishDueRatings()
    }

    private var ratingTallyPath: String { dataDirectory + "/" + Self.ratingTallyFileName }

    /// Adds the days before today to the published tally if they hold a batch of at least
    /// ``minimumRatingBatch`` ratings, and writes it. Call with `ratingTallyLock` held.
    private func publishDueRatings() -> RatingTally {
        var tally = loadRatingTally()
        let today = self.today
        let due = pendingRatings.byDay.filter { $0.key < today }
        let count = due.values.reduce(0) { $0 + $1.values.reduce(0, +) }
        guard count >= Self.minimumRatingBatch else { return tally }
        for levels in due.values {
            for (level, number) in levels { tally.counts[level, default: 0] += number }
        }
        for day in due.keys { pendingRatings.byDay[day] = nil }
        tally.through = today.adding(days: -1)
        let object: [String: Any] = [
            "format": "candor-rating-tally-v2", "through": tally.through!.description,
            "counts": Dictionary(
                uniqueKeysWithValues: Rating.Level.allCases.map { ($0.rawValue, tally.counts[$0] ?? 0) }),
        ]
        // Through the ledger's file system, so that the tally is as durable as the log, and a test can see it.
        if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
            try? AtomicFile.write(Array(data), to: ratingTallyPath, through: configuration.ledgerOptions.fileSystem)
        }
        return tally
    }

    private func loadRatingTally() -> RatingTally {
        guard let data = FileManager.default.contents(atPath: ratingTallyPath),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let format = object["format"] as? String, let counts = object["counts"] as? [String: Int]
        else { return RatingTally() }
        var tally = RatingTally()
        switch format {
        case "candor-rating-tally-v1": break
        case "candor-rating-tally-v2":
            guard let text = object["through"] as? String, let day = CalendarDay(iso: text) else {
                return RatingTally()
            }
            tally.through = day
        default: return RatingTally()
        }
        for level in Rating.Level.allCases { tally.counts[level] = max(0, counts[level.rawValue] ?? 0) }
        return tally
    }
}
