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

    /// Reads and opens the key file at `path`.
    public static func load(path: String, passphrase: SecureBytes) throws(InspectionError) -> InspectorPrivateKey {
        try open(read(path: path), passphrase: passphrase, path: path)
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

    /// The bytes of the file at `path`, at most a little more than any key file.
    ///
    /// - Throws: ``InspectionError/readableByOthers(path:mode:)`` for a key file whose mode gives group or
    ///   others any permission (`chmod 600` fixes it).
    public static func read(path: String) throws(InspectionError) -> [UInt8] {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT {
                throw .io(path: path, reason: "there is no such file; check the path given to --key")
            }
            throw failure("open", path)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure("stat", path) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notAKeyFile(path: path) }
        // One byte more than the limit, so that a longer file is seen as longer.
        var buffer = [UInt8](repeating: 0, count: maximumByteCount + 1)
        var done = 0
        while done < buffer.count {
            let count = buffer.withUnsafeMutableBytes {
                Glibc.read(descriptor, $0.baseAddress! + done, $0.count - done)
            }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { throw failure("read", path) }
            if count == 0 { break }
            done += count
        }
        buffer.removeLast(buffer.count - done)
        // Checked on the open descriptor, so the file judged is the file read. Only a key file is held
        // to it: another file given by mistake gets the message that says what it is.
        let mode = Int(info.st_mode & 0o777)
        if buffer.starts(with: magicPrefix) && mode & 0o077 != 0 {
            wipe(&buffer)
            throw .readableByOthers(path: path, mode: mode)
        }
        return buffer
    }

    private static func failure(_ operation: String, _ path: String) -> InspectionError {
        .io(path: path, reason: "\(operation) failed: \(String(cString: strerror(errno)))")
    }
}
