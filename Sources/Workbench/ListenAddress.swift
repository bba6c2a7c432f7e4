/// Where the workbench listens: a loopback address and a port, never anything else (Workbench.docc,
/// "Security model").
public struct ListenAddress: Sendable, Equatable {
    public let host: String
    public let port: UInt16

    /// The default, `127.0.0.1:8090`.
    public static let standard = ListenAddress(host: "127.0.0.1", port: 8090)

    init(host: String, port: UInt16) {
        self.host = host
        self.port = port
    }

    /// Reads `HOST:PORT` or `[::1]:PORT`; refuses a host that is not a loopback address literal
    /// (127.0.0.0/8, `::1` or `localhost`), which would let other machines reach the inspector's keys.
    public init(_ text: String) throws(WorkbenchError) {
        var host: Substring
        var portText: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") else {
                throw .usage("--listen needs HOST:PORT, like 127.0.0.1:8090, not \"\(text)\"")
            }
            host = text[text.index(after: text.startIndex)..<close]
            portText = text[text.index(close, offsetBy: 2)...]
        } else {
            guard let colon = text.lastIndex(of: ":") else {
                throw .usage("--listen needs HOST:PORT, like 127.0.0.1:8090, not \"\(text)\"")
            }
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
        }
        guard let port = UInt16(portText) else {
            throw .usage("--listen needs a port from 0 to 65535, not \"\(portText)\"")
        }
        if host == "localhost" { host = "127.0.0.1" }
        guard Self.isLoopback(String(host)) else {
            throw .usage(
                "--listen \(text) is not a loopback address: the workbench holds your private key and listens "
                    + "on this machine only (127.0.0.1, ::1 or localhost)")
        }
        self.init(host: String(host), port: port)
    }

    /// 127.0.0.0/8 as four decimal octets, or `::1`.
    static func isLoopback(_ host: String) -> Bool {
        if host == "::1" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets[0] == "127" else { return false }
        return octets.allSatisfy { $0.count <= 3 && UInt8($0) != nil }
    }
}

/// What stops `candor-inspect serve` before it listens.
public enum WorkbenchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A bad option value: a usage error (exit 2).
    case usage(String)

    public var description: String {
        switch self {
        case .usage(let text): text
        }
    }
}
