/// The one error type of the Casework layer: a token, envelope, message, attachment or inspector key
/// that is not well formed or does not open.
///
/// Every message says what was wrong and what to do about it. None of them ever contains a token, a
/// report's text or any other secret, so an error can be logged or shown as it is. The web layer maps
/// the cases a citizen can cause (``malformedToken``, ``badCheckCharacter``, ``malformedEnvelope(_:)``,
/// …) to its own Vietnamese and English messages. What the stores refuse is their own `StoreError`.
public enum CaseworkError: Error, Equatable, Sendable, CustomStringConvertible {
    // MARK: tokens

    /// Not a case code: wrong length or characters that are not in the code alphabet.
    case malformedToken
    /// A case code of the right shape whose check character does not match: almost surely a typo.
    case badCheckCharacter

    // MARK: envelopes and attachments

    /// The bytes are not a well-formed envelope.
    case malformedEnvelope(String)
    /// An envelope of a format version this code does not know.
    case unsupportedEnvelopeVersion(UInt8)
    /// The envelope is not sealed to the key that tried to open it.
    case notARecipient
    /// A sealed key, ciphertext or attachment chunk did not authenticate.
    case authenticationFailed
    /// An opened envelope whose plaintext is not a Casework message.
    case malformedPlaintext(String)
    /// An attachment chunk record, or a sequence of them, is not well formed.
    case malformedAttachment(String)

    // MARK: inspector keys

    /// The Keys folder holds no inspector key file.
    case noInspectorKeys(directory: String)
    /// A key file cannot be parsed.
    case malformedKeyFile(path: String, reason: String)
    /// A file could not be read or written.
    case io(path: String, reason: String)

    public var description: String {
        switch self {
        case .malformedToken:
            "that is not a case code: a code has 21 letters and digits, like 7K2Q-MX9D-…; check what you typed"
        case .badCheckCharacter:
            "the case code has a typo: one character is wrong or two are swapped; check it against your note"
        case .malformedEnvelope(let why):
            "malformed envelope: \(why)"
        case .unsupportedEnvelopeVersion(let version):
            "envelope version \(version) is not accepted (new records are sealed in version \(Envelope.version)); "
                + "seal with a client that follows Casework.docc/Envelope.md"
        case .notARecipient:
            "the envelope is not sealed to this key"
        case .authenticationFailed:
            "authentication failed"
        case .malformedPlaintext(let why):
            "the opened envelope is not a Casework message: \(why)"
        case .malformedAttachment(let why):
            "malformed attachment: \(why)"
        case .noInspectorKeys(let directory):
            "no inspector key in \(directory): add at least one NAME.pub file "
                + "(a line `candor-inspector v1 NAME <sealing key> <signing key>`) before starting the server"
        case .malformedKeyFile(let path, let reason):
            "key file \(path) is invalid: \(reason)"
        case .io(let path, let reason):
            "cannot use \(path): \(reason)"
        }
    }
}
