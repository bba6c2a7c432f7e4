import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// A raw HTTP/1.1 connection for tests: it sends any bytes at all (malformed, trickled, never finished)
/// and reads responses with a deadline, over TCP on loopback or a Unix socket.
public final class RawConnection {
    public let fd: Int32
    var buffered: [UInt8] = []

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }

    /// Connects to 127.0.0.1:`port`. With `sendTimeout`, a send that blocks that long fails instead of
    /// waiting for a server that stopped reading.
    public init(port: UInt16, sendTimeout: Double? = nil) throws {
        fd = try Self.connected(AF_INET, to: Self.loopback(port: port), "port \(port)")
        if let sendTimeout { setSendTimeout(sendTimeout) }
    }

    /// Connects to the Unix socket at `path`.
    public init(unixPath path: String, sendTimeout: Double? = nil) throws {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            throw Failure("socket path too long: \(path)")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in bytes.enumerated() { raw[index] = byte }
        }
        fd = try Self.connected(AF_UNIX, to: address, path)
        if let sendTimeout { setSendTimeout(sendTimeout) }
    }

    /// A new stream socket of `family` connected to `address` (a `sockaddr_in` or `sockaddr_un`).
    private static func connected<Address>(_ family: Int32, to address: Address, _ name: String) throws -> Int32 {
        let fd = socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Failure("socket: errno \(errno)") }
        var address = address
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<Address>.size))
            }
        }
        guard result == 0 else {
            let error = errno
            close(fd)
            throw Failure("connect to \(name): errno \(error)")
        }
        return fd
    }

    deinit { close(fd) }

    private func setSendTimeout(_ seconds: Double) {
        var timeout = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - seconds.rounded(.down)) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    static func loopback(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }

    /// A loopback port that nothing listens on right now (the kernel's choice for port 0).
    public static func freePort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard bound else { throw Failure("no free port: errno \(errno)") }
        return UInt16(bigEndian: address.sin_port)
    }

    /// Sends all of `bytes`; false when the server already closed (a hostile request may be cut short).
    @discardableResult
    public func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                Glibc.send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
            }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += count
        }
        return true
    }

    @discardableResult
    public func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// True when the server has said something (or closed) within `timeout` seconds; nothing is consumed.
    public func isReadable(timeout: Double) -> Bool {
        if !buffered.isEmpty { return true }
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, Int32(max(0, timeout * 1000))) > 0
    }

    /// Reads some bytes within `timeout` seconds: nil on timeout, empty at end of stream (or a reset).
    func receive(timeout: Double) -> [UInt8]? {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(max(0, timeout * 1000)))
        guard ready > 0 else { return nil }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        return count <= 0 ? [] : Array(chunk[0..<count])
    }

    /// True when the server closes the connection within `timeout` seconds. `skippingUnread`: bytes that
    /// come first are read past; otherwise any byte (a response) means it was not closed without one.
    public func isClosedByServer(timeout: Double = 10, skippingUnread: Bool = true) -> Bool {
        if !skippingUnread, !buffered.isEmpty { return false }
        let deadline = Date().addingTimeInterval(timeout)
        while deadline.timeIntervalSinceNow > 0 {
            guard let chunk = receive(timeout: deadline.timeIntervalSinceNow) else { return false }
            if chunk.isEmpty { return true }
            if !skippingUnread {
                buffered += chunk
                return false
            }
        }
        return false
    }
}
