#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

extension Socket {
    /// Why ``connect(host:port:timeoutSeconds:)`` found no connection.
    public enum ConnectFailure: Error, Sendable {
        /// The name did not resolve (`getaddrinfo`'s words).
        case unresolved(String)
        /// Every address failed; the last failure (ETIMEDOUT when none answered in time).
        case failed(SystemError)
    }

    /// Resolves `host` and connects a TCP socket (non-blocking, close-on-exec) to the first of its
    /// addresses that accepts within `timeoutSeconds`.
    public static func connect(host: String, port: UInt16, timeoutSeconds: Double) throws(ConnectFailure) -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw .unresolved(status == 0 ? "no address" : String(cString: gai_strerror(status)))
        }
        defer { freeaddrinfo(list) }
        var lastError = ECONNREFUSED
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let address = entry {
            entry = address.pointee.ai_next
            let flags = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue)
            let fd = socket(address.pointee.ai_family, flags, 0)
            guard fd >= 0 else {
                lastError = errno
                continue
            }
            if systemConnect(fd, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 { return fd }
            guard errno == EINPROGRESS else {
                lastError = errno
                FileDescriptor.close(fd)
                continue
            }
            let deadline = MonotonicClock.nanoseconds() + UInt64(timeoutSeconds * 1e9)
            guard
                (try? Poll.wait(
                    fd, for: .output, remainingMilliseconds: { MonotonicClock.milliseconds(until: deadline) })) != false
            else {
                lastError = ETIMEDOUT
                FileDescriptor.close(fd)
                continue
            }
            var error: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length)
            if error == 0 { return fd }
            lastError = error
            FileDescriptor.close(fd)
        }
        throw .failed(SystemError(operation: "connect", errno: lastError))
    }
}

private func systemConnect(_ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 {
    connect(fd, address, length)
}
