/// The one error type of the Sodium layer.
///
/// Authentication failures deliberately say nothing more than that: telling a caller *why* a
/// ciphertext or signature failed to check helps an attacker, never a user.
public enum SodiumError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A MAC, AEAD tag, sealed box or signature did not check.
    case authenticationFailed
    /// A key, nonce, seed or other input had the wrong length.
    case invalidLength(what: String, expected: Int, actual: Int)
    /// A secret stream ended before its final tag: data was cut off.
    case truncated
    /// Input that is structurally wrong (for example padding with no marker, or data after a final tag).
    case invalidInput(String)
    /// libsodium refused the operation (for example Argon2id could not allocate its memory).
    case operationFailed(String)

    public var description: String {
        switch self {
        case .authenticationFailed: "authentication failed"
        case .invalidLength(let what, let expected, let actual):
            "invalid \(what) length: expected \(expected) bytes, got \(actual)"
        case .truncated: "the stream is truncated: it ended before its final tag"
        case .invalidInput(let why): "invalid input: \(why)"
        case .operationFailed(let why): "libsodium operation failed: \(why)"
        }
    }
}
