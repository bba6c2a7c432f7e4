import Foundation
import Triage

/// Reports opened when needed (CaseIndex.md, "Reports opened when needed").
///
/// A sync summarizes its new cases from what is in clear and what the events say (every event's
/// signature checked, every assignment opened), and leaves each report sealed: opening it (an X25519
/// and the report's parse) was most of what a case cost. A page of `list` opens the reports it shows,
/// in memory; a filter on a report's fields opens every sealed report once and writes it into the index.
extension CaseIndex {
    /// `summaries`, read with their locations, with every sealed report opened, in memory: what a page of
    /// `list` shows. The index is not written.
    public func opened(_ summaries: [CaseSummary], _ context: IndexContext) throws(IndexDamage) -> [CaseSummary] {
        var opened = summaries
        for position in opened.indices where opened[position].isReportSealed {
            if let summary = try openReport(opened[position], context) { opened[position] = summary }
        }
        return opened
    }

    /// `summary` (read with its locations) with its report opened. Its events were checked when it was
    /// summarized: the report's record alone is opened, and only a report the keys cannot open directly
    /// (a transfer's grant may hold its key) or a case opened from feedback opens the whole case again.
    func openReport(_ summary: CaseSummary, _ context: IndexContext) throws(IndexDamage) -> CaseSummary? {
        if !summary.isFromFeedback, let location = summary.records.first(where: { $0.index == summary.id }) {
            let book = CaseBook(
                records: [try segments.record(at: location)], keys: context.openingKeys, signers: [],
                summaryOnly: true)
            if let item = book.case(id: summary.id), item.report != nil { return summary.withReport(of: item) }
        }
        return try summarize(summary.id, summary.records, context)
    }

    /// Whether any case of the index still has its report sealed (read from the order files).
    public func hasSealedReports() throws -> Bool {
        try foldOrder { page in page.contains { $0.isReportSealed } }.contains(true)
    }

    /// `index` with every sealed report opened and its page rewritten, holding the lock; the index as it
    /// is when another command opened them meanwhile.
    public static func openingReports(_ context: IndexContext, _ index: CaseIndex) throws -> CaseIndex {
        try exclusively(context.mirror) {
            let latest = (try? read(context)) ?? index
            guard try latest.hasSealedReports() else { return latest }
            context.progress?("candor-inspect: opening the reports of the cases the last sync added")
            return try latest.resummarized(context, progress: "reports opened") { index, summary in
                summary.isReportSealed ? try index.openReport(summary, context) : nil
            }
        }
    }

    /// The index as it is on disk now when another command rewrote it since `self` was read (a sync, the
    /// opening of sealed reports) and it is current; nil otherwise.
    public func reread(_ context: IndexContext, size: UInt64, rootHash: [UInt8]) -> CaseIndex? {
        guard let latest = try? Self.read(context), latest.directory != directory,
            latest.isCurrent(context, size: size, rootHash: rootHash)
        else { return nil }
        return latest
    }
}
