import API
import Casework
import Foundation
import Ledger
import Stores
import Transparency

extension Sync {
    /// Whether the server may send record type `type` as a withheld frame: day marks are public and
    /// always sent in full, and 0 and the stand-in type are never records of the intake log.
    static func mayBeWithheld(_ type: UInt8) -> Bool {
        type != 0 && type != IntakeRecord.dayMarkType && type != IntakeRecord.standInType
    }

    /// The case tag of an envelope or an event (the tag of its `"T"` ‖ case tag key), read from its fixed
    /// offsets, as words: a sync of a million cases keeps one per case.
    static func caseKey(type: UInt8, payload: [UInt8]) -> CaseTag.Words? {
        payload.withUnsafeBytes { bytes in
            IntakeRecord.caseTagOffset(type: type, payload: bytes).map { CaseTag.Words(bytes, at: $0) }
        }
    }

    /// Fetches the withheld records of the cases that received a record in full since the last look
    /// (a transfer to the requester's unit makes a case readable, and arrives in full), and stores each
    /// after checking it against the leaf hash its stand-in took from the verified tree. Returns how
    /// many it stored. A case the server still refuses in full (403) keeps its stand-ins.
    ///
    /// `caseKeys` are the cases of the records this run downloaded, from `seenFrom`; the records between
    /// the last look and `seenFrom` (an earlier run stopped before this step) are read again.
    func fillLateRecords(
        size: UInt64, caseKeys: [CaseTag.Words], seenFrom: UInt64, oldNote: String?, newNote: String
    ) throws(MirroringError) -> UInt64 {
        // Most cases have no stand-in: only those that have one are looked up.
        let withStandIns = try mirror.casesWithStandIns()
        var keys = Set(withStandIns.isEmpty ? [] : caseKeys.filter { withStandIns.contains($0) })
        let seen = min(seenFrom, size)
        // A mirror made before late records has no stand-ins: nothing before this run needs a look.
        for index in min(mirror.lateCheckedSize ?? seen, seen)..<seen where !withStandIns.isEmpty {
            let record = try mirror.storedRecord(at: index)
            if let key = Self.caseKey(type: record.type, payload: record.payload), withStandIns.contains(key) {
                keys.insert(key)
            }
        }
        var stored: UInt64 = 0
        // Checked records wait for one group commit (every 8 MiB, and at the end), not one fsync a case.
        var checked: [(index: UInt64, type: UInt8, payload: [UInt8])] = []
        var checkedBytes = 0
        for words in keys.sorted() {
            let tag = words.tag
            let withheld = try mirror.withheldRecords(forKey: IntakeRecord.indexKey(for: tag), below: size)
            guard !withheld.isEmpty else { continue }
            let late = try fetchLateRecords(
                tag: tag, withheld: withheld, size: size, oldNote: oldNote, newNote: newNote)
            checked += late
            checkedBytes += late.reduce(0) { $0 + $1.payload.count }
            if checkedBytes >= 8 << 20 {
                try mirror.appendLate(checked)
                stored += UInt64(checked.count)
                checked = []
                checkedBytes = 0
            }
        }
        try mirror.appendLate(checked)
        stored += UInt64(checked.count)
        try mirror.saveLateCheckedSize(size)
        return stored
    }

    /// One case's `case-records`, checked record by record against the mirror's verified leaf hashes:
    /// the late copies to store.
    private func fetchLateRecords(
        tag: CaseTag, withheld: [Mirror.StandIn], size: UInt64, oldNote: String?, newNote: String
    ) throws(MirroringError) -> [(index: UInt64, type: UInt8, payload: [UInt8])] {
        let body: [UInt8]
        do throws(MirroringError) {
            body = try connection.get(Self.apiPrefix + "case-records?tag=\(tag.hex)&to=\(size)").body
        } catch .refused(403, _, _) {
            return []
        }
        let records = try RecordBatchReader.parse(body, server: connection.client.server.description)
        let wanted = Dictionary(withheld.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        var late: [(index: UInt64, type: UInt8, payload: [UInt8])] = []
        var previous: UInt64?
        for record in records {
            guard !record.isWithheld, record.index < size, previous.map({ record.index > $0 }) ?? true else {
                throw .connection(
                    "\(connection.client.server) sent case records that are withheld, past \(size) or out of order; "
                        + "is it candor-server?")
            }
            previous = record.index
            let computed = RFC6962.leafHash([record.type] + record.payload)
            let verified = try mirror.leafHash(at: record.index)
            guard computed == verified else {
                throw failure(
                    "late record \(record.index) of case \(tag.hex) does not match the log: its contents hash to "
                        + "\(hex(computed)), but the verified log commits to \(hex(verified)) there",
                    old: oldNote, new: newNote, record: record, caseRecords: body,
                    explanation:
                        "A record the server sent late, for a case that became readable, is not the record the log "
                        + "committed to at its index (checked against the stand-in's verified leaf hash). Nothing "
                        + "of this case was stored.")
            }
            // The case's attachment links and chunks have stand-ins under their own keys, not the tag.
            var standIn = wanted[record.index]
            if standIn == nil { standIn = try lateStandIn(at: record.index) }
            if let standIn, standIn.type == record.type {
                late.append((record.index, record.type, record.payload))
            }
        }
        return late
    }

    /// The stand-in at `index` if it has no late copy yet.
    private func lateStandIn(at index: UInt64) throws(MirroringError) -> Mirror.StandIn? {
        guard let standIn = try mirror.standIn(at: index), try mirror.isWithheld(index) else { return nil }
        return standIn
    }
}
