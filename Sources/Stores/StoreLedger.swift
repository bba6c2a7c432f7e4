import Casework
import Ledger

/// Opens the ledger of a store (the intake or the outcomes log) with the store's errors.
enum StoreLedger {
    /// A log cut back below its own last signed checkpoint is
    /// ``StoreError/recordsRemoved(log:records:checkpointSize:)``, named `log`; any other failure is
    /// ``StoreError/ledger(_:)``.
    static func open(at path: String, options: Ledger.Options, log: String) throws(StoreError) -> Ledger {
        do {
            return try Ledger.open(at: path, options: options)
        } catch .shorterThanCheckpoint(_, let records, let size) {
            throw .recordsRemoved(log: log, records: records, checkpointSize: size)
        } catch {
            throw .ledger(error)
        }
    }
}
