#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Directories, as the kernel sees them: what makes their entries durable, and paths within them.
public enum Directory {
    /// fsyncs a directory, which makes its entries (a new file, a rename, a link) durable: without it
    /// a crash can lose the name even though the file's data reached the disk.
    public static func sync(_ path: String) throws(SystemError) {
        let directory = try FileDescriptor.open(path, [.readOnly, .directory])
        try directory.sync(path: path)
    }

    /// The directory that holds `path` ("." for a bare name).
    public static func containing(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    /// Removes the name `path`; false when it could not (most often: there was none).
    @discardableResult
    public static func removeFile(_ path: String) -> Bool {
        unlink(path) == 0
    }

    /// Whether anything is at `path`, a symbolic link included (even one that points nowhere): lstat.
    public static func entryExists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Gives the file at `existing` a second name, `new`; fails with EEXIST when anything is at `new`
    /// (a symbolic link included), so it never replaces a file.
    public static func link(_ existing: String, to new: String) throws(SystemError) {
        _ = try syscall("link", path: new) { systemLink(existing, new) }
    }
}

private func systemLink(_ existing: String, _ new: String) -> Int32 { link(existing, new) }
