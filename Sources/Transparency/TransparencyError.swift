/// Why a proof, a signed note or a checkpoint was refused. Every message names what did not hold.
public enum TransparencyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An inclusion or consistency proof did not verify, or could not be generated for these sizes.
    case invalidProof(String)
    /// A C2SP signed note could not be parsed, or no signature from a known key verified.
    case malformedNote(String)
    /// A C2SP tlog-checkpoint body could not be parsed.
    case malformedCheckpoint(String)

    public var description: String {
        switch self {
        case .invalidProof(let why): "invalid proof: \(why)"
        case .malformedNote(let why): "malformed signed note: \(why)"
        case .malformedCheckpoint(let why): "malformed checkpoint: \(why)"
        }
    }
}
