import API
import Foundation
import Sodium
import TestSupport
import Testing
import Transparency

/// `candor-audit witness` over HTTP, as a log that is not Candor would speak to it: each of the
/// tlog-witness statuses, and the state kept across a SIGKILL.
@Suite("End to end: the witness speaks C2SP tlog-witness", .serialized)
final class WitnessProtocolTests {
    let folder = NSTemporaryDirectory() + "candor-witness-e2e-\(UUID().uuidString.prefix(8))"
    let log = try! NoteSigner(name: "log.example/a", privateKey: Signing.PrivateKey())
    var tree = MerkleTree()
    var witness: WitnessProcess!

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try (log.verifierKey + "\n").write(toFile: folder + "/log.key", atomically: true, encoding: .utf8)
        witness = try WitnessProcess(name: "w1", folder: folder, logs: [folder + "/log.key"])
    }

    deinit {
        witness.stop()
        try? FileManager.default.removeItem(atPath: folder)
    }

    func grow(to size: Int, salt: String = "") {
        while tree.size < size { tree.append(leafHash: RFC6962.leafHash(Array("\(salt)leaf \(tree.size)".utf8))) }
    }

    func note(_ signer: NoteSigner? = nil) throws -> SignedNote {
        (signer ?? log).sign(try Checkpoint(origin: log.name, size: tree.size, rootHash: tree.rootHash()))
    }

    func post(_ body: [UInt8], method: String = "POST") throws -> HTTPClient.Response {
        try HTTPClient(server: HTTPClient.ServerURL(witness.url)).send(
            method: method, target: "/add-checkpoint", body: body)
    }

    func add(old: UInt64, proof: [[UInt8]]? = nil, note: SignedNote? = nil) throws -> HTTPClient.Response {
        let hashes = try proof ?? (old == 0 ? [] : tree.consistencyProof(from: old, to: tree.size).hashes)
        return try post(AddCheckpointRequest(oldSize: old, proof: hashes, note: try note ?? self.note()).serialized)
    }

    @Test func answersEachStatusOfTheProtocol() throws {
        grow(to: 3)
        let first = try add(old: 0)
        #expect(first.status == 200)
        let line = try #require(
            try SignedNote(parsing: try note().serialized + String(decoding: first.body, as: UTF8.self)).signatures.last
        )
        let verifier = try CosignatureVerifier(verifierKey: witness.verifierKey)
        #expect(throws: Never.self) { try verifier.verify(line, checkpointText: try self.note().text) }

        grow(to: 7)
        let stale = try add(old: 0)
        #expect(stale.status == 409)
        #expect(String(decoding: stale.body, as: UTF8.self) == "3\n")
        #expect(stale.header("Content-Type") == "text/x.tlog.size")
        #expect(try add(old: 3, proof: [RFC6962.emptyRoot]).status == 422)
        #expect(try add(old: 9, proof: []).status == 400)
        #expect(try post(Array("old 3\n\nnot a note".utf8)).status == 400)
        let stranger = try NoteSigner(name: log.name, privateKey: Signing.PrivateKey())
        #expect(try add(old: 3, note: try note(stranger)).status == 403)
        let other = try NoteSigner(name: "log.example/b", privateKey: Signing.PrivateKey())
        let unknown = other.sign(try Checkpoint(origin: other.name, size: 0, rootHash: RFC6962.emptyRoot))
        #expect(try post(AddCheckpointRequest(oldSize: 0, proof: [], note: unknown).serialized).status == 404)
        #expect(try post([], method: "GET").status == 405)
        #expect(try post([UInt8](repeating: 0x61, count: 40 * 1024)).status == 413)
        let home = try HTTPClient(server: HTTPClient.ServerURL(witness.url)).send(method: "GET", target: "/")
        #expect(String(decoding: home.body, as: UTF8.self) == witness.verifierKey + "\n")
        #expect(try add(old: 3).status == 200)
        // The authentic checkpoint with a bad proof is kept (tlog-witness: "might be proof of log
        // misbehavior"); the stale size, the stranger's and the unknown log's are not.
        #expect(witness.evidence().count == 1)
    }

    @Test func aForkIsKeptAsEvidenceAndTheStateSurvivesAKill() throws {
        grow(to: 4)
        #expect(try add(old: 0).status == 200)
        kill(witness.process.processIdentifier, SIGKILL)
        witness.stop()
        witness = try WitnessProcess(name: "w1", folder: folder, logs: [folder + "/log.key"])
        // The same log key signs another history of six entries: no proof from 4 leads to it.
        let honest = tree
        tree = MerkleTree()
        grow(to: 6, salt: "other ")
        let forked = try add(old: 4, proof: try honest.consistencyProof(from: 4, to: 4).hashes + [RFC6962.emptyRoot])
        #expect(forked.status == 422)
        #expect(witness.evidence().count == 1)
        let kept = try FileManager.default.contentsOfDirectory(
            atPath: witness.state + "/evidence/" + witness.evidence()[0])
        #expect(kept.sorted() == ["finding.txt", "held.checkpoint", "refused.request"])
        #expect(try add(old: 0).status == 409, "the held size 4 survived the kill")
    }
}
