#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The address a connection came from, as bytes: only ever asked for where a server must tell a local
/// peer from any other (the inspectors' workbench), and never kept, printed or logged.
public enum PeerAddress: Sendable, Equatable {
    /// Four bytes, network order.
    case ipv4([UInt8])
    /// Sixteen bytes, network order.
    case ipv6([UInt8])
    /// A Unix-domain socket: a process of this machine.
    case local

    /// 127.0.0.0/8, `::1`, an IPv4-mapped 127.0.0.0/8 (`::ffff:127.x.y.z`, which a dual-stack socket
    /// reports for an IPv4 peer), or a Unix-domain socket.
    public var isLoopback: Bool {
        switch self {
        case .local: return true
        case .ipv4(let bytes): return bytes.count == 4 && bytes[0] == 127
        case .ipv6(let bytes):
            guard bytes.count == 16 else { return false }
            if bytes == [UInt8](repeating: 0, count: 15) + [1] { return true }
            return bytes[0..<10].allSatisfy { $0 == 0 } && bytes[10] == 0xFF && bytes[11] == 0xFF && bytes[12] == 127
        }
    }
}

extension Socket {
    /// The connected peer's address (getpeername); nil when the socket has none to give.
    public static func peerAddress(_ fd: Int32) -> PeerAddress? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let result = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getpeername(fd, $0, &length) }
        }
        guard result == 0 else { return nil }
        let family = Int32(storage.ss_family)
        return withUnsafeBytes(of: &storage) { raw -> PeerAddress? in
            switch family {
            case AF_INET:
                let address = raw.load(as: sockaddr_in.self).sin_addr
                return .ipv4(withUnsafeBytes(of: address) { Array($0) })
            case AF_INET6:
                let address = raw.load(as: sockaddr_in6.self).sin6_addr
                return .ipv6(withUnsafeBytes(of: address) { Array($0) })
            case AF_UNIX: return .local
            default: return nil
            }
        }
    }
}
