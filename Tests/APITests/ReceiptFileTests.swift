import Foundation
import Sodium
import Testing
import Transparency

@testable import API

@Suite struct ReceiptFileTests {
    /// A one-record log's receipt: the leaf is the root, so the proof is empty.
    static func receipt(witnesses: String? = "cosigned 1 of 1, quorum 1") throws -> (ReceiptFile, NoteVerifier) {
        let log = try NoteSigner(
            name: "candor.example/intake",
            privateKey: try Signing.PrivateKey(seed: SecureBytes([UInt8](repeating: 7, count: 32))))
        let leaf = [UInt8](repeating: 0xAB, count: 32)
        let checkpoint = try Checkpoint(origin: log.name, size: 1, rootHash: leaf)
        let note = try log.sign(checkpoint.text)
        let file = ReceiptFile(
            origin: log.name, index: 0, leafHash: leaf, treeSize: 1, proof: [], logKey: log.verifier.verifierKey,
            witnesses: witnesses, checkpoint: note.serialized)
        return (file, log.verifier)
    }

    @Test func parsesWhatItWritesAndVerifies() throws {
        let (file, key) = try Self.receipt()
        #expect(try ReceiptFile(parsing: file.serialized) == file)
        #expect(try file.verify(logKey: key, witnesses: WitnessPolicy(witnesses: [], quorum: 0)).isEmpty)
        let bare = ReceiptFile(
            origin: file.origin, index: 0, leafHash: file.leafHash, treeSize: 1,
            proof: [[UInt8](repeating: 1, count: 32)], logKey: nil, witnesses: nil, checkpoint: file.checkpoint)
        #expect(try ReceiptFile(parsing: bare.serialized) == bare)
    }

    @Test(arguments: [
        ("another first line", "Candor receipt v1", "Candor receipt v2"),
        ("a leading zero", "index: 0", "index: 00"),
        ("a sign", "tree-size: 1", "tree-size: +1"),
        (
            "a non-canonical hash", "leaf-hash: q6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6s=",
            "leaf-hash: q6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6t="
        ),
        ("no proof line", "inclusion-proof:\n", ""),
        ("an unknown line", "witnesses: ", "colour: blue\nwitnesses: "),
        ("the lines reordered", "log: candor.example/intake\nindex: 0", "index: 0\nlog: candor.example/intake"),
        ("no blank line", "\n\n", "\n"),
        ("an empty value", "log: candor.example/intake", "log: "),
        ("a short hash", "leaf-hash: q6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6s=", "leaf-hash: q6ur"),
    ])
    func refuses(_ what: String, _ original: String, _ replacement: String) throws {
        let text = try Self.receipt().0.serialized
        #expect(text.contains(original), "\(what)")
        #expect(throws: ReceiptFile.Malformed.self, "\(what)") {
            try ReceiptFile(parsing: text.replacingOccurrences(of: original, with: replacement))
        }
    }

    @Test func aReceiptThatDoesNotProveItsRecordIsRefused() throws {
        let (file, key) = try Self.receipt()
        var wrongLeaf = file
        wrongLeaf.leafHash[0] ^= 1
        #expect(throws: TransparencyError.self) {
            try wrongLeaf.verify(logKey: key, witnesses: .init(witnesses: [], quorum: 0))
        }
        var wrongSize = file
        wrongSize.treeSize = 2
        #expect(throws: TransparencyError.self) {
            try wrongSize.verify(logKey: key, witnesses: .init(witnesses: [], quorum: 0))
        }
        let other = try NoteSigner(
            name: "candor.example/intake",
            privateKey: try Signing.PrivateKey(seed: SecureBytes([UInt8](repeating: 8, count: 32))))
        #expect(throws: TransparencyError.self) {
            try file.verify(logKey: other.verifier, witnesses: .init(witnesses: [], quorum: 0))
        }
        let witness = try CosignatureSigner(
            name: "w1.example",
            privateKey: try Signing.PrivateKey(seed: SecureBytes([UInt8](repeating: 9, count: 32))))
        #expect(throws: TransparencyError.self) {
            try file.verify(logKey: key, witnesses: .init(witnesses: [witness.verifier], quorum: 1))
        }
    }
}
