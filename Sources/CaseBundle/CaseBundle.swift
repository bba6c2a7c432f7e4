import Foundation
import Sodium
import System
import Transparency

/// What a case bundle holds, and its writer (CaseBundle.md).
public struct CaseBundle: Sendable {
    /// The tool and format named in the manifest's `tool` line.
    public static let tool = "candor-inspect 1.0"
    public static let checkpointFileName = "checkpoint"
    public static let recordsFolder = "records"
    public static let proofsFolder = "proofs"
    public static let openFolder = "open"

    /// One record of the case: its log index and its RFC 6962 entry, `type ‖ payload`, as logged.
    public struct Record: Sendable, Equatable {
        public let index: UInt64
        public let entry: [UInt8]

        public init(index: UInt64, type: UInt8, payload: [UInt8]) {
            self.index = index
            entry = [type] + payload
        }

        public var leafHash: [UInt8] { RFC6962.leafHash(entry) }
    }

    public let origin: String
    public let caseID: UInt64
    /// The C2SP signed note the proofs lead to, as the mirror verified it.
    public let signedCheckpoint: String
    /// The records in index order, each with its inclusion proof in the checkpoint's tree.
    public let records: [(record: Record, proof: InclusionProof)]
    /// Plaintext files under `open/` (paths relative to it); empty unless the export is `--open`.
    public let openFiles: [(path: String, bytes: [UInt8])]

    public init(
        origin: String, caseID: UInt64, signedCheckpoint: String, records: [(record: Record, proof: InclusionProof)],
        openFiles: [(path: String, bytes: [UInt8])] = []
    ) {
        self.origin = origin
        self.caseID = caseID
        self.signedCheckpoint = signedCheckpoint
        self.records = records.sorted { $0.record.index < $1.record.index }
        self.openFiles = openFiles
    }

    public static func recordPath(_ index: UInt64) -> String { "\(recordsFolder)/\(index).entry" }
    public static func proofPath(_ index: UInt64) -> String { "\(proofsFolder)/\(index).proof" }

    /// Every file but the manifest and its signature, by path within the bundle.
    public var files: [(path: String, bytes: [UInt8])] {
        var files: [(path: String, bytes: [UInt8])] = [(Self.checkpointFileName, Array(signedCheckpoint.utf8))]
        for (record, proof) in records {
            files.append((Self.recordPath(record.index), record.entry))
            files.append((Self.proofPath(record.index), BundleProof(proof).bytes))
        }
        for file in openFiles { files.append((Self.openFolder + "/" + file.path, file.bytes)) }
        return files
    }

    /// The manifest of ``files``, naming `exporter`.
    public func manifest(exporter: String) -> BundleManifest {
        BundleManifest(
            origin: origin, caseID: caseID, exporter: exporter, tool: Self.tool,
            files: files.map { BundleManifest.File(path: $0.path, bytes: $0.bytes) })
    }

    /// Writes the bundle into `directory`, which must not exist or be empty: files mode 0600, folders
    /// 0700, each file new (never over one), the manifest and its signature last.
    public func write(_ exporter: String, to directory: String, signer: Signing.PrivateKey) throws(BundleError) {
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: directory), !existing.isEmpty {
            throw .io(
                path: directory, reason: "the folder is not empty, and an export never overwrites: choose a new --out")
        }
        let manifest = manifest(exporter: exporter)
        guard manifest.files.allSatisfy({ BundleManifest.isValidPath($0.path) }) else {
            throw .io(path: directory, reason: "a file name the bundle format does not allow")
        }
        let signature = signer.signature(for: manifest.signedBytes)
        var all = files
        all.append((BundleManifest.fileName, manifest.bytes))
        all.append((BundleManifest.signatureFileName, Array((Data(signature).base64EncodedString() + "\n").utf8)))
        for file in all {
            let path = directory + "/" + file.path
            let folder = (path as NSString).deletingLastPathComponent
            do {
                try manager.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                try AtomicFile.writeNew(file.bytes, to: path, permissions: 0o600)
            } catch {
                throw .io(path: path, reason: "cannot write the file (\(error))")
            }
        }
    }
}
