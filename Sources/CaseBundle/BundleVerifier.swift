import Casework
import Foundation
import Ledger
import Sodium
import Stores
import Transparency

/// Checks a case bundle offline with public keys only (CaseBundle.md, "What verification checks").
public enum BundleVerifier {
    /// What a bundle that verified holds.
    public struct Report: Sendable, Equatable {
        public let caseID: UInt64
        public let exporter: String
        public let origin: String
        public let checkpointSize: UInt64
        public let recordCount: Int
        public let eventCount: Int
        public let isOpen: Bool
    }

    /// Every check, in the order of the spec; throws ``BundleError/mismatch(file:reason:)`` naming the
    /// first file that does not verify.
    public static func verify(directory: String, keys: BundleKeys) throws(BundleError) -> Report {
        let manifest = try verifiedManifest(directory, keys)
        let contents = try verifiedFiles(directory, manifest)
        let checkpoint = try verifiedCheckpoint(contents, manifest, keys)
        let records = try verifiedRecords(contents, checkpoint: checkpoint, caseID: manifest.caseID)
        let events = try verifiedEvents(records, keys)
        return Report(
            caseID: manifest.caseID, exporter: manifest.exporter, origin: manifest.origin,
            checkpointSize: checkpoint.size, recordCount: records.count, eventCount: events, isOpen: manifest.isOpen)
    }

    // MARK: 1. the manifest and its signature

    static func verifiedManifest(_ directory: String, _ keys: BundleKeys) throws(BundleError) -> BundleManifest {
        let manifestBytes = try read(directory, BundleManifest.fileName)
        let manifest = try BundleManifest(parsing: manifestBytes)
        let name = BundleManifest.signatureFileName
        let line = try read(directory, name)
        guard line.last == 0x0A, let signature = Data(base64Encoded: Data(line.dropLast())),
            signature.count == Signing.signatureByteCount,
            Data(signature).base64EncodedString() + "\n" == String(decoding: line, as: UTF8.self)
        else { throw .mismatch(file: name, reason: "not one line of a base64 Ed25519 signature") }
        let candidates = keys.keys(of: manifest.exporter)
        guard !candidates.isEmpty else {
            throw .mismatch(
                file: BundleManifest.fileName,
                reason: "the exporter \(manifest.exporter) has no NAME.pub in the keys folder")
        }
        guard
            candidates.contains(where: {
                $0.key.signingKey.isValidSignature(Array(signature), for: manifest.signedBytes)
            })
        else {
            throw .mismatch(
                file: name,
                reason: "the exporter's signature of manifest.txt does not verify with \(manifest.exporter)'s key: "
                    + "manifest.txt or manifest.sig was changed")
        }
        return manifest
    }

    // MARK: 2. the files against the manifest

    /// Every file of the bundle (but the manifest and its signature) by path, each checked against the
    /// manifest's size and SHA-256; a file the manifest does not list, or lists but is missing, fails.
    static func verifiedFiles(_ directory: String, _ manifest: BundleManifest) throws(BundleError) -> [String: [UInt8]]
    {
        let listed = Dictionary(uniqueKeysWithValues: manifest.files.map { ($0.path, $0) })
        let (files, folders) = try entriesOnDisk(directory)
        for folder in folders where !manifest.files.contains(where: { $0.path.hasPrefix(folder + "/") }) {
            throw .mismatch(file: folder, reason: "a folder that holds no file manifest.txt lists")
        }
        var contents: [String: [UInt8]] = [:]
        for path in files {
            guard path != BundleManifest.fileName, path != BundleManifest.signatureFileName else { continue }
            guard let file = listed[path] else {
                throw .mismatch(file: path, reason: "the file is not listed in manifest.txt")
            }
            let bytes = try read(directory, path)
            guard UInt64(bytes.count) == file.byteCount else {
                throw .mismatch(file: path, reason: "\(bytes.count) bytes, but manifest.txt says \(file.byteCount)")
            }
            guard SHA256.hash(bytes) == file.sha256 else {
                throw .mismatch(file: path, reason: "its SHA-256 is not the one manifest.txt lists")
            }
            contents[path] = bytes
        }
        for file in manifest.files where contents[file.path] == nil {
            throw .mismatch(file: file.path, reason: "manifest.txt lists the file, but it is missing")
        }
        return contents
    }

    /// The regular files and the folders under `directory`, as relative paths; anything else (a link,
    /// a device) fails.
    static func entriesOnDisk(_ directory: String) throws(BundleError) -> (files: [String], folders: [String]) {
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: directory) else {
            throw .io(path: directory, reason: "cannot read the bundle's folder")
        }
        var files: [String] = []
        var folders: [String] = []
        while let path = walker.nextObject() as? String {
            switch walker.fileAttributes?[.type] as? FileAttributeType {
            case .typeDirectory?: folders.append(path)
            case .typeRegular?: files.append(path)
            default: throw .mismatch(file: path, reason: "not a regular file")
            }
        }
        return (files.sorted(), folders.sorted())
    }

    static func read(_ directory: String, _ path: String) throws(BundleError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: directory + "/" + path) else {
            throw .mismatch(file: path, reason: "the file is missing or cannot be read")
        }
        return Array(data)
    }

    // MARK: 3. the checkpoint

    static func verifiedCheckpoint(_ contents: [String: [UInt8]], _ manifest: BundleManifest, _ keys: BundleKeys)
        throws(BundleError) -> Checkpoint
    {
        let name = CaseBundle.checkpointFileName
        guard let bytes = contents[name] else { throw .mismatch(file: name, reason: "the bundle has no checkpoint") }
        guard let note = String(validating: bytes, as: UTF8.self) else {
            throw .mismatch(file: name, reason: "not UTF-8 text")
        }
        do {
            return try SignedCheckpoint(parsing: note, origin: manifest.origin, verifiers: [keys.log]).checkpoint
        } catch {
            throw .mismatch(
                file: name,
                reason: "not a checkpoint of \(manifest.origin) signed by the log's key in the keys folder: \(error)")
        }
    }
}
