import Casework
import Foundation

/// Each case's units, in memory, so that the inspectors' sync asks "may this inspector read this
/// record?" a million times without reading a case twice (``IntakeStore/mayRead(_:caseTag:)``).
///
/// Compact at a million cases: a case is keyed by the first 16 bytes of its tag (a keyed hash: two
/// cases that share them are as unlikely as a guessed key) and its units are a 64-bit set over the
/// deployment's units: 24 bytes a case, about 50 MB for a million cases with the dictionary's slack. A case enters on its report
/// (``record(_:of:)``) or on first use, and a transfer adds its target (``add(_:to:)``).
final class CaseUnitsCache: Sendable {
    /// The bits of a case's units: bit *i* is ``units``[*i*].
    struct UnitSet: Sendable, Equatable {
        var bits: UInt64 = 0

        mutating func insert(_ position: Int) { bits |= 1 << UInt64(position) }

        func contains(_ position: Int) -> Bool { bits & (1 << UInt64(position)) != 0 }
    }

    struct Key: Hashable {
        let a: UInt64
        let b: UInt64

        init(_ tag: CaseTag) {
            let bytes = tag.rawRepresentation
            a = bytes[0..<8].reduce(0) { $0 << 8 | UInt64($1) }
            b = bytes[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
        }
    }

    /// The most units a bit set holds (the catalogue has 35); a deployment with more reads the case
    /// each time.
    static let capacity = 64

    /// The deployed unit ids, sorted: a unit's bit is its position here.
    let units: [String]
    private let positions: [String: Int]
    private let state = Guarded()

    /// The map and a count of transfers, so that a case read while a transfer was appended is not
    /// cached with its units before the transfer.
    private final class Guarded: @unchecked Sendable {
        let lock = NSLock()
        var sets: [Key: UnitSet] = [:]
        var transfers = 0
    }

    init(units: [String]) {
        self.units = units
        positions = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1, $0) })
    }

    /// Whether the cache can hold this deployment's units.
    var isUsable: Bool { !units.isEmpty && units.count <= Self.capacity }

    private func set(of ids: [String]) -> UnitSet {
        var set = UnitSet()
        for id in ids { if let position = positions[id] { set.insert(position) } }
        return set
    }

    /// The units of a new case (its route).
    func record(_ ids: [String], of tag: CaseTag) {
        guard isUsable else { return }
        let set = set(of: ids)
        state.lock.lock()
        defer { state.lock.unlock() }
        state.sets[Key(tag)] = set
    }

    /// A transfer of the case to `unit`, just appended.
    func add(_ unit: String, to tag: CaseTag) {
        guard isUsable, let position = positions[unit] else { return }
        state.lock.lock()
        defer { state.lock.unlock() }
        state.transfers += 1
        state.sets[Key(tag)]?.insert(position)
    }

    /// Whether the case's units include `unit`, reading them with `read` (nil: no such case) the
    /// first time.
    func contains(_ unit: String, caseTag tag: CaseTag, read: () -> [String]?) -> Bool {
        guard isUsable, let position = positions[unit] else { return read()?.contains(unit) ?? false }
        let key = Key(tag)
        state.lock.lock()
        let cached = state.sets[key]
        let transfers = state.transfers
        state.lock.unlock()
        if let cached { return cached.contains(position) }
        guard let ids = read() else { return false }
        let set = set(of: ids)
        state.lock.lock()
        if state.transfers == transfers, state.sets[key] == nil { state.sets[key] = set }
        state.lock.unlock()
        return set.contains(position)
    }

    /// How many cases are cached (for tests and figures).
    var count: Int {
        state.lock.lock()
        defer { state.lock.unlock() }
        return state.sets.count
    }
}
