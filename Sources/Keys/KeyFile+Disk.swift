import Foundation
import Sodium

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Key files on disk: created 0600 with O_EXCL (never replacing a file, never readable by others
/// even for an instant), read with a size bound, and refused when group or others may read or change
/// them (a copy or a `umask` that widened the mode would expose the file to an offline guessing attack).
extension KeyFile {
    /// Seals `key` and writes it to a new file at `path`. Throws ``InspectionError/fileExists(path:)`` if
    /// anything is there already.
    public static func create(
        _ key: InspectorPrivateKey, passphrase: SecureBytes, limits: PasswordHash.Limits, at path: String
    ) throws(InspectionError) {
        try write(seal(key, passphrase: passphrase, limits: limits), to: path)
    }

    /// Writes a new file: open(O_CREAT | O_EXCL, 0600), write, fsync, close, fsync of the folder.
    ///
    /// The mode is given to open(2) itself, so the file never exists with wider permissions; a fchmod
    /// then undoes a umask that would have made it narrower than 0600 (unreadable to its owner).
    /// On any failure after creation the partial file is removed.
    public static func write(_ bytes: [UInt8], to path: String) throws(InspectionError) {
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw .fileExists(path: path) }
            throw failure("create", path)
        }
        var done = 0
        var problem: InspectionError? = nil
        if fchmod(descriptor, 0o600) != 0 { problem = failure("chmod", path) }
        while problem == nil && done < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + done, $0.count - done) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { problem = failure("write", path) } else { done += count }
        }
        if problem == nil && fsync(descriptor) != 0 { problem = failure("fsync", path) }
        if close(descriptor) != 0 && problem == nil { problem = failure("close", path) }
        if let problem {
            unlink(path)
            throw problem
        }
        let folder = (path as NSString).deletingLastPathComponent
        let folderDescriptor = Glibc.open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            _ = fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    package static func failure(_ operation: String, _ path: String) -> InspectionError {
        .io(path: path, reason: "\(operation) failed: \(String(cString: strerror(errno)))")
    }
}
