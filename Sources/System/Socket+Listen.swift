#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

extension Socket {
    /// A listening socket: its descriptor, the bound TCP port (the one the kernel picked for port 0), and
    /// a Unix socket file's inode (so that shutdown removes that file and not a successor's).
    public struct Listening: Sendable {
        public let fd: Int32
        public let port: UInt16?
        public let inode: UInt64?
    }

    /// Why no socket listens: the server's own words (`refused`), or a call that failed.
    public enum ListenFailure: Error, Sendable {
        case refused(String)
        case failed(SystemError)
    }

    /// A listening TCP socket (non-blocking, close-on-exec, SO_REUSEADDR) on an IPv4 or IPv6 literal.
    public static func listen(host: String, port: UInt16) throws(ListenFailure) -> Listening {
        var storage = sockaddr_storage()
        let family: Int32
        let length: Int
        if let address = ipv4(host, port: port) {
            family = AF_INET
            length = MemoryLayout<sockaddr_in>.size
            withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: address, as: sockaddr_in.self) }
        } else if let address = ipv6(host, port: port) {
            family = AF_INET6
            length = MemoryLayout<sockaddr_in6>.size
            withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: address, as: sockaddr_in6.self) }
        } else {
            throw .refused("\(host) is not an IPv4 or IPv6 address literal")
        }
        let fd = try socketDescriptor(family)
        do throws(ListenFailure) {
            var one: Int32 = 1
            _ = try failing { () throws(SystemError) in
                try syscall("setsockopt") {
                    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
                }
            }
            try bindAndListen(fd, &storage, length: length, what: "\(host):\(port)")
            var bound = sockaddr_storage()
            var boundLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
            _ = try failing { () throws(SystemError) in
                try syscall("getsockname") {
                    withUnsafeMutablePointer(to: &bound) {
                        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &boundLength) }
                    }
                }
            }
            let boundPort: UInt16 = withUnsafeBytes(of: &bound) { raw in
                family == AF_INET
                    ? UInt16(bigEndian: raw.load(as: sockaddr_in.self).sin_port)
                    : UInt16(bigEndian: raw.load(as: sockaddr_in6.self).sin6_port)
            }
            return Listening(fd: fd, port: boundPort, inode: nil)
        } catch {
            FileDescriptor.close(fd)
            throw error
        }
    }

    private static func ipv4(_ host: String, port: UInt16) -> sockaddr_in? {
        var address = sockaddr_in()
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else { return nil }
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        return address
    }

    private static func ipv6(_ host: String, port: UInt16) -> sockaddr_in6? {
        var address = sockaddr_in6()
        guard inet_pton(AF_INET6, host, &address.sin6_addr) == 1 else { return nil }
        address.sin6_family = sa_family_t(AF_INET6)
        address.sin6_port = port.bigEndian
        return address
    }

    /// A listening Unix domain socket at `path`, with `permissions` set before anyone can connect; a
    /// socket file nobody listens on (a crashed server's) is replaced.
    public static func listen(unixPath path: String, permissions: UInt16) throws(ListenFailure) -> Listening {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard !path.isEmpty, path.utf8.count < capacity else {
            throw .refused("a Unix socket path must be 1 to \(capacity - 1) bytes")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: path.utf8)
        }
        try removeStaleSocket(path, address: address)
        var storage = sockaddr_storage()
        withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: address, as: sockaddr_un.self) }
        let fd = try socketDescriptor(AF_UNIX)
        do throws(ListenFailure) {
            // Bind creates the file with the umask's permissions; chmod narrows (or widens) them before
            // listen, so no client can connect while they are not yet the configured ones.
            try bindAddress(fd, &storage, length: MemoryLayout<sockaddr_un>.size, what: path)
            _ = try failing { () throws(SystemError) in
                try syscall("chmod") { chmod(path, mode_t(permissions)) }
            }
            _ = try failing { () throws(SystemError) in try syscall("listen") { systemListen(fd, SOMAXCONN) } }
            var status = stat()
            _ = try failing { () throws(SystemError) in try syscall("stat") { stat(path, &status) } }
            return Listening(fd: fd, port: nil, inode: UInt64(status.st_ino))
        } catch {
            FileDescriptor.close(fd)
            throw error
        }
    }

    /// A socket file nobody listens on is what a crashed server leaves; anything else at the path is refused.
    private static func removeStaleSocket(_ path: String, address: sockaddr_un) throws(ListenFailure) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        guard status.st_mode & S_IFMT == S_IFSOCK else {
            throw .refused("\(path) exists and is not a socket")
        }
        let probe = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard probe >= 0 else { throw .failed(.last("socket")) }
        defer { FileDescriptor.close(probe) }
        var address = address
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                systemConnect(probe, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        if connected == 0 { throw .refused("another server is listening on \(path)") }
        guard errno == ECONNREFUSED else { throw .refused("cannot check \(path) (errno \(errno))") }
        _ = try failing { () throws(SystemError) in try syscall("unlink") { unlink(path) } }
    }

    private static func socketDescriptor(_ family: Int32) throws(ListenFailure) -> Int32 {
        try failing { () throws(SystemError) in
            try syscall("socket") {
                socket(
                    family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue),
                    0)
            }
        }
    }

    private static func bindAddress(_ fd: Int32, _ storage: inout sockaddr_storage, length: Int, what: String)
        throws(ListenFailure)
    {
        let result = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { systemBind(fd, $0, socklen_t(length)) }
        }
        if result != 0 {
            let code = errno
            throw .refused("bind \(what): \(String(cString: strerror(code))) (errno \(code))")
        }
    }

    private static func bindAndListen(_ fd: Int32, _ storage: inout sockaddr_storage, length: Int, what: String)
        throws(ListenFailure)
    {
        try bindAddress(fd, &storage, length: length, what: what)
        _ = try failing { () throws(SystemError) in try syscall("listen") { systemListen(fd, SOMAXCONN) } }
    }

    /// Removes the socket file at `path` if it is still the one of `inode`.
    public static func removeSocketFile(_ path: String, inode: UInt64) {
        var status = stat()
        if lstat(path, &status) == 0, UInt64(status.st_ino) == inode { unlink(path) }
    }

    private static func failing<T>(_ body: () throws(SystemError) -> T) throws(ListenFailure) -> T {
        do { return try body() } catch { throw .failed(error) }
    }
}

private func systemBind(_ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 {
    bind(fd, address, length)
}
private func systemListen(_ fd: Int32, _ backlog: Int32) -> Int32 { listen(fd, backlog) }
private func systemConnect(_ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 {
    connect(fd, address, length)
}
