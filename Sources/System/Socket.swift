#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The calls a connected (non-blocking) socket needs: send, receive, shut down, accept, and the pipe an
/// event loop is woken through.
public enum Socket {
    /// Sends what it can of `bytes`: the count sent, or nil when the socket's buffer is full (EAGAIN).
    /// Never raises SIGPIPE: a peer that left is an error (EPIPE), not a signal that ends the process.
    public static func send(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemError) -> Int? {
        try wouldBlockIsNil("send") { systemSend(fd, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Receives what has arrived, up to `buffer.count`: the count (0 when the peer closed), or nil when
    /// nothing is there yet (EAGAIN).
    public static func receive(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> Int? {
        try wouldBlockIsNil("recv") { recv(fd, buffer.baseAddress, buffer.count, 0) }
    }

    /// Accepts a pending connection, non-blocking and close-on-exec, without asking for the peer's
    /// address (so none can reach a log); nil when none is pending.
    public static func accept(_ listener: Int32) throws(SystemError) -> Int32? {
        guard let fd = try wouldBlockIsNil("accept", { systemAccept(listener, nil, nil) }) else { return nil }
        FileDescriptor.setNonBlocking(fd)
        return fd
    }

    /// Which way a socket is shut.
    public enum Direction: Sendable {
        /// No more sending: the peer reads an end of stream after what was sent.
        case write
        case readWrite
    }

    /// Shuts a socket one way or both; a socket already closed by its peer is no error here.
    public static func shutdown(_ fd: Int32, _ direction: Direction) {
        _ = systemShutdown(fd, Int32(direction == .write ? SHUT_WR : SHUT_RDWR))
    }

    /// A pipe, both ends non-blocking and close-on-exec.
    public static func pipe() throws(SystemError) -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        _ = try syscall("pipe") { systemPipe(&ends) }
        for fd in ends { FileDescriptor.setNonBlocking(fd) }
        return (ends[0], ends[1])
    }

    private static func wouldBlockIsNil<T: FixedWidthInteger>(_ operation: StaticString, _ body: () -> T)
        throws(SystemError) -> T?
    {
        do {
            return try syscall(operation, body)
        } catch  where error.errno == EAGAIN || error.errno == EWOULDBLOCK {
            return nil
        }
    }
}

extension SystemError {
    /// The peer is gone (reset, not connected, or its end closed): nothing more can be said to it.
    public var isConnectionClosed: Bool { [ECONNRESET, ENOTCONN, EPIPE].contains(errno) }

    /// The process or the system is out of descriptors or memory: a moment later may succeed.
    public var isOutOfResources: Bool { [EMFILE, ENFILE, ENOBUFS, ENOMEM].contains(errno) }
}

private func systemSend(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int, _ flags: Int32) -> Int {
    send(fd, bytes, count, flags)
}
private func systemAccept(
    _ fd: Int32, _ address: UnsafeMutablePointer<sockaddr>?, _ length: UnsafeMutablePointer<socklen_t>?
) -> Int32 {
    accept(fd, address, length)
}
private func systemShutdown(_ fd: Int32, _ how: Int32) -> Int32 { shutdown(fd, how) }
private func systemPipe(_ ends: UnsafeMutablePointer<Int32>) -> Int32 { pipe(ends) }

extension Socket {
    /// Sends small writes at once (TCP_NODELAY): a response head and its body are not held back waiting
    /// for an acknowledgement.
    public static func setNoDelay(_ fd: Int32) {
        var one: Int32 = 1
        _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }
}
