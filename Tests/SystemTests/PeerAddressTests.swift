import System
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// PeerAddress.swift: which peers count as this machine (the workbench's peer check).
@Suite("PeerAddress: loopback or not")
struct PeerAddressTests {
    static func address(_ text: String) -> PeerAddress {
        if text.contains(":") {
            var address = in6_addr()
            #expect(inet_pton(AF_INET6, text, &address) == 1, "\(text)")
            return .ipv6(withUnsafeBytes(of: address) { Array($0) })
        }
        var address = in_addr()
        #expect(inet_pton(AF_INET, text, &address) == 1, "\(text)")
        return .ipv4(withUnsafeBytes(of: address) { Array($0) })
    }

    @Test(arguments: ["127.0.0.1", "127.255.0.9", "::1", "::ffff:127.0.0.1", "::ffff:127.1.2.3"])
    func loopback(_ text: String) {
        #expect(Self.address(text).isLoopback)
    }

    @Test(arguments: [
        "10.0.0.1", "192.168.1.20", "0.0.0.0", "128.0.0.1", "::", "::2", "2001:db8::1", "fe80::1",
        "::ffff:10.0.0.1", "::127.0.0.1", "::ffff:0:127.0.0.1",
    ])
    func notLoopback(_ text: String) {
        #expect(!Self.address(text).isLoopback)
    }

    @Test func aUnixSocketIsThisMachineAndAShortAddressIsNot() {
        #expect(PeerAddress.local.isLoopback)
        #expect(!PeerAddress.ipv4([127]).isLoopback)
        #expect(!PeerAddress.ipv6([0, 1]).isLoopback)
    }
}
