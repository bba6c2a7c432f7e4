import Dispatch
import Sodium

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
