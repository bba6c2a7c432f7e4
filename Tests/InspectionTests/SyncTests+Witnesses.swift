import Foundation
import Sodium
import Testing

@testable import Mirroring
@testable import Transparency

/// `sync --witness … --quorum N`: the intake log's checkpoint must carry the witnesses' cosignatures.
@Suite("Sync: witnessed checkpoints")
struct SyncWitnessTests {
    static let witness = try! CosignatureSigner(
        name: "witness.example/w1",
        privateKey: try! Signing.PrivateKey(seed: SecureBytes([UInt8](repeating: 5, count: 32))))

    /// The server's checkpoint with `witness`'s line appended: what a server serves once it has it.
    static func cosigning(_ target: String, _ body: [UInt8]) -> [UInt8] {
        guard target.hasSuffix("/checkpoint"), let note = try? SignedNote(parsing: body),
            let checkpoint = try? Checkpoint(text: note.text)
        else { return body }
        let line = witness.cosign(checkpoint, timestamp: 1_700_000_000)
        return Array(try! SignedNote(text: note.text, signatures: note.signatures + [line]).serialized.utf8)
    }

    @Test func aCheckpointWithoutTheQuorumIsTheLogsMisbehaviour() throws {
        let harness = try SyncHarness()
        try harness.submit(2)
        let policy = try WitnessPolicy(witnesses: [Self.witness.verifier], quorum: 1)
        let refused = mirroringError { () throws(MirroringError) in try harness.sync(witnesses: policy) }
        guard case .verificationFailed(let what, _) = refused else {
            Issue.record("expected a verification failure, got \(String(describing: refused))")
            return
        }
        #expect(what.contains("not cosigned as the witnesses require"), "\(what)")
        #expect(harness.evidenceFolders.count == 1)

        let proxy = try harness.tamperingProxy(Self.cosigning)
        defer { proxy.shutdown() }
        #expect(try harness.sync(through: proxy, witnesses: policy).newRecords == 3)
    }

    @Test func aBadCosignatureFromAKnownWitnessIsRefused() throws {
        let harness = try SyncHarness()
        try harness.submit(1)
        let proxy = try harness.tamperingProxy { target, body in
            let good = Self.cosigning(target, body)
            guard good != body, let note = try? SignedNote(parsing: good), let line = note.signatures.last else {
                return body
            }
            let bad = try! NoteSignature(name: line.name, keyID: line.keyID, signature: line.signature.reversed())
            return Array(
                try! SignedNote(text: note.text, signatures: note.signatures.dropLast() + [bad]).serialized.utf8)
        }
        defer { proxy.shutdown() }
        let policy = try WitnessPolicy(witnesses: [Self.witness.verifier], quorum: 0)
        let refused = mirroringError { () throws(MirroringError) in try harness.sync(through: proxy, witnesses: policy)
        }
        guard case .verificationFailed = refused else {
            Issue.record("expected a verification failure, got \(String(describing: refused))")
            return
        }
    }
}
