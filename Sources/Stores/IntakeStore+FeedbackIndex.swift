import Casework
import Foundation
import System

/// The public satisfaction index's counters, published in daily batches as the rating tally is
/// (``publishedRatingTally``): the levels of service feedback stay in memory, with their day, until
/// the first read or feedback on a later day finds at least ``minimumRatingBatch`` of them on earlier
/// days; then those are added to `DATA/feedback-index.json` (``FeedbackIndex``). A smaller batch
/// waits. So the file and the pages never move by one rating, and never during the day.
///
/// What this costs: feedback waiting for its batch is lost from the index if the server stops (the
/// sealed records stay in the log, for the inspectors).
extension IntakeStore {
    public static let feedbackIndexFileName = "feedback-index.json"

    /// The feedback counted but not published yet, by day (memory only).
    final class PendingFeedback: @unchecked Sendable {
        // @unchecked: only touched under the store's `feedbackLock`.
        var byDay: [CalendarDay: FeedbackIndex] = [:]
    }

    /// The published index, after publishing the batch that is due, if any.
    public var publishedFeedbackIndex: FeedbackIndex {
        feedbackLock.lock()
        defer { feedbackLock.unlock() }
        return publishDueFeedback()
    }

    /// Counts one feedback, received today, towards its day's batch.
    func countFeedback(_ feedback: ServiceFeedback) {
        feedbackLock.lock()
        defer { feedbackLock.unlock() }
        pendingFeedback.byDay[today, default: FeedbackIndex()].add(feedback)
        _ = publishDueFeedback()
    }

    private var feedbackIndexPath: String { dataDirectory + "/" + Self.feedbackIndexFileName }

    /// Adds the days before today to the published index if they hold at least ``minimumRatingBatch``
    /// ratings, and writes it. Call with `feedbackLock` held.
    private func publishDueFeedback() -> FeedbackIndex {
        let data = FileManager.default.contents(atPath: feedbackIndexPath)
        var index = data.flatMap { FeedbackIndex(json: Array($0)) } ?? FeedbackIndex()
        let today = self.today
        let due = pendingFeedback.byDay.filter { $0.key < today }
        guard due.values.reduce(0, { $0 + $1.total }) >= Self.minimumRatingBatch else { return index }
        for day in due.values {
            index.groups.merge(day.groups, uniquingKeysWith: +)
        }
        for day in due.keys { pendingFeedback.byDay[day] = nil }
        index.through = today.adding(days: -1)
        // Through the ledger's file system, so that the index is as durable as the log.
        try? AtomicFile.write(index.encoded(), to: feedbackIndexPath, through: configuration.ledgerOptions.fileSystem)
        return index
    }
}
