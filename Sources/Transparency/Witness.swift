/// The checks of a C2SP tlog-witness on an add-checkpoint request, in the spec's order, with no I/O:
/// the caller holds the latest cosigned checkpoint of each log, persists the new one atomically with
/// the check, and only then returns the cosignature.
public struct Witness: Sendable {
    /// The logs this witness follows: the origin, and the keys whose signature it accepts for it.
    public let logs: [String: [NoteVerifier]]
    /// The witness's key.
    public let signer: CosignatureSigner

    public init(logs: [String: [NoteVerifier]], signer: CosignatureSigner) {
        self.logs = logs
        self.signer = signer
    }

    /// Why a request is refused, and the HTTP status tlog-witness gives it.
    public enum Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        /// 400 Bad Request: the body does not parse, or the old size is above the checkpoint's.
        case badRequest(String)
        /// 403 Forbidden: no signature from a key this witness trusts for the origin.
        case unknownKey
        /// 404 Not Found: the witness follows no log of this origin.
        case unknownLog
        /// 409 Conflict: the old size is not the size the witness holds (body: that size), or the same
        /// size has another root hash.
        case conflict(latestSize: UInt64)
        /// 422 Unprocessable Entity: the consistency proof does not verify.
        case badProof(String)

        public var status: Int {
            switch self {
            case .badRequest: 400
            case .unknownKey: 403
            case .unknownLog: 404
            case .conflict: 409
            case .badProof: 422
            }
        }

        public var description: String {
            switch self {
            case .badRequest(let why): "bad request: \(why)"
            case .unknownKey: "no signature from a key this witness trusts for the checkpoint's origin"
            case .unknownLog: "this witness follows no log of that origin"
            case .conflict(let size): "the witness holds a checkpoint of size \(size)"
            case .badProof(let why): "the consistency proof does not verify: \(why)"
            }
        }
    }

    /// A request whose checkpoint is authentic: what the caller compares with the checkpoint it holds.
    public struct Submission: Sendable {
        public let request: AddCheckpointRequest
        public let checkpoint: Checkpoint
    }

    /// Parses `body` and checks the checkpoint's origin and signature (400, 404, 403).
    public func authenticate(_ body: [UInt8]) -> Result<Submission, Refusal> {
        let request: AddCheckpointRequest
        let checkpoint: Checkpoint
        do {
            request = try AddCheckpointRequest(parsing: body)
            checkpoint = try Checkpoint(text: request.note.text)
        } catch {
            return .failure(.badRequest(error.description))
        }
        guard let verifiers = logs[checkpoint.origin] else { return .failure(.unknownLog) }
        guard (try? request.note.verify(with: verifiers)) != nil else { return .failure(.unknownKey) }
        return .success(Submission(request: request, checkpoint: checkpoint))
    }

    /// Checks an authentic submission against `latest`, the last checkpoint cosigned for its origin
    /// (nil if none): 400 for an old size above the new one, 409 for another old size or another root at
    /// the same size, 422 for a proof that does not verify. On success the caller persists
    /// `submission.checkpoint` and answers with ``cosign(_:timestamp:)``.
    public func check(_ submission: Submission, latest: Checkpoint?) -> Result<Void, Refusal> {
        let request = submission.request
        let checkpoint = submission.checkpoint
        guard request.oldSize <= checkpoint.size else {
            return .failure(.badRequest("the old size \(request.oldSize) is above the checkpoint's \(checkpoint.size)"))
        }
        let heldSize = latest?.size ?? 0
        guard request.oldSize == heldSize else { return .failure(.conflict(latestSize: heldSize)) }
        let heldRoot = latest?.rootHash ?? RFC6962.emptyRoot
        if request.oldSize == checkpoint.size {
            guard heldRoot == checkpoint.rootHash, request.proof.isEmpty else {
                return heldRoot == checkpoint.rootHash
                    ? .failure(.badProof("a proof between equal sizes must be empty"))
                    : .failure(.conflict(latestSize: heldSize))
            }
            return .success(())
        }
        let proof = ConsistencyProof(oldSize: request.oldSize, newSize: checkpoint.size, hashes: request.proof)
        do {
            try proof.verify(oldRoot: heldRoot, newRoot: checkpoint.rootHash)
        } catch {
            return .failure(.badProof(error.description))
        }
        return .success(())
    }

    /// The response body of a 200: this witness's cosignature line.
    public func cosign(_ checkpoint: Checkpoint, timestamp: UInt64) -> [UInt8] {
        Array(signer.cosign(checkpoint, timestamp: timestamp).line.utf8)
    }
}
