import CaseExport
import Foundation
import Triage

/// What `candor-inspect export` and the workbench's Export button share: a case's bundle
/// (CaseBundle.md) gathered from the verified mirror and written into a new folder.
extension Workspace {
    /// What an export wrote, for the sentence the command prints and the page the workbench shows.
    public struct Export: Sendable {
        public let caseID: UInt64
        public let directory: String
        public let records: Int
        public let events: Int
        /// The size of the signed checkpoint every record is proven in.
        public let treeSize: UInt64
        /// Whether `open/` holds the decrypted case.
        public let isOpen: Bool
        public let keysDirectory: String

        /// The command an auditor runs on the folder, with public keys only.
        public var verifyCommand: String { "candor-audit verify-bundle \(directory) --keys \(keysDirectory)" }

        /// `candor-inspect export`'s closing sentence.
        public var sentence: String {
            "wrote case \(caseID) to \(directory): \(records) records (\(events) events), each proven in the "
                + "signed checkpoint of \(treeSize) records" + (isOpen ? ", and the decrypted case under open/" : "")
                + "; check it with: \(verifyCommand)"
        }
    }

    /// Writes the bundle of `item` (from ``book(of:)``) into `directory` (new or empty), signed by the
    /// inspector's key; with `open`, the decrypted case under `open/` too.
    public func export(_ item: CaseBook.Case, to directory: String, open: Bool) throws -> Export {
        let id = item.id
        let records = try withIndex { index in
            try index.summary(id: id).map { try index.records(of: $0) } ?? []
        }
        let mirror = try openMirror()
        defer { mirror.close() }
        let bundle = try CaseExport.bundle(of: item, records: records, mirror: mirror, open: open)
        try bundle.write(key.name, to: directory, signer: key.signingKey)
        return Export(
            caseID: id, directory: directory, records: bundle.records.count,
            events: bundle.records.filter { $0.record.entry.first == 3 }.count,
            treeSize: bundle.records.first?.proof.treeSize ?? 0, isOpen: open, keysDirectory: keysDirectory)
    }
}
