import Casework
import Dispatch
import Sodium
import Stores

extension Sync {
    /// A downloaded record that passed its checks, with the leaf hash it was checked against: the
    /// mirror's log stores that hash instead of hashing the record a second time.
    struct Checked {
        var type: UInt8
        var payload: [UInt8]
        var leafHash: [UInt8]
    }

    /// The RFC 6962 leaf hash of a record, `SHA-256(0x00 ‖ type ‖ payload)`, without copying the payload
    /// behind its type byte.
    static func leafHash(type: UInt8, payload: [UInt8]) -> [UInt8] {
        var hash = SHA256()
        hash.update([0x00, type])
        hash.update(payload)
        return hash.finalize()
    }

    /// Step c of ``run()``: downloads the records up to `size` into the mirror, each checked against its
    /// leaf hash; returns how many came in full and the cases they belong to.
    ///
    /// Three things overlap: the server reads batch N + 1 (``BatchRequest``) while this thread checks
    /// batch N and the mirror's log writes batch N − 1. Every exit waits for the log first, so what was
    /// checked is durable when the sync returns or fails, as when each batch was asked for, checked and
    /// written in turn: an interrupted sync resumes after it, and the first error is the one reported.
    func download(size: UInt64, oldNote: String?, newNote: String) throws(MirroringError)
        -> (downloaded: UInt64, caseKeys: [CaseTag.Words])
    {
        var batches = 0
        var downloaded: UInt64 = 0
        // In log order, repeats and all: a set of a million cases costs more than the few lookups the
        // late records' step makes when the mirror holds stand-ins, and it holds none in most syncs.
        var caseKeys: [CaseTag.Words] = []
        var next = mirror.recordCount
        // The request for the next batch, sent while this one is checked and appended.
        var ahead: BatchRequest?
        // The batch the log writes while the next one is checked.
        var writing: Mirror.Appending?
        do throws(MirroringError) {
            while next < size {
                let count = min(batchCount, size - next)
                let records: [RecordBatchReader.Record]
                if let ahead, ahead.from == next {
                    records = try ahead.records()
                } else {
                    records = try fetchBatch(from: next, count: count, to: size)
                }
                ahead = nil
                guard !records.isEmpty, UInt64(records.count) <= count else {
                    throw .connection(
                        "\(connection.client.server) sent \(records.count) records for a request of \(count); is it "
                            + "candor-server?")
                }
                let following = next + UInt64(records.count)
                if following < size, interruptAfterBatches.map({ batches + 1 < $0 }) ?? true {
                    ahead = BatchRequest(self, from: following, count: min(batchCount, size - following), to: size)
                }
                let accepted = try check(records, from: next, oldNote: oldNote, newNote: newNote)
                checkedBatch?(next, accepted.records.map { ($0.type, $0.payload) })
                downloaded += UInt64(accepted.downloaded)
                caseKeys += accepted.caseKeys
                if let writing {
                    try writing.wait()
                    progress?(mirror.recordCount, size)
                }
                writing = mirror.startAppend(verified: accepted.records)
                next = following
                batches += 1
                if let limit = interruptAfterBatches, batches >= limit, next < size {
                    throw .connection("interrupted (test) after \(batches) batches")
                }
            }
            try writing?.wait()
            if writing != nil { progress?(mirror.recordCount, size) }
        } catch {
            try writing?.wait()
            throw error
        }
        return (downloaded, caseKeys)
    }

    /// Checks one batch of records that starts at index `first`: the records to append, how many of them
    /// came in full, and their cases. At a record that fails, appends the ones before it (they are
    /// pending, as any record before the root check) and throws with an evidence folder.
    private func check(_ records: [RecordBatchReader.Record], from first: UInt64, oldNote: String?, newNote: String)
        throws(MirroringError) -> (records: [Checked], downloaded: Int, caseKeys: [CaseTag.Words])
    {
        var accepted: [Checked] = []
        accepted.reserveCapacity(records.count)
        var downloaded = 0
        var caseKeys: [CaseTag.Words] = []
        caseKeys.reserveCapacity(records.count)
        for (offset, record) in records.enumerated() {
            let expected = first + UInt64(offset)
            guard record.index == expected else {
                try mirror.append(verified: accepted)
                throw failure(
                    "the server sent record \(record.index) where record \(expected) was due",
                    old: oldNote, new: newNote, record: record,
                    explanation: "The server's records batch is out of order (record.bin holds what it sent).")
            }
            if let key = record.withheldKey {
                // Only the root can check a withheld record's leaf hash: its stand-in keeps it in the tree.
                guard Self.mayBeWithheld(record.type) else {
                    try mirror.append(verified: accepted)
                    throw failure(
                        "the server withheld record \(record.index) of type \(record.type), which it must send in full",
                        old: oldNote, new: newNote, record: record,
                        explanation:
                            "The server withheld a record it must send in full (a day mark, public and always "
                            + "sent), or one of a type the intake log never holds (0 or 255).")
                }
                accepted.append(
                    Checked(
                        type: IntakeRecord.standInType,
                        payload: IntakeRecord.standIn(leafHash: record.leafHash, type: record.type, key: key),
                        leafHash: record.leafHash))
                continue
            }
            let computed = Self.leafHash(type: record.type, payload: record.payload)
            guard computed == record.leafHash, record.type != 0 else {
                try mirror.append(verified: accepted)
                throw failure(
                    "record \(record.index) was altered: its contents do not match its leaf hash "
                        + "(the log commits to \(hex(record.leafHash)); the contents hash to \(hex(computed)))",
                    old: oldNote, new: newNote, record: record,
                    explanation:
                        "A record's contents do not hash to the leaf hash the log committed to: it was changed after "
                        + "it was logged.")
            }
            accepted.append(Checked(type: record.type, payload: record.payload, leafHash: computed))
            downloaded += 1
            if let key = Self.caseKey(type: record.type, payload: record.payload) { caseKeys.append(key) }
        }
        return (accepted, downloaded, caseKeys)
    }

    /// One `records` request and the parse of its answer.
    func fetchBatch(from: UInt64, count: UInt64, to size: UInt64) throws(MirroringError) -> [RecordBatchReader.Record] {
        let body = try connection.get(Self.apiPrefix + "records?from=\(from)&count=\(count)&to=\(size)").body
        return try RecordBatchReader.parse(body, server: connection.client.server.description)
    }

    /// A `records` request sent ahead on its own thread, so that the server reads and sends batch N + 1
    /// while the tool checks and appends batch N. Its answer, or its error, is taken only when the sync
    /// reaches that batch, so the sync fails at the same point, with the same error, as one that asks
    /// for each batch in turn; an answer never taken (the sync failed before) is dropped.
    final class BatchRequest: @unchecked Sendable {
        let from: UInt64
        private let done = DispatchSemaphore(value: 0)
        // Written once by the request's thread before `done` is signalled, read after the wait.
        private var result: Result<[RecordBatchReader.Record], MirroringError>?

        init(_ sync: Sync, from: UInt64, count: UInt64, to size: UInt64) {
            self.from = from
            DispatchQueue.global().async {
                self.result = Result { () throws(MirroringError) in
                    try sync.fetchBatch(from: from, count: count, to: size)
                }
                self.done.signal()
            }
        }

        /// The batch's records, once the answer is in.
        func records() throws(MirroringError) -> [RecordBatchReader.Record] {
            done.wait()
            done.signal()
            return try result!.get()
        }
    }
}
