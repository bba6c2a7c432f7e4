/// Why ``HTTPClient`` could not do what it was asked: the message is for a person at a terminal and
/// says what to do next (the tools print it as it is).
public enum HTTPClientError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A server URL that cannot be used; the message says why and how to write it.
    case usage(String)
    /// The server could not be reached or did not speak HTTP as expected.
    case connection(String)

    public var description: String {
        switch self {
        case .usage(let reason), .connection(let reason): reason
        }
    }
}
