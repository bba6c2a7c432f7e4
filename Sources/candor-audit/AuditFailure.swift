import API
import Commands

/// Why an audit stopped, and the exit code it ends with.
///
/// Exit 2 means the log misbehaved (its data prove it), or the audit was given what it cannot use (a key
/// file, a URL); exit 1 means the server could not be reached: another try may do.
enum AuditFailure: Error, CustomStringConvertible {
    /// A key file cannot be read, the state folder is that of another log, or the URL is not one the audit
    /// can use.
    case usage(String)
    /// The state folder cannot be read or written.
    case io(String)
    /// The log could not be reached or did not serve what it must: nothing is proven either way.
    case connection(String)
    /// The server's URL cannot be used, or the server cannot be reached (the API module's error).
    case client(HTTPClientError)
    /// The checkpoint's signature does not verify with the log's key.
    case badCheckpointSignature(String)
    /// A known witness's cosignature is bad, or fewer witnesses cosigned than `--quorum`: the checkpoint
    /// may be a view shown to this auditor only.
    case missingWitnesses(String)
    /// The log has fewer entries than at the last run.
    case removedEntries(String)
    /// An entry or a tile differs from what the checkpoint commits to, or an entry's signature fails.
    case alteredEntry(String)
    /// The checkpoint is not an extension of the one the last run saw.
    case forkedCheckpoint(String)
    /// The log signed a checkpoint of a size no log can have (above `TileReader.maximumTreeSize`).
    case implausibleCheckpoint(String)
    /// An entry names a disciplined official, and the deployment's `Keys/outcomes.names` does not allow names.
    case nameNotAllowed(String)

    var exitCode: ExitCode {
        switch self {
        // A server URL that cannot be used is the command line's fault, like any usage error.
        case .client(.usage): .needsOperator
        case .io, .connection, .client: .failure
        case .usage, .badCheckpointSignature, .missingWitnesses, .removedEntries, .alteredEntry, .forkedCheckpoint,
            .implausibleCheckpoint, .nameNotAllowed:
            .needsOperator
        }
    }

    /// The message without the "candor-audit: " of a usage or I/O failure, for a subcommand's own prefix.
    var reason: String {
        switch self {
        case .usage(let why), .io(let why): why
        default: description
        }
    }

    var description: String {
        switch self {
        case .usage(let why): "candor-audit: \(why)"
        case .io(let why): "candor-audit: \(why)"
        case .connection(let why): "candor-audit: \(why)"
        case .client(let error): "candor-audit: \(error)"
        case .badCheckpointSignature(let why): "BAD CHECKPOINT SIGNATURE: \(why)"
        case .missingWitnesses(let why): "UNWITNESSED CHECKPOINT: \(why)"
        case .removedEntries(let why): "REMOVED ENTRIES: \(why)"
        case .alteredEntry(let why): "ALTERED ENTRY: \(why)"
        case .forkedCheckpoint(let why): "FORKED CHECKPOINT: \(why)"
        case .implausibleCheckpoint(let why): "IMPLAUSIBLE CHECKPOINT: \(why)"
        case .nameNotAllowed(let why): "NAME NOT ALLOWED: \(why)"
        }
    }
}
