import Casework
import Foundation
import Ledger
import Sodium
import Stores
import Transparency

/// Withheld records and their late copies (Sync.md, "Partial mirrors").
///
/// A record the server withheld is a stand-in in `intake/` (IntakeRecord's type 0xFF: its leaf hash,
/// type and index key), so `intake/` keeps the server's Merkle root. When the record becomes readable
/// later (a transfer of its case), its payload goes to `late/`, a second ledger whose record payload is
/// `log index u64 LE ‖ type u8 ‖ payload`, of type 1 and indexed by the 8 index bytes. `intake/` is
/// never rewritten, so the verified tree stays as it was checked.
extension Mirror {
    static let lateFolderName = "late"
    static let lateCheckedFileName = "late-checked"
    static let lateRecordType: UInt8 = 1

    /// What a stand-in in the mirror says about the record it stands for.
    public struct StandIn: Sendable, Equatable {
        public var index: UInt64
        public var leafHash: [UInt8]
        public var type: UInt8
        /// Its index key: `"T"` ‖ case tag, `"A"` ‖ attachment id, or empty.
        public var key: [UInt8]
    }

    static func openLate(_ path: String) throws(MirroringError) -> Ledger {
        var options = Ledger.Options()
        options.indexKeys = { view in view.payloadCount > 8 ? [view.payloadPrefix(8)] : [] }
        // The ledger's cap; intake records are far smaller (16 MiB at most), so 9 more bytes always fit.
        options.maxPayloadLength = 64 << 20
        return try open(path, options: options, what: "cannot open the mirror's late records")
    }

    static func lateKey(_ index: UInt64) -> [UInt8] { withUnsafeBytes(of: index.littleEndian) { Array($0) } }

    /// Whether the server withheld record `index` and the mirror has no late copy of it: only its leaf
    /// hash is here.
    public func isWithheld(_ index: UInt64) throws(MirroringError) -> Bool {
        let stored = try storedRecord(at: index)
        guard stored.type == IntakeRecord.standInType else { return false }
        return try lateCopy(of: stored) == nil
    }

    /// The stand-in at `index`, if record `index` is one (filled or not).
    public func standIn(at index: UInt64) throws(MirroringError) -> StandIn? {
        Self.standIn(try storedRecord(at: index))
    }

    static func standIn(_ record: LedgerRecord) -> StandIn? {
        guard record.type == IntakeRecord.standInType, record.payload.count >= IntakeRecord.standInHeadByteCount
        else { return nil }
        return StandIn(
            index: record.index, leafHash: Array(record.payload[0..<32]), type: record.payload[32],
            key: Array(record.payload[IntakeRecord.standInHeadByteCount...]))
    }

    /// The late copy of the stand-in `stored`, shaped as the record it stands for, or nil. A copy that
    /// no longer hashes to the stand-in's leaf hash is local damage.
    public func lateCopy(of stored: LedgerRecord) throws(MirroringError) -> LedgerRecord? {
        try Self.lateCopy(of: stored, in: late, directory: directory)
    }

    static func lateCopy(of stored: LedgerRecord, in late: Ledger, directory: String) throws(MirroringError)
        -> LedgerRecord?
    {
        guard let standIn = Self.standIn(stored),
            let position = late.records(forKey: Self.lateKey(stored.index)).last
        else { return nil }
        let bytes: [UInt8]
        do {
            bytes = try late.record(at: position).payload
        } catch {
            throw .log(path: directory, what: "cannot read the late copy of record \(stored.index)", error)
        }
        let payload = Array(bytes.dropFirst(9))
        guard bytes.count >= 9, bytes[8] == standIn.type,
            RFC6962.leafHash([standIn.type] + payload) == standIn.leafHash
        else {
            throw .io(
                path: directory + "/" + Self.lateFolderName,
                reason: "the late copy of record \(stored.index) does not hash to its stand-in's leaf hash: "
                    + "the mirror is damaged; restore it from a backup or sync into a new --mirror")
        }
        return LedgerRecord(index: stored.index, type: standIn.type, payload: payload, leafHash: standIn.leafHash)
    }

    /// The late copies of a mirror, read without opening its log (the case index reads the log's
    /// segment files itself). `late/` is opened for each copy asked for and closed at once, so that a
    /// command can open the whole mirror afterwards (its ledger lock is taken only meanwhile).
    public struct LateCopies: Sendable {
        private let directory: String

        public init(mirrorDirectory: String) { directory = mirrorDirectory }

        /// The late copy of the stand-in `stored`, or nil (none fetched, or `late/` cannot be read: the
        /// stand-in is then shown as a record that cannot be opened).
        public func copy(of stored: LedgerRecord) -> LedgerRecord? {
            let path = directory + "/" + Mirror.lateFolderName
            guard Mirror.standIn(stored) != nil, FileManager.default.fileExists(atPath: path),
                let late = try? Mirror.openLate(path)
            else { return nil }
            defer { late.close() }
            return (try? Mirror.lateCopy(of: stored, in: late, directory: directory)) ?? nil
        }
    }

    /// How many late copies the mirror holds.
    public var lateRecordCount: UInt64 { late.count }

    /// Stores late copies; each must already have been checked against its stand-in (``Sync`` does).
    func appendLate(_ records: [(index: UInt64, type: UInt8, payload: [UInt8])]) throws(MirroringError) {
        try Self.append(
            records.map { (Self.lateRecordType, Self.lateKey($0.index) + [$0.type] + $0.payload) }, to: late,
            directory: directory)
    }

    /// The stand-ins filed under `key` (a case's `"T"` ‖ tag) below `size` that have no late copy yet:
    /// one key lookup for a case that has none, as most have.
    func withheldRecords(forKey key: [UInt8], below size: UInt64) throws(MirroringError) -> [StandIn] {
        var found: [StandIn] = []
        for index in ledger.records(forKey: IntakeRecord.standInIndexKey(for: key)) where index < size {
            let stored = try storedRecord(at: index)
            if let standIn = Self.standIn(stored), try lateCopy(of: stored) == nil { found.append(standIn) }
        }
        return found
    }

    /// The cases that have stand-ins filed under their tag (filled or not), from one sequential pass over
    /// the log's key index: a sync that asks about a million cases, most of them with none, asks only
    /// about these (``withheldRecords(forKey:below:)``).
    func casesWithStandIns() throws(MirroringError) -> Set<CaseTag.Words> {
        var cases: Set<CaseTag.Words> = []
        let prefix = IntakeRecord.standInIndexKey(for: [UInt8(ascii: "T")])
        do {
            try ledger.forEachIndexedKey(withPrefix: prefix) { key, _ in
                if key.count == prefix.count + CaseTag.byteCount { cases.insert(CaseTag.Words(key, at: prefix.count)) }
            }
        } catch {
            throw .log(path: directory, what: "cannot read the mirror's key index", error)
        }
        return cases
    }

    /// The mirror's leaf hash of record `index` (a stand-in's is the withheld record's).
    func leafHash(at index: UInt64) throws(MirroringError) -> [UInt8] {
        do {
            return try ledger.leafHash(at: index)
        } catch {
            throw .log(path: directory, what: "cannot read the leaf hash of record \(index)", error)
        }
    }

    /// The log size through which a sync last looked for cases to fill; nil for a mirror made before
    /// late records (a new mirror starts at 0).
    var lateCheckedSize: UInt64? {
        FileManager.default.contents(atPath: directory + "/" + Self.lateCheckedFileName)
            .flatMap { UInt64(String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    func saveLateCheckedSize(_ size: UInt64) throws(MirroringError) {
        try Self.writeAtomically(Array("\(size)\n".utf8), to: directory + "/" + Self.lateCheckedFileName)
    }
}
