import Casework
import Foundation
import System

/// The public satisfaction index's counters, published in daily batches: the levels of service feedback
/// stay in memory, with their day, until the first read or feedback on a later day; then every cell
/// (province, agency, procedure and month of visit) whose ratings of the days before today number at
/// least ``minimumRatingBatch`` is added to `DATA/feedback-index.json` (``FeedbackIndex``). A cell with
/// fewer waits for more. So no counter, on disk or on a page, ever moves by fewer than 10 ratings of one
/// cell, nor during the day: two copies of the disk or two views of `/satisfaction` a day apart cannot
/// tell one rating's levels.
///
/// What this costs: feedback waiting for its batch is lost from the index if the server stops (the
/// sealed records stay in the log, for the inspectors), and a cell that rarely holds 10 ratings of a
/// month may never be counted.
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

    /// Adds the cells of the days before today that hold at least ``minimumRatingBatch`` ratings to the
    /// published index, and writes it; the other cells wait, filed under yesterday. Call with
    /// `feedbackLock` held.
    private func publishDueFeedback() -> FeedbackIndex {
        let data = FileManager.default.contents(atPath: feedbackIndexPath)
        var index = data.flatMap { FeedbackIndex(json: Array($0)) } ?? FeedbackIndex()
        let today = self.today
        let due = pendingFeedback.byDay.filter { $0.key < today }
        guard !due.isEmpty else { return index }
        var waiting: [FeedbackIndex.Group: FeedbackIndex.Counts] = [:]
        for day in due.values { waiting.merge(day.groups, uniquingKeysWith: +) }
        let ready = waiting.filter { $0.value.count >= Self.minimumRatingBatch }
        for day in due.keys { pendingFeedback.byDay[day] = nil }
        // The cells still short of a batch stay due, on a day before today.
        let yesterday = today.adding(days: -1)
        pendingFeedback.byDay[yesterday] = FeedbackIndex(groups: waiting.filter { ready[$0.key] == nil })
        guard !ready.isEmpty else { return index }
        index.groups.merge(ready, uniquingKeysWith: +)
        index.through = yesterday
        // Through the ledger's file system, so that the index is as durable as the log.
        try? AtomicFile.write(index.encoded(), to: feedbackIndexPath, through: configuration.ledgerOptions.fileSystem)
        return index
    }
}
