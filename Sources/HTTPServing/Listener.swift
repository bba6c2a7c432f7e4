import HTTP
import System

// Sockets, addresses and binding: the one file of the HTTP server that speaks the socket API itself.
#if canImport(Glibc)
    import Glibc
#endif

/// A listening socket: TCP on an IP literal, or a Unix domain socket path.
struct Listener {
    let fd: Int32
    /// The bound TCP port (the one the kernel picked for port 0).
    let port: UInt16?
    /// The socket file and its inode, so that shutdown removes our file and not a successor's.
    let unixPath: String?
    let unixInode: UInt64?

    static func open(_ address: HTTPServer.Address, permissions: UInt16) throws(HTTPError) -> Listener {
        switch address {
        case .tcp(let host, let port): try openTCP(host: host, port: port)
        case .unix(let path): try openUnix(path: path, permissions: permissions)
        }
    }

    private static func openTCP(host: String, port: UInt16) throws(HTTPError) -> Listener {
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
            throw .cannotListen("\(host) is not an IPv4 or IPv6 address literal")
        }
        let fd = try socketDescriptor(family)
        do throws(HTTPError) {
            var one: Int32 = 1
            _ = try HTTPError.system { () throws(SystemError) in
                try syscall("setsockopt") {
                    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
                }
            }
            try bindAndListen(fd, &storage, length: length, what: "\(host):\(port)")
            var bound = sockaddr_storage()
            var boundLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
            _ = try HTTPError.system { () throws(SystemError) in
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
            return Listener(fd: fd, port: boundPort, unixPath: nil, unixInode: nil)
        } catch {
            close(fd)
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

    private static func openUnix(path: String, permissions: UInt16) throws(HTTPError) -> Listener {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard !path.isEmpty, path.utf8.count < capacity else {
            throw .cannotListen("a Unix socket path must be 1 to \(capacity - 1) bytes")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: path.utf8)
        }
        try removeStaleSocket(path, address: address)
        var storage = sockaddr_storage()
        withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: address, as: sockaddr_un.self) }
        let fd = try socketDescriptor(AF_UNIX)
        do throws(HTTPError) {
            // Bind creates the file with the umask's permissions; chmod narrows (or widens) them before
            // listen, so no client can connect while they are not yet the configured ones.
            try bind(fd, &storage, length: MemoryLayout<sockaddr_un>.size, what: path)
            _ = try HTTPError.system { () throws(SystemError) in
                try syscall("chmod") { chmod(path, mode_t(permissions)) }
            }
            _ = try HTTPError.system { () throws(SystemError) in try syscall("listen") { listen(fd, SOMAXCONN) } }
            var status = stat()
            _ = try HTTPError.system { () throws(SystemError) in try syscall("stat") { stat(path, &status) } }
            return Listener(fd: fd, port: nil, unixPath: path, unixInode: UInt64(status.st_ino))
        } catch {
            close(fd)
            throw error
        }
    }

    /// A socket file nobody listens on is what a crashed server leaves; anything else at the path is refused.
    private static func removeStaleSocket(_ path: String, address: sockaddr_un) throws(HTTPError) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        guard status.st_mode & S_IFMT == S_IFSOCK else {
            throw .cannotListen("\(path) exists and is not a socket")
        }
        let probe = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard probe >= 0 else { throw .io(operation: "socket", errno: errno) }
        defer { close(probe) }
        var address = address
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(probe, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        if connected == 0 { throw .cannotListen("another server is listening on \(path)") }
        guard errno == ECONNREFUSED else { throw .cannotListen("cannot check \(path) (errno \(errno))") }
        _ = try HTTPError.system { () throws(SystemError) in try syscall("unlink") { unlink(path) } }
    }

    private static func socketDescriptor(_ family: Int32) throws(HTTPError) -> Int32 {
        try HTTPError.system { () throws(SystemError) in
            try syscall("socket") {
                socket(
                    family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue),
                    0)
            }
        }
    }

    private static func bind(_ fd: Int32, _ storage: inout sockaddr_storage, length: Int, what: String)
        throws(HTTPError)
    {
        let result = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { systemBind(fd, $0, socklen_t(length)) }
        }
        if result != 0 {
            let code = errno
            throw .cannotListen("bind \(what): \(String(cString: strerror(code))) (errno \(code))")
        }
    }

    private static func bindAndListen(_ fd: Int32, _ storage: inout sockaddr_storage, length: Int, what: String)
        throws(HTTPError)
    {
        try bind(fd, &storage, length: length, what: what)
        _ = try HTTPError.system { () throws(SystemError) in try syscall("listen") { listen(fd, SOMAXCONN) } }
    }

    /// Removes the socket file if it is still the one we bound.
    func removeSocketFile() {
        guard let unixPath, let unixInode else { return }
        var status = stat()
        if lstat(unixPath, &status) == 0, UInt64(status.st_ino) == unixInode { unlink(unixPath) }
    }
}

private func systemBind(_ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 {
    bind(fd, address, length)
}
