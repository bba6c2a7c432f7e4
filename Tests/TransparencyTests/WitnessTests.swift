import Sodium
import Testing

@testable import Transparency

/// The witness's checks on a log of eight leaves, in the order and with the statuses of tlog-witness.
@Suite struct WitnessTests {
    let log = try! NoteSigner(name: "log.example/a", privateKey: Signing.PrivateKey())
    let tree = MerkleTree(leaves: (0..<8).map { [UInt8]("leaf \($0)".utf8) })
    var witness: Witness { Witness(logs: [log.name: [log.verifier]], signer: testWitness()) }

    func checkpoint(_ size: UInt64, signer: NoteSigner? = nil, tree: MerkleTree? = nil) throws -> (
        Checkpoint, SignedNote
    ) {
        let checkpoint = try Checkpoint(
            origin: log.name, size: size, rootHash: try (tree ?? self.tree).rootHash(size: size))
        return (checkpoint, (signer ?? log).sign(checkpoint))
    }

    func submit(old: UInt64, _ size: UInt64, latest: Checkpoint?, proof: [[UInt8]]? = nil, tree: MerkleTree? = nil)
        throws -> Result<Void, Witness.Refusal>
    {
        let (_, note) = try checkpoint(size, tree: tree)
        let hashes = try proof ?? (old == 0 ? [] : (tree ?? self.tree).consistencyProof(from: old, to: size).hashes)
        let body = AddCheckpointRequest(oldSize: old, proof: hashes, note: note).serialized
        switch witness.authenticate(body) {
        case .success(let submission): return witness.check(submission, latest: latest)
        case .failure(let refusal): return .failure(refusal)
        }
    }

    @Test func cosignsAFirstCheckpointThenAConsistentOne() throws {
        #expect(throws: Never.self) { try submit(old: 0, 3, latest: nil).get() }
        let (three, _) = try checkpoint(3)
        #expect(throws: Never.self) { try submit(old: 3, 8, latest: three).get() }
        #expect(throws: Never.self) { try submit(old: 3, 3, latest: three).get() }
        let line = witness.cosign(three, timestamp: 5)
        let parsed = try SignedNote(
            parsing: log.sign(three).serialized.dropLast() + "\n" + String(decoding: line, as: UTF8.self))
        #expect(try WitnessPolicy(witnesses: [witness.signer.verifier], quorum: 1).check(parsed).count == 1)
    }

    @Test func refusesWithTheProtocolsStatuses() throws {
        let (three, _) = try checkpoint(3)
        #expect(try submit(old: 0, 3, latest: three).status == 409)
        #expect(try submit(old: 5, 3, latest: three, proof: []).status == 400)
        #expect(try submit(old: 3, 8, latest: three, proof: [RFC6962.emptyRoot]).status == 422)
        #expect(try submit(old: 0, 3, latest: nil, proof: [RFC6962.emptyRoot]).status == 422)
        // A fork: the same log key signs another history of eight leaves.
        let forked = MerkleTree(leaves: (0..<8).map { [UInt8]("other \($0)".utf8) })
        #expect(try submit(old: 3, 8, latest: three, tree: forked).status == 422)
        #expect(try submit(old: 3, 3, latest: three, tree: forked).status == 409)

        let stranger = try NoteSigner(name: log.name, privateKey: Signing.PrivateKey())
        let (_, foreign) = try checkpoint(3, signer: stranger)
        #expect(refusal(AddCheckpointRequest(oldSize: 0, proof: [], note: foreign).serialized)?.status == 403)
        let other = try NoteSigner(name: "log.example/b", privateKey: Signing.PrivateKey())
        let unknown = other.sign(try Checkpoint(origin: other.name, size: 0, rootHash: RFC6962.emptyRoot))
        #expect(refusal(AddCheckpointRequest(oldSize: 0, proof: [], note: unknown).serialized)?.status == 404)
        #expect(refusal(Array("old 0\n\nnot a note".utf8))?.status == 400)
    }

    func refusal(_ body: [UInt8]) -> Witness.Refusal? {
        guard case .failure(let refusal) = witness.authenticate(body) else { return nil }
        return refusal
    }
}

extension Result where Failure == Witness.Refusal {
    var status: Int? {
        guard case .failure(let refusal) = self else { return 200 }
        return refusal.status
    }
}

extension MerkleTree {
    /// A tree of these entries (RFC 6962 leaf hashes).
    init(leaves: [[UInt8]]) {
        self.init()
        for leaf in leaves { append(leafHash: RFC6962.leafHash(leaf)) }
    }
}
