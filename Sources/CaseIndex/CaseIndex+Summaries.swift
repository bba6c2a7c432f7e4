import Foundation
import Ledger
import Triage

extension CaseIndex {
    /// The locations of each slot, in log order (a counting sort: `found` is already in log order).
    static func group(
        _ found: [(slot: UInt32, location: RecordLocation)], slots: Int, dense: (UInt32) -> Int
    ) -> [[RecordLocation]] {
        var counts = [Int](repeating: 0, count: slots)
        for item in found { counts[dense(item.slot)] += 1 }
        var groups = counts.map { count -> [RecordLocation] in
            var group: [RecordLocation] = []
            group.reserveCapacity(count)
            return group
        }
        for item in found { groups[dense(item.slot)].append(item.location) }
        // A day mark dates every citizen's record after it: keep it once, in log order.
        for slot in groups.indices where groups[slot].count > 1 {
            groups[slot].sort { $0.index < $1.index }
            var unique: [RecordLocation] = []
            for location in groups[slot] where unique.last != location { unique.append(location) }
            groups[slot] = unique
        }
        return groups
    }

    /// Two lists of locations in log order, merged without repeats.
    static func merged(_ a: [RecordLocation], _ b: [RecordLocation]) -> [RecordLocation] {
        var seen = Set<UInt64>()
        return (a + b).sorted { $0.index < $1.index }.filter { seen.insert($0.index).inserted }
    }

    /// Opens case `id` from its records alone, as the tool always has, and summarizes it; nil when its
    /// report does not parse (filing read only its clear head), which is then no case.
    func summarize(_ id: UInt64, _ locations: [RecordLocation], _ context: IndexContext) throws(IndexDamage)
        -> CaseSummary?
    {
        var records: [LedgerRecord] = []
        for location in locations { records.append(try segments.record(at: location)) }
        let book = CaseBook(
            records: records, keys: context.openingKeys, signers: context.signers, summaryOnly: true)
        guard let item = book.case(id: id) else { return nil }
        return CaseSummary(item, records: locations, policy: context.policy)
    }
}

/// The pages written by concurrent jobs, and the first failure.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var pages: [IndexDirectory.Page?]
    private(set) var error: (any Error)?

    init(count: Int) { pages = Array(repeating: nil, count: count) }

    func set(_ number: Int, _ page: IndexDirectory.Page) {
        lock.lock()
        pages[number] = page
        lock.unlock()
    }

    func fail(_ failure: any Error) {
        lock.lock()
        if error == nil { error = failure }
        lock.unlock()
    }
}

/// A count shared by concurrent jobs.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func add(_ count: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += count
        return value
    }
}
