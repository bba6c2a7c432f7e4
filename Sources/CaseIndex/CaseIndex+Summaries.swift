import Foundation
import Ledger
import Stores
import Triage

extension CaseIndex {
    /// The locations of every slot, in log order, in one flat array: slot `n`'s are
    /// `locations[starts[n]..<ends[n]]`. A million cases' small arrays would cost twice the memory.
    struct Groups: Sendable {
        var starts: [Int]
        var ends: [Int]
        var locations: [RecordLocation]

        subscript(slot: Int) -> [RecordLocation] { Array(locations[starts[slot]..<ends[slot]]) }
    }

    /// The locations of each slot, in log order (a counting sort: `found` is already in log order),
    /// each day mark kept once.
    static func group(
        _ found: [(slot: UInt32, location: RecordLocation)], slots: Int, dense: (UInt32) -> Int
    ) -> Groups {
        var starts = [Int](repeating: 0, count: slots + 1)
        for item in found { starts[dense(item.slot) + 1] += 1 }
        for slot in 0..<slots { starts[slot + 1] += starts[slot] }
        var ends = Array(starts.dropLast())
        var locations = [RecordLocation](
            repeating: RecordLocation(index: 0, segment: 0, offset: 0), count: found.count)
        for item in found {
            let slot = dense(item.slot)
            locations[ends[slot]] = item.location
            ends[slot] += 1
        }
        // A day mark dates every citizen's record after it: keep it once, in log order.
        for slot in 0..<slots where ends[slot] - starts[slot] > 1 {
            locations[starts[slot]..<ends[slot]].sort { $0.index < $1.index }
            var kept = starts[slot] + 1
            for position in starts[slot] + 1..<ends[slot] where locations[position] != locations[kept - 1] {
                locations[kept] = locations[position]
                kept += 1
            }
            ends[slot] = kept
        }
        starts.removeLast()
        return Groups(starts: starts, ends: ends, locations: locations)
    }

    /// Two lists of locations in log order, merged without repeats.
    static func merged(_ a: [RecordLocation], _ b: [RecordLocation]) -> [RecordLocation] {
        var seen = Set<UInt64>()
        return (a + b).sorted { $0.index < $1.index }.filter { seen.insert($0.index).inserted }
    }

    /// Opens case `id` from its records alone, as the tool always has, and summarizes it; nil when its
    /// report does not parse (filing read only its clear head), which is then no case. Without
    /// `opensReport`, its events are checked and its assignments opened, and its report left sealed.
    func summarize(_ id: UInt64, _ locations: [RecordLocation], _ context: IndexContext, opensReport: Bool = true)
        throws(IndexDamage) -> CaseSummary?
    {
        var dayMarks = DayMarks()
        return try summarize(id, locations, context, opensReport: opensReport, dayMarks: &dayMarks)
    }

    /// ``summarize(_:_:_:opensReport:)`` with the day marks earlier cases of the same job read. The
    /// records from log index `scannedFrom` on were read moments before, in this process, by the scan
    /// that filed them, which checked their checksums (or the sync that wrote them had just checked their
    /// bytes): they are not checked again (CaseIndex.md, "Reading a record").
    func summarize(
        _ id: UInt64, _ locations: [RecordLocation], _ context: IndexContext, opensReport: Bool,
        dayMarks: inout DayMarks, scannedFrom: UInt64 = .max
    ) throws(IndexDamage) -> CaseSummary? {
        var records: [LedgerRecord] = []
        records.reserveCapacity(locations.count)
        for location in locations {
            if let mark = dayMarks.records[location.index] {
                records.append(mark)
                continue
            }
            let record = try segments.record(at: location, checksum: location.index < scannedFrom)
            if record.type == IntakeRecord.dayMarkType { dayMarks.keep(record) }
            records.append(record)
        }
        let book = CaseBook(
            records: records, keys: context.openingKeys, signers: context.signers, summaryOnly: true,
            opensReports: opensReport, checked: context.checkedSignatures)
        guard let item = book.case(id: id) else { return nil }
        return CaseSummary(item, records: locations, policy: context.policy, reportSealed: !opensReport)
    }
}

/// The day marks a job read: the cases of a page were received on a few days, and each of their reports
/// files the mark of its day, so a mark read once serves the next cases.
struct DayMarks {
    private(set) var records: [UInt64: LedgerRecord] = [:]

    mutating func keep(_ record: LedgerRecord) {
        // A page's cases span a few days; a bound keeps a job that meets many from holding them all.
        if records.count >= 64 { records.removeAll(keepingCapacity: true) }
        records[record.index] = record
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
