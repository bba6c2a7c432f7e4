/// A request method: a case-sensitive token (RFC 9110 §9.1), such as `GET` or `POST`.
public struct HTTPMethod: Sendable, Hashable, CustomStringConvertible {
    public let rawValue: String

    /// A method from its token, or nil when the string is not a token of 1 to 32 characters.
    public init?(_ rawValue: String) {
        let bytes = Array(rawValue.utf8)
        guard !bytes.isEmpty, bytes.count <= HTTPMethod.maxLength, bytes.allSatisfy(Syntax.isTokenByte) else {
            return nil
        }
        self.rawValue = rawValue
    }

    private init(known: String) { rawValue = known }

    public var description: String { rawValue }

    /// Methods whose requests carry a body, and so must say how long it is (411 otherwise).
    package var requiresBodyLength: Bool { self == .post || self == .put || self == .patch }

    /// No method we know is longer; a longer token is a client bug or an attack.
    package static let maxLength = 32

    public static let get = HTTPMethod(known: "GET")
    public static let head = HTTPMethod(known: "HEAD")
    public static let post = HTTPMethod(known: "POST")
    public static let put = HTTPMethod(known: "PUT")
    public static let patch = HTTPMethod(known: "PATCH")
    public static let delete = HTTPMethod(known: "DELETE")
    public static let options = HTTPMethod(known: "OPTIONS")
}

/// The protocol version of a request: the server speaks HTTP/1.0 and HTTP/1.1.
public struct HTTPVersion: Sendable, Hashable, CustomStringConvertible {
    public let major: Int
    public let minor: Int

    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    public var description: String { "HTTP/\(major).\(minor)" }

    // The names swift-nio gives these two versions.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    public static let http1_0 = HTTPVersion(major: 1, minor: 0)
    // swift-format-ignore: AlwaysUseLowerCamelCase
    public static let http1_1 = HTTPVersion(major: 1, minor: 1)
}
