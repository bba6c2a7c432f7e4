import Foundation
import Sodium
import TestSupport
import Testing

@testable import Transparency

/// Asserts that `body` throws ``TransparencyError/malformedCheckpoint(_:)``.
func expectMalformedCheckpoint<T>(
    _ what: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> T
) {
    do {
        _ = try body()
        Issue.record("\(what): accepted, expected malformedCheckpoint", sourceLocation: sourceLocation)
    } catch {
        guard case .malformedCheckpoint = error as? TransparencyError else {
            Issue.record("\(what): expected malformedCheckpoint, got \(error)", sourceLocation: sourceLocation)
            return
        }
    }
}

@Suite("C2SP checkpoints: strict body, signed and opened") struct CheckpointTests {
    static let root8 = RFC6962Vectors.rootHashes[8]
    static let root8Base64 = "XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg="

    // MARK: body

    @Test func roundTrip() throws {
        let checkpoint = try Checkpoint(origin: "candor.example/outcomes", size: 8, rootHash: Self.root8)
        #expect(checkpoint.text == "candor.example/outcomes\n8\n\(Self.root8Base64)\n")
        #expect(try Checkpoint(text: checkpoint.text) == checkpoint)
        let extended = try Checkpoint(origin: "o", size: 0, rootHash: RFC6962.emptyRoot, extensions: ["a b", "— c"])
        #expect(extended.text == "o\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\na b\n— c\n")
        #expect(try Checkpoint(text: extended.text) == extended)
        #expect(try Checkpoint(text: extended.text).extensions == ["a b", "— c"])
    }

    /// The example body of the C2SP tlog-checkpoint specification.
    @Test func specificationExample() throws {
        let text = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
        let checkpoint = try Checkpoint(text: text)
        #expect(checkpoint.origin == "example.com/behind-the-sofa")
        #expect(checkpoint.size == 20_852_163)
        #expect(checkpoint.rootHash.count == 32)
        #expect(checkpoint.extensions.isEmpty)
        #expect(checkpoint.text == text)
    }

    @Test func sizeLimits() throws {
        let root = "\(Self.root8Base64)\n"
        #expect(try Checkpoint(text: "o\n0\n" + root).size == 0)
        #expect(try Checkpoint(text: "o\n18446744073709551615\n" + root).size == .max)
        expectMalformedCheckpoint("2^64") { try Checkpoint(text: "o\n18446744073709551616\n" + root) }
        expectMalformedCheckpoint("huge") { try Checkpoint(text: "o\n99999999999999999999999\n" + root) }
    }

    static let malformedBodies: [(String, String)] = {
        let root = root8Base64
        return [
            ("empty", ""),
            ("no final newline", "o\n8\n\(root)"),
            ("two lines", "o\n8\n"),
            ("one line", "o\n"),
            ("empty origin", "\n8\n\(root)\n"),
            ("empty size", "o\n\n\(root)\n"),
            ("empty root", "o\n8\n\n"),
            ("empty extension line", "o\n8\n\(root)\n\n"),
            ("empty extension in the middle", "o\n8\n\(root)\nx\n\ny\n"),
            ("leading zero", "o\n08\n\(root)\n"),
            ("double zero", "o\n00\n\(root)\n"),
            ("plus sign", "o\n+8\n\(root)\n"),
            ("minus sign", "o\n-8\n\(root)\n"),
            ("leading space in size", "o\n 8\n\(root)\n"),
            ("trailing space in size", "o\n8 \n\(root)\n"),
            ("hex size", "o\n0x8\n\(root)\n"),
            ("Arabic-Indic digit", "o\n\u{0668}\n\(root)\n"),
            ("fullwidth digit", "o\n\u{FF18}\n\(root)\n"),
            ("31-byte root", "o\n8\n\(NoteBase64.encode(Array(root8.dropLast())))\n"),
            ("33-byte root", "o\n8\n\(NoteBase64.encode(root8 + [0]))\n"),
            ("unpadded root", "o\n8\n\(root.dropLast())\n"),
            (
                "URL-safe base64",
                "o\n8\n\(root.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_"))\n"
            ),
            ("non-canonical root", "o\n8\n\(root.dropLast(2))h=\n"),
            ("root with trailing space", "o\n8\n\(root) \n"),
            ("hex root", "o\n8\n\(root8.map { String(format: "%02x", $0) }.joined())\n"),
            ("CRLF", "o\r\n8\r\n\(root)\r\n"),
            ("carriage return in origin", "o\r\n8\n\(root)\n"),
            ("tab in extension", "o\n8\n\(root)\na\tb\n"),
            ("NUL in origin", "o\u{0}\n8\n\(root)\n"),
            ("a whole signed note", "o\n8\n\(root)\n\n— o AAAAAAA=\n"),
        ]
    }()

    @Test func malformedBodiesAreRejected() {
        #expect(Self.malformedBodies.count >= 20)
        for (what, text) in Self.malformedBodies {
            expectMalformedCheckpoint(what) { try Checkpoint(text: text) }
        }
    }

    @Test func invalidPartsAreRejected() {
        expectMalformedCheckpoint("empty origin") { try Checkpoint(origin: "", size: 1, rootHash: Self.root8) }
        expectMalformedCheckpoint("newline in origin") { try Checkpoint(origin: "a\nb", size: 1, rootHash: Self.root8) }
        expectMalformedCheckpoint("CR in origin") { try Checkpoint(origin: "a\r", size: 1, rootHash: Self.root8) }
        expectMalformedCheckpoint("short root") { try Checkpoint(origin: "o", size: 1, rootHash: [1, 2, 3]) }
        expectMalformedCheckpoint("empty extension") {
            try Checkpoint(origin: "o", size: 1, rootHash: Self.root8, extensions: [""])
        }
        expectMalformedCheckpoint("newline in extension") {
            try Checkpoint(origin: "o", size: 1, rootHash: Self.root8, extensions: ["a\nb"])
        }
    }

    /// Fuzz-style: any mutation of a valid body is rejected or is canonical (re-serializes to itself).
    @Test func mutatedBodiesRoundTripOrFail() throws {
        var random = SplitMix64(seed: 6962)
        let original = Array("candor.example/outcomes\n8\n\(Self.root8Base64)\next\n".utf8)
        let alphabet = Array("\n0189+/=aZ -".utf8) + [0x00, 0x0D]
        for _ in 0..<3_000 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let position = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes[position] = alphabet.randomElement(using: &random)!
                case 1: bytes.remove(at: position)
                default: bytes.insert(alphabet.randomElement(using: &random)!, at: position)
                }
            }
            guard let checkpoint = try? Checkpoint(text: String(decoding: bytes, as: UTF8.self)) else { continue }
            #expect(Array(checkpoint.text.utf8) == bytes)
        }
    }

    // MARK: signed checkpoints

    /// The worked example of Ledger.docc/Transparency.md, also produced independently with Python's
    /// `cryptography` package: seed 00 01 … 1f, the published 8-leaf RFC 6962 tree.
    static let exampleOrigin = "candor.example/outcomes"
    static let exampleVerifierKey = "candor.example/outcomes+418687be+AQOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4"
    static let exampleSignerKey =
        "PRIVATE+KEY+candor.example/outcomes+418687be+AQABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f"
    static let exampleNote = """
        candor.example/outcomes
        8
        XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=

        — candor.example/outcomes QYaHvsrj0dP+EcS1eL1PMUYNWrFxWZccJlChEP9WQW/gFu2Eg7iR4hzKqEmm2GzkEAaTvX10xp/OAReeUKSBYMXDDQw=

        """

    @Test func workedExample() throws {
        let signer = try NoteSigner(
            name: Self.exampleOrigin, privateKey: Signing.PrivateKey(seed: SecureBytes(Array(0..<32) as [UInt8])))
        #expect(signer.keyID == 0x4186_87be)
        #expect(signer.verifierKey == Self.exampleVerifierKey)
        #expect(signer.signerKey == SecureBytes(Array(Self.exampleSignerKey.utf8)))

        let tree = MerkleTreeTests.incremental(RFC6962Vectors.leafHashes)
        let checkpoint = try Checkpoint(origin: Self.exampleOrigin, size: tree.size, rootHash: tree.rootHash())
        let signed = SignedCheckpoint(checkpoint, signedBy: signer)
        #expect(signed.serialized == Self.exampleNote)
        #expect(try signer.sign(checkpoint.text) == signed.note)

        let verifier = try NoteVerifier(verifierKey: Self.exampleVerifierKey)
        let opened = try SignedCheckpoint(parsing: Self.exampleNote, origin: Self.exampleOrigin, verifiers: [verifier])
        #expect(opened.checkpoint == checkpoint)
        #expect(opened.verifiedBy == [verifier])
        #expect(opened == signed)

        // The proofs that the article shows.
        let inclusion = try tree.inclusionProof(leafIndex: 5, treeSize: 8)
        try inclusion.verify(
            leafHash: RFC6962.leafHash(RFC6962Vectors.leafInputs[5]), rootHash: opened.checkpoint.rootHash)
        let consistency = try tree.consistencyProof(from: 6, to: 8)
        try consistency.verify(oldRoot: RFC6962Vectors.rootHashes[6], newRoot: opened.checkpoint.rootHash)
    }

    /// A real checkpoint of the Go checksum database, signed by its published key: retrieved from
    /// https://sum.golang.org/latest on 2024-09-23, as quoted in sigsum/sigsum-go
    /// pkg/checkpoint/checkpoint_test.go; the key is in golang/go src/cmd/go/internal/modfetch/key.go.
    @Test func goChecksumDatabaseCheckpoint() throws {
        let note = """
            go.sum database tree
            30055305
            mXfgRcJ0bG0j3CPdKwgGWtUzBUbX67saZGRmFuJGGsM=

            — sum.golang.org Az3grpgEild5qw7+5dtV13Kf1C2Xurm8q4fhdxvcsDHnqNTaxL2AFjBY+2TyGKevucFcAAlWFJJYle3EJlDCrQ+y3A8=

            """
        let key = try NoteVerifier(verifierKey: "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8")
        #expect(key.keyID == 0x033d_e0ae)
        let signed = try SignedCheckpoint(parsing: note, origin: "go.sum database tree", verifiers: [key])
        #expect(signed.checkpoint.size == 30_055_305)
        #expect(signed.checkpoint.rootHash == NoteBase64.decode("mXfgRcJ0bG0j3CPdKwgGWtUzBUbX67saZGRmFuJGGsM="))
        #expect(signed.serialized == note)
        let changed = note.replacingOccurrences(of: "30055305", with: "30055306")
        expectMalformedNote("changed size") {
            try SignedCheckpoint(parsing: changed, origin: "go.sum database tree", verifiers: [key])
        }
    }

    @Test func openingChecksSignatureThenBodyThenOrigin() throws {
        let verifier = try NoteVerifier(verifierKey: Self.exampleVerifierKey)
        let other = try NoteSigner(name: Self.exampleOrigin, privateKey: Signing.PrivateKey())
        expectMalformedNote("unknown key") {
            try SignedCheckpoint(parsing: Self.exampleNote, origin: Self.exampleOrigin, verifiers: [other.verifier])
        }
        expectMalformedCheckpoint("other origin") {
            try SignedCheckpoint(parsing: Self.exampleNote, origin: "candor.example/intake", verifiers: [verifier])
        }
        let notACheckpoint = try other.sign("hello\n")
        expectMalformedCheckpoint("signed non-checkpoint") {
            try SignedCheckpoint(parsing: notACheckpoint.serialized, origin: "hello", verifiers: [other.verifier])
        }
        expectMalformedNote("tampered root") {
            try SignedCheckpoint(
                parsing: Self.exampleNote.replacingOccurrences(of: "Xcna", with: "Ycna"), origin: Self.exampleOrigin,
                verifiers: [verifier])
        }
    }
}
