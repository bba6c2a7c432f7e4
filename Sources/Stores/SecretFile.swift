import Casework
import Foundation
import Sodium

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Small secret files in the data folder (the case tag key, the log's signer key): mode 0600,
/// created atomically, read straight into `SecureBytes`.
///
/// Creation follows DESIGN.md's rule for new files (temp file, fsync, then into place, then fsync of
/// the directory), with one twist: the temp file is put in place with `link`, not `rename`, because
/// `link` fails if the name exists. Two servers started at once on one data folder then agree on one
/// key instead of the second silently replacing the first one's.
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
        let temporary = path + ".tmp-" + Random.bytes(count: 8).hexString
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure("create", temporary) }
        defer { unlink(temporary) }
        let written = contents.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == contents.count, fsync(descriptor) == 0 else {
            let error = failure("write", temporary)
            close(descriptor)
            throw error
        }
        close(descriptor)
        if link(temporary, path) != 0 {
            // Another process created it first: use theirs.
            guard errno == EEXIST else { throw failure("link", path) }
            return try read(path)
        }
        let directoryDescriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directoryDescriptor >= 0 else { throw failure("open", directory) }
        defer { close(directoryDescriptor) }
        guard fsync(directoryDescriptor) == 0 else { throw failure("fsync", directory) }
        return contents
    }

    /// Reads a secret file, refusing one that group or others may access.
    static func read(_ path: String) throws(StoreError) -> SecureBytes {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { throw failure("open", path) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure("stat", path) }
        guard info.st_mode & 0o077 == 0 else { throw .insecureKeyFile(path: path) }
        guard info.st_size <= maximumByteCount else {
            throw .casework(
                .malformedKeyFile(path: path, reason: "it is larger than any key file (\(info.st_size) bytes)"))
        }
        var buffer = [UInt8](repeating: 0, count: Int(info.st_size))
        defer { wipe(&buffer) }
        var done = 0
        while done < buffer.count {
            let count = buffer.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress! + done, $0.count - done, off_t(done))
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw failure("read", path) }
            done += count
        }
        return SecureBytes(buffer)
    }

    private static func failure(_ operation: String, _ path: String) -> StoreError {
        .casework(.io(path: path, reason: "\(operation) failed: \(String(cString: strerror(errno)))"))
    }
}
