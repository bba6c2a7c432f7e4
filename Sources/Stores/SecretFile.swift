import Casework
import Foundation
import Sodium
import System

/// Small secret files in the data folder (the case tag key, the log's signer key): mode 0600,
/// created atomically, read straight into `SecureBytes`.
///
/// Creation is System's `AtomicFile.writeNew`: temp file, fsync, then into place with `link`, not
/// `rename`, because `link` fails if the name exists, then fsync of the directory. Two servers started at
/// once on one data folder then agree on one key instead of the second silently replacing the first one's.
public enum SecretFile {
    /// Secret key files are small; anything larger is not one of ours.
    static let maximumByteCount = 4096

    /// The contents of `path`, created with `make()` first if there is no such file.
    public static func loadOrCreate(at path: String, make: () -> SecureBytes) throws(StoreError) -> SecureBytes {
        if FileManager.default.fileExists(atPath: path) { return try read(path) }
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .casework(
                .io(path: directory, reason: "cannot create the data folder (\(error.localizedDescription))"))
        }
        let contents = make()
        do {
            try contents.withUnsafeBytes { bytes in
                Result { () throws(SystemError) in try AtomicFile.writeNew(bytes, to: path) }
            }.get()
        } catch  where error.errno == Errno.exists {
            // Another process created it first: use theirs.
            return try read(path)
        } catch {
            throw failure(error)
        }
        return contents
    }

    /// Reads a secret file, refusing one that group or others may access.
    static func read(_ path: String) throws(StoreError) -> SecureBytes {
        let file = try lifting { () throws(SystemError) in try FileDescriptor.open(path, [.readOnly, .noFollow]) }
        let status = try lifting { () throws(SystemError) in try file.status(path: path) }
        guard status.permissions & 0o077 == 0 else { throw .insecureKeyFile(path: path) }
        guard status.size <= maximumByteCount else {
            throw .casework(
                .malformedKeyFile(path: path, reason: "it is larger than any key file (\(status.size) bytes)"))
        }
        var buffer = [UInt8](repeating: 0, count: Int(status.size))
        defer { wipe(&buffer) }
        let complete = try buffer.withUnsafeMutableBytes { bytes in
            Result { () throws(StoreError) in
                try lifting { () throws(SystemError) in try file.read(into: bytes, at: 0, path: path) }
            }
        }.get()
        guard complete else { throw .casework(.io(path: path, reason: "read failed: the file ended early")) }
        return SecureBytes(buffer)
    }

    /// Runs System calls, their failure reported as the old code did: "OPERATION failed: REASON".
    private static func lifting<T: ~Copyable>(_ body: () throws(SystemError) -> T) throws(StoreError) -> T {
        do { return try body() } catch { throw failure(error) }
    }

    private static func failure(_ error: SystemError) -> StoreError {
        .casework(.io(path: error.path, reason: "\(error.operation) failed: \(error.message)"))
    }
}
