import Dispatch
import Ledger

extension Mirror {
    /// Appends records whose leaf hashes the sync has just checked them against, so that the log does
    /// not hash them again (Ledger's Records.md, "Leaf hashes given by the caller"); the root check that
    /// follows a download covers them as any record. Waits until all are durable.
    func append(verified records: [Sync.Checked]) throws(MirroringError) {
        try startAppend(verified: records).wait()
    }

    /// Starts appending `records` as ``append(verified:)`` does, without waiting: the sync checks the
    /// next batch while the log writes this one. The log writes appends in the order they are started.
    func startAppend(verified records: [Sync.Checked]) -> Appending {
        Self.startAppends(records.count, directory: directory) {
            ledger.append(
                type: records[$0].type, payload: records[$0].payload, leafHash: records[$0].leafHash, completion: $1)
        }
    }

    /// Appends under way.
    final class Appending: Sendable {
        let group = DispatchGroup()
        let failure = FailureBox()
        let directory: String

        init(directory: String) { self.directory = directory }

        /// Waits until every append is durable; throws the first that failed.
        func wait() throws(MirroringError) {
            group.wait()
            if let error = failure.error {
                throw .log(path: directory, what: "cannot append to the mirror's log", error)
            }
        }
    }
}
