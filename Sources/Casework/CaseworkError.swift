/// The one error type of the Casework layer.
///
/// Every message says what was wrong and what to do about it. None of them ever contains a token, a
/// report's text or any other secret, so an error can be logged or shown as it is. The web layer maps
/// the cases a citizen can cause (``malformedToken``, ``badCheckCharacter``, ``noSuchCase``,
/// ``invalid(_:)``, …) to its own Vietnamese and English messages.
public enum CaseworkError: Error, Equatable, Sendable, CustomStringConvertible {
    // MARK: catalogue

    /// The catalogue file or folder does not exist.
    case catalogMissing(path: String)
    /// A catalogue file is not valid (bad JSON, a duplicate id, an empty label, …).
    case malformedCatalog(file: String, reason: String)

    // MARK: tokens and cases

    /// Not a case code: wrong length or characters that are not in the code alphabet.
    case malformedToken
    /// A case code of the right shape whose check character does not match: almost surely a typo.
    case badCheckCharacter
    /// No case is stored under this token.
    case noSuchCase

    // MARK: citizen input

    /// The report, follow-up or rating has invalid fields; one error per field and problem.
    case invalid([FieldError])
    /// The case is not resolved yet, so it cannot be rated.
    case notResolved
    /// The case already has a rating.
    case alreadyRated
    /// The case holds as many citizen records as the intake accepts per case: no more follow-ups.
    case caseFull(limit: Int)

    // MARK: envelopes and attachments

    /// The bytes are not a well-formed envelope.
    case malformedEnvelope(String)
    /// An envelope of a format version this code does not know.
    case unsupportedEnvelopeVersion(UInt8)
    /// The envelope is not sealed to the key that tried to open it.
    case notARecipient
    /// A sealed key, ciphertext or attachment chunk did not authenticate.
    case authenticationFailed
    /// A well-formed, pre-sealed envelope that the intake log does not accept (wrong kind, recipients
    /// or case).
    case unacceptableEnvelope(String)
    /// A citizen's record that does not prove it comes from the holder of its case's token: its
    /// signature does not verify, or not under the key of the case's report (finding H1).
    case signatureInvalid(String)
    /// An opened envelope whose plaintext is not a Casework message.
    case malformedPlaintext(String)
    /// An attachment chunk record, or a sequence of them, is not well formed.
    case malformedAttachment(String)
    /// An attachment is larger than the intake accepts.
    case attachmentTooLarge(limit: Int)

    // MARK: keys, files and storage

    /// The Keys folder holds no inspector key file.
    case noInspectorKeys(directory: String)
    /// A key file cannot be parsed.
    case malformedKeyFile(path: String, reason: String)
    /// A secret key file may be read by other users.
    case insecureKeyFile(path: String)
    /// A file could not be read or written.
    case io(path: String, reason: String)
    /// The intake log failed (its message comes from the Ledger layer).
    case storage(String)
    /// A log (`intake` or `outcomes`) holds fewer records than its own last signed checkpoint covers:
    /// records that were acknowledged were removed from the disk. It is not opened.
    case recordsRemoved(log: String, records: UInt64, checkpointSize: UInt64)

    public var description: String {
        switch self {
        case .catalogMissing(let path):
            "the catalogue is missing at \(path); install the Catalog folder or point the server at one"
        case .malformedCatalog(let file, let reason):
            "catalogue file \(file) is invalid: \(reason); fix the file and restart"
        case .malformedToken:
            "that is not a case code: a code has 21 letters and digits, like 7K2Q-MX9D-…; check what you typed"
        case .badCheckCharacter:
            "the case code has a typo: one character is wrong or two are swapped; check it against your note"
        case .noSuchCase:
            "no case has this code; check the code, or submit a new report"
        case .invalid(let errors):
            "invalid input: " + errors.map(\.description).joined(separator: "; ")
        case .notResolved:
            "the case can be rated once it is resolved; check back later"
        case .alreadyRated:
            "the case has already been rated"
        case .caseFull(let limit):
            "the case already holds \(limit) messages, the most one case may hold; wait for the inspectors' answer"
        case .malformedEnvelope(let why):
            "malformed envelope: \(why)"
        case .unsupportedEnvelopeVersion(let version):
            "envelope version \(version) is not accepted (new records are sealed in version \(Envelope.version)); "
                + "seal with a client that follows Casework.docc/Envelope.md"
        case .notARecipient:
            "the envelope is not sealed to this key"
        case .authenticationFailed:
            "authentication failed"
        case .unacceptableEnvelope(let why):
            "envelope not accepted: \(why)"
        case .signatureInvalid(let why):
            "not accepted as the citizen's: \(why)"
        case .malformedPlaintext(let why):
            "the opened envelope is not a Casework message: \(why)"
        case .malformedAttachment(let why):
            "malformed attachment: \(why)"
        case .attachmentTooLarge(let limit):
            "the attachment is larger than \(limit) bytes; send a smaller file"
        case .noInspectorKeys(let directory):
            "no inspector key in \(directory): add at least one NAME.pub file "
                + "(a line `candor-inspector v1 NAME <sealing key> <signing key>`) before starting the server"
        case .malformedKeyFile(let path, let reason):
            "key file \(path) is invalid: \(reason)"
        case .insecureKeyFile(let path):
            "key file \(path) can be read by other users; run `chmod 600 \(path)` and restart"
        case .io(let path, let reason):
            "cannot use \(path): \(reason)"
        case .storage(let why):
            "the intake log failed: \(why)"
        case .recordsRemoved(let log, let records, let size):
            "the \(log) log has \(Self.grouped(records)) record\(records == 1 ? "" : "s") but its last signed "
                + "checkpoint covers \(Self.grouped(size)): records were removed"
        }
    }

    /// 1250 as "1,250": sizes an operator compares at a glance.
    private static func grouped(_ number: UInt64) -> String {
        var digits = Array(String(number))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return String(digits)
    }
}
