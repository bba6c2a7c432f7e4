import Foundation
import HTTP
import Transparency

/// The HTTP side of `candor-audit witness`: `POST /add-checkpoint` (C2SP tlog-witness), and `GET /` with
/// the witness's vkey so an operator can check it.
struct WitnessService {
    let witness: Witness
    let state: WitnessState
    /// The seconds since the epoch, the cosignatures' timestamps (a seam for tests).
    var now: @Sendable () -> UInt64 = { UInt64(max(0, Date().timeIntervalSince1970)) }

    /// The largest body a log needs: 63 proof lines, a checkpoint and a hundred signatures fit in 32 KiB.
    static let maxBodyBytes = 32 * 1024

    func router() -> Router {
        var router = Router()
        router.route(.post, "/add-checkpoint", maxBodyBytes: Self.maxBodyBytes) { request in
            add(try request.body.readAll())
        }
        router.route(.get, "/") { _ in .text("\(witness.signer.verifier.verifierKey)\n") }
        return router
    }

    /// The answer to one add-checkpoint body.
    func add(_ body: [UInt8]) -> HTTPResponse {
        let submission: Witness.Submission
        switch witness.authenticate(body) {
        case .success(let authentic): submission = authentic
        case .failure(let refusal): return Self.response(refusal)
        }
        let checkpoint = submission.checkpoint
        let outcome: Result<Checkpoint, Witness.Refusal>
        do {
            outcome = try state.update(origin: checkpoint.origin, persisting: submission.request.note) { latest in
                witness.check(submission, latest: latest).map { checkpoint }
            }
        } catch {
            // The state cannot be written: no cosignature may leave unpersisted.
            FileHandle.standardError.write(Data("candor-audit witness: \(error.description)\n".utf8))
            return .text("the witness cannot persist its state\n", status: .serviceUnavailable)
        }
        switch outcome {
        case .success:
            return .bytes(witness.cosign(checkpoint, timestamp: now()), contentType: "text/plain; charset=utf-8")
        case .failure(let refusal):
            if isFork(refusal, submission) {
                let finding =
                    "\(checkpoint.origin): a checkpoint of size \(checkpoint.size) signed by the log does not extend "
                    + "the one this witness cosigned (\(refusal))"
                let folder = state.saveEvidence(origin: checkpoint.origin, request: body, finding: finding)
                FileHandle.standardError.write(
                    Data("candor-audit witness: FORK: \(finding); evidence in \(folder ?? "(not saved)")\n".utf8))
            }
            return Self.response(refusal)
        }
    }

    /// A refusal that proves the log signed two histories: a bad proof from the size held, or another
    /// root at that size. A stale `old` size is not one: the log only has to try again.
    private func isFork(_ refusal: Witness.Refusal, _ submission: Witness.Submission) -> Bool {
        switch refusal {
        case .badProof: submission.request.oldSize != submission.checkpoint.size
        case .conflict(let size): submission.request.oldSize == size && submission.checkpoint.size == size
        default: false
        }
    }

    static func response(_ refusal: Witness.Refusal) -> HTTPResponse {
        switch refusal {
        case .conflict(let size):
            // tlog-witness: the body is the size held and a newline, of type text/x.tlog.size.
            return .bytes(Array("\(size)\n".utf8), contentType: "text/x.tlog.size", status: .conflict)
        case .badRequest: return .text("\(refusal)\n", status: .badRequest)
        case .unknownKey: return .text("\(refusal)\n", status: .forbidden)
        case .unknownLog: return .text("\(refusal)\n", status: .notFound)
        case .badProof: return .text("\(refusal)\n", status: .unprocessableContent)
        }
    }
}
