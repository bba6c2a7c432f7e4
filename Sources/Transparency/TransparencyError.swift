/// Why a proof, a signed note or a checkpoint was refused. Every message names what did not hold.
public enum TransparencyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An inclusion or consistency proof did not verify, or could not be generated for these sizes.
    case invalidProof(String)
    /// A C2SP signed note could not be parsed, or no signature from a known key verified.
    case malformedNote(String)
    /// A C2SP tlog-checkpoint body could not be parsed.
    case malformedCheckpoint(String)
    /// A C2SP cosignature/v1 from a known witness key did not parse or verify.
    case invalidCosignature(String)
    /// Fewer known witnesses cosigned a checkpoint than the quorum asks.
    case missingCosignatures(String)
    /// A C2SP tlog-witness add-checkpoint request body could not be parsed.
    case malformedWitnessRequest(String)

    public var description: String {
        switch self {
        case .invalidProof(let why): "invalid proof: \(why)"
        case .malformedNote(let why): "malformed signed note: \(why)"
        case .malformedCheckpoint(let why): "malformed checkpoint: \(why)"
        case .invalidCosignature(let why): "invalid cosignature: \(why)"
        case .missingCosignatures(let why): "missing cosignatures: \(why)"
        case .malformedWitnessRequest(let why): "malformed add-checkpoint request: \(why)"
        }
    }
}
