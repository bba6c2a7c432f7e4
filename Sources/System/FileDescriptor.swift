#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// An open file descriptor that this value owns: it is closed exactly once, when the value ends or by
/// ``close()``. Code that keeps descriptors in long-lived structures takes the number out with
/// ``release()`` and closes it with ``FileDescriptor/close(_:)``.
public struct FileDescriptor: ~Copyable, Sendable {
    public let rawValue: Int32

    /// Takes ownership of an open descriptor.
    public init(owning rawValue: Int32) {
        self.rawValue = rawValue
    }

    deinit { Self.close(rawValue) }

    /// Closes the descriptor now.
    public consuming func close() {
        Self.close(rawValue)
        discard self
    }

    /// Gives up ownership: the caller closes the descriptor.
    public consuming func release() -> Int32 {
        let rawValue = self.rawValue
        discard self
        return rawValue
    }

    /// Closes a descriptor that no `FileDescriptor` owns. Never retried: on Linux the descriptor is gone
    /// even when close reports EINTR, and a second close could close another thread's new descriptor.
    public static func close(_ rawValue: Int32) {
        _ = systemClose(rawValue)
    }

    /// How a file is opened: always close-on-exec, so no child process inherits it.
    public struct Options: OptionSet, Sendable {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }

        public static let readOnly = Options([])
        public static let writeOnly = Options(rawValue: O_WRONLY)
        public static let readWrite = Options(rawValue: O_RDWR)
        public static let create = Options(rawValue: O_CREAT)
        /// With `create`: fail with EEXIST if anything (a symbolic link included) is at the path.
        public static let exclusive = Options(rawValue: O_EXCL)
        public static let truncate = Options(rawValue: O_TRUNC)
        public static let append = Options(rawValue: O_APPEND)
        public static let noFollow = Options(rawValue: O_NOFOLLOW)
        public static let directory = Options(rawValue: O_DIRECTORY)
        public static let noControllingTerminal = Options(rawValue: O_NOCTTY)
    }

    /// Opens `path`; a new file gets `mode` (less the umask).
    public static func open(_ path: String, _ options: Options, mode: UInt32 = 0o600) throws(SystemError)
        -> FileDescriptor
    {
        let flags = options.rawValue | O_CLOEXEC
        return FileDescriptor(owning: try syscall("open", path: path) { systemOpen(path, flags, mode_t(mode)) })
    }
}

// The C library's names, where a method of the same name would hide them.
private func systemClose(_ fd: Int32) -> Int32 { close(fd) }
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { open(path, flags, mode) }

extension FileDescriptor {
    /// Makes a descriptor non-blocking (every wait is then a `poll` with a deadline) and close-on-exec
    /// (no child inherits it). Glibc's module map hides accept4 and pipe2, which would set both at once.
    public static func setNonBlocking(_ fd: Int32) {
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        _ = fcntl(fd, F_SETFD, fcntl(fd, F_GETFD) | FD_CLOEXEC)
    }
}
