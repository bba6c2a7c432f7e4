import Foundation
import Sodium
import System

/// Key files on disk: created 0600 and never replacing a file (never readable by others even for an
/// instant), read with a size bound, and refused when group or others may read or change them (a copy
/// or a `umask` that widened the mode would expose the file to an offline guessing attack).
extension KeyFile {
    /// Seals `key` and writes it to a new file at `path`. Throws ``InspectionError/fileExists(path:)`` if
    /// anything is there already.
    public static func create(
        _ key: InspectorPrivateKey, passphrase: SecureBytes, limits: PasswordHash.Limits, at path: String
    ) throws(InspectionError) {
        try write(seal(key, passphrase: passphrase, limits: limits), to: path)
    }

    /// Writes a new file with System's `AtomicFile.writeNew`: a temp file created exclusively with mode
    /// 0600 (given to open(2) itself, then set by fchmod whatever the umask), written in full, fsynced,
    /// linked to `path` (which fails if anything, a symbolic link included, is there) and the folder
    /// fsynced. A failure leaves nothing at `path`.
    public static func write(_ bytes: [UInt8], to path: String) throws(InspectionError) {
        do {
            try AtomicFile.writeNew(bytes, to: path, permissions: 0o600)
        } catch  where error.errno == Errno.exists && error.operation == "link" {
            throw .fileExists(path: path)
        } catch {
            var error = error
            if error.operation == "open" { error.operation = "create" }
            throw failure(error, path: path)
        }
    }

    /// A failed system call on the key file at `path`: "OPERATION failed: REASON".
    package static func failure(_ error: SystemError, path: String) -> InspectionError {
        .io(path: path, reason: "\(error.operation) failed: \(error.message)")
    }
}
