#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The free space of a file system, as an unprivileged process may use it.
public enum FreeSpace {
    /// The bytes available to this process on the file system that holds `path` (statvfs: `f_bavail`
    /// blocks of `f_frsize` bytes, so the root-reserved blocks do not count).
    public static func availableBytes(at path: String) throws(SystemError) -> UInt64 {
        var info = statvfs()
        _ = try syscall("statvfs", path: path) { statvfs(path, &info) }
        return UInt64(info.f_bavail) &* UInt64(info.f_frsize)
    }
}
