import API
import Ledger

/// The one error type of the Mirroring layer: a sync, a signed request or the mirror on disk that
/// failed, with the lower layer's error kept as the cause.
///
/// Each message is for the inspector at the terminal and says what to do next; the words are those
/// `candor-inspect` printed before the causes were kept. ``verificationFailed(_:evidence:)`` is the one
/// that makes `candor-inspect` exit with status 2.
public enum MirroringError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The server could not be reached, or its URL cannot be used (the API module's error).
    case client(HTTPClientError)
    /// The server answered, but not with what the sync protocol says (a cut batch, a wrong count).
    case connection(String)
    /// A command-line value that cannot be used with this mirror; the message says which.
    case usage(String)
    /// The server answered a signed request with an error (`status`, its JSON `error` code and message).
    case refused(status: Int, code: String, message: String)
    /// What the server sent is not what its signed checkpoints commit to, or the mirror no longer
    /// matches what was verified. `evidence` is the folder that keeps what did not match, if one was
    /// written.
    case verificationFailed(String, evidence: String?)
    /// The mirror's log failed: `what` was being done in the mirror at `path` (the Ledger layer's
    /// error).
    case log(path: String, what: String, LedgerError)
    /// A file or folder of the mirror could not be read or written.
    case io(path: String, reason: String)

    public var description: String {
        switch self {
        case .client(let error):
            error.description
        case .usage(let reason), .connection(let reason):
            reason
        case .refused(let status, let code, let message):
            "the server refused the request: \(status) \(code): \(message)"
        case .verificationFailed(let what, let evidence):
            "verification failed: \(what)"
                + (evidence.map { "\nThe evidence is kept in \($0) (see its README.txt)." } ?? "")
        case .log(let path, let what, let error):
            "cannot use \(path): \(what): \(error)"
        case .io(let path, let reason):
            "cannot use \(path): \(reason)"
        }
    }
}
