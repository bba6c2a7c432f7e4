import Casework
import Ledger
import Transparency

/// The one error type of the Stores layer: a refusal of what a citizen sent, or a failure of the
/// store's own files, with the lower layer's error kept as the cause.
///
/// A caller tells a full disk from a corrupt log by ``ledger(_:)``'s ``LedgerError``, and a malformed
/// envelope from a refused one by ``casework(_:)``. No message contains a token, a report's text or
/// any other secret. The web layer maps the cases a citizen can cause to its own messages.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    // MARK: what a citizen sent

    /// The report, follow-up or rating has invalid fields; one error per field and problem.
    case invalid([FieldError])
    /// No case is stored under this token.
    case noSuchCase
    /// The case is not resolved yet, so it cannot be rated.
    case notResolved
    /// The case already has a rating.
    case alreadyRated
    /// The case holds as many citizen records as the intake accepts per case: no more follow-ups.
    case caseFull(limit: Int)
    /// A well-formed, pre-sealed envelope that the intake log does not accept (wrong kind, recipients
    /// or case).
    case unacceptableEnvelope(String)
    /// A citizen's record that does not prove it comes from the holder of its case's token: its
    /// signature does not verify, or not under the key of the case's report (finding H1).
    case signatureInvalid(String)
    /// An attachment is larger than the intake accepts.
    case attachmentTooLarge(limit: Int)

    // MARK: the store's files

    /// A secret key file may be read by other users.
    case insecureKeyFile(path: String)
    /// A log (`intake` or `outcomes`) holds fewer records than its own last signed checkpoint covers:
    /// records that were acknowledged were removed from the disk. It is not opened.
    case recordsRemoved(log: String, records: UInt64, checkpointSize: UInt64)
    /// The log failed: a write or fsync, a corrupt record, a closed ledger (the Ledger layer's error).
    case ledger(LedgerError)
    /// The log holds something the store cannot use, or was asked for what it cannot give; the
    /// message says what.
    case storage(String)
    /// A receipt's signed checkpoint or inclusion proof does not verify (the Transparency layer's
    /// error).
    case inclusionNotVerified(TransparencyError)

    // MARK: the domain

    /// A token, envelope, attachment or key file that is not well formed (the Casework layer's error).
    case casework(CaseworkError)

    public var description: String {
        switch self {
        case .invalid(let errors):
            "invalid input: " + errors.map(\.description).joined(separator: "; ")
        case .noSuchCase:
            "no case has this code; check the code, or submit a new report"
        case .notResolved:
            "the case can be rated once it is resolved; check back later"
        case .alreadyRated:
            "the case has already been rated"
        case .caseFull(let limit):
            "the case already holds \(limit) messages, the most one case may hold; wait for the inspectors' answer"
        case .unacceptableEnvelope(let why):
            "envelope not accepted: \(why)"
        case .signatureInvalid(let why):
            "not accepted as the citizen's: \(why)"
        case .attachmentTooLarge(let limit):
            "the attachment is larger than \(limit) bytes; send a smaller file"
        case .insecureKeyFile(let path):
            "key file \(path) can be read by other users; run `chmod 600 \(path)` and restart"
        case .recordsRemoved(let log, let records, let size):
            "the \(log) log has \(Self.grouped(records)) record\(records == 1 ? "" : "s") but its last signed "
                + "checkpoint covers \(Self.grouped(size)): records were removed"
        case .ledger(let error):
            "the intake log failed: \(error)"
        case .storage(let why):
            "the intake log failed: \(why)"
        case .inclusionNotVerified(let error):
            "the intake log failed: inclusion proof does not verify: \(error)"
        case .casework(let error):
            error.description
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

extension StoreError {
    /// Runs Casework code inside the store's typed throws, keeping its error as the cause.
    static func lifting<T>(_ body: () throws(CaseworkError) -> T) throws(StoreError) -> T {
        do { return try body() } catch { throw .casework(error) }
    }
}
