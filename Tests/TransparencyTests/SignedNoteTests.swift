import Foundation
import Sodium
import TestSupport
import Testing

@testable import Transparency

/// Known answers from golang.org/x/mod sumdb/note/note_test.go and note.go (the reference
/// implementation of C2SP signed-note), copied verbatim.
enum GoNoteVectors {
    static let peterVerifierKey = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
    static let peterSignerKey = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
    static let enochVerifierKey = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop"
    static let text =
        "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
    static let peterSig =
        "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
    static let enochSig =
        "— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n"

    static var peter: NoteVerifier { try! NoteVerifier(verifierKey: peterVerifierKey) }
    static var enoch: NoteVerifier { try! NoteVerifier(verifierKey: enochVerifierKey) }
    static var peterSigner: NoteSigner { try! NoteSigner(signerKey: SecureBytes(Array(peterSignerKey.utf8))) }
}

/// Asserts that `body` throws ``TransparencyError/malformedNote(_:)``.
func expectMalformedNote<T>(
    _ what: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> T
) {
    do {
        _ = try body()
        Issue.record("\(what): accepted, expected malformedNote", sourceLocation: sourceLocation)
    } catch {
        guard case .malformedNote = error as? TransparencyError else {
            Issue.record("\(what): expected malformedNote, got \(error)", sourceLocation: sourceLocation)
            return
        }
    }
}

@Suite("C2SP signed notes: keys, signatures, strict parser") struct SignedNoteTests {
    // MARK: keys

    @Test func verifierKeyKnownAnswer() throws {
        let peter = try NoteVerifier(verifierKey: GoNoteVectors.peterVerifierKey)
        #expect(peter.name == "PeterNeumann")
        #expect(peter.keyID == 0xc74f_20a3)
        #expect(peter.verifierKey == GoNoteVectors.peterVerifierKey)
        #expect(NoteVerifier.keyID(name: "PeterNeumann", publicKey: peter.publicKey) == 0xc74f_20a3)
        // key ID = SHA-256(name ‖ 0x0A ‖ 0x01 ‖ key)[:4], computed here independently.
        let digest = SHA256.hash(Array("PeterNeumann".utf8) + [0x0A, 0x01] + peter.publicKey.rawRepresentation)
        #expect(digest.prefix(4) == [0xc7, 0x4f, 0x20, 0xa3])
        #expect(try NoteVerifier(verifierKey: GoNoteVectors.enochVerifierKey).keyID == 0xaf0c_fe78)
        #expect(try NoteVerifier(name: "PeterNeumann", publicKey: peter.publicKey) == peter)
    }

    @Test func signerKeyKnownAnswer() throws {
        let signer = GoNoteVectors.peterSigner
        #expect(signer.name == "PeterNeumann")
        #expect(signer.keyID == 0xc74f_20a3)
        #expect(signer.verifierKey == GoNoteVectors.peterVerifierKey)
        #expect(signer.verifier == GoNoteVectors.peter)
        #expect(signer.signerKey == SecureBytes(Array(GoNoteVectors.peterSignerKey.utf8)))
        #expect(!String(describing: signer).contains("PRIVATE"))
    }

    @Test func generatedKeysRoundTrip() throws {
        let signer = try NoteSigner(name: "candor.example/outcomes", privateKey: Signing.PrivateKey())
        let again = try NoteSigner(signerKey: signer.signerKey)
        #expect(again.keyID == signer.keyID && again.publicKey == signer.publicKey && again.name == signer.name)
        #expect(try NoteVerifier(verifierKey: signer.verifierKey) == signer.verifier)
    }

    /// note_test.go TestNewVerifier: every substring and every single-byte change is rejected.
    @Test func mangledVerifierKeysAreRejected() {
        let bytes = Array(GoNoteVectors.peterVerifierKey.utf8)
        for start in 0..<bytes.count {
            for end in (start + 1)...bytes.count where start != 0 || end != bytes.count {
                let key = String(decoding: bytes[start..<end], as: UTF8.self)
                expectMalformedNote("substring \(key)") { try NoteVerifier(verifierKey: key) }
            }
        }
        for index in bytes.indices {
            var changed = bytes
            changed[index] &+= 1
            let key = String(decoding: changed, as: UTF8.self)
            expectMalformedNote("changed \(key)") { try NoteVerifier(verifierKey: key) }
        }
        // Wrong key length, and an unknown algorithm, each with an adjusted key hash (note_test.go).
        expectMalformedNote("long key") {
            try NoteVerifier(verifierKey: "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==")
        }
        expectMalformedNote("algorithm") {
            try NoteVerifier(verifierKey: "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
        }
        expectMalformedNote("uppercase hex") {
            try NoteVerifier(verifierKey: "PeterNeumann+C74F20A3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
        }
        expectMalformedNote("trailing newline") { try NoteVerifier(verifierKey: GoNoteVectors.peterVerifierKey + "\n") }
    }

    /// note_test.go TestNewSigner: every substring and every single-byte change is rejected.
    @Test func mangledSignerKeysAreRejected() {
        let bytes = Array(GoNoteVectors.peterSignerKey.utf8)
        for start in 0..<bytes.count {
            for end in (start + 1)...bytes.count where start != 0 || end != bytes.count {
                expectMalformedNote("substring \(start)..<\(end)") {
                    try NoteSigner(signerKey: SecureBytes(bytes[start..<end]))
                }
            }
        }
        for index in bytes.indices {
            var changed = bytes
            changed[index] &+= 1
            expectMalformedNote("changed byte \(index)") { try NoteSigner(signerKey: SecureBytes(changed)) }
        }
    }

    @Test(arguments: ["", "a b", "a+b", "a\nb", "tab\there", "nbsp\u{00A0}", "line\u{2028}sep", "bell\u{07}"])
    func invalidKeyNamesAreRejected(name: String) {
        let key = Signing.PrivateKey()
        expectMalformedNote("signer \(name.debugDescription)") { try NoteSigner(name: name, privateKey: key) }
        expectMalformedNote("verifier \(name.debugDescription)") {
            try NoteVerifier(name: name, publicKey: key.publicKey)
        }
        expectMalformedNote("signature \(name.debugDescription)") {
            try NoteSignature(name: name, keyID: 1, signature: [1])
        }
    }

    // MARK: signing and verifying

    /// note_test.go TestSign: Ed25519 is deterministic, so the signed note is a known answer.
    @Test func signKnownAnswer() throws {
        let note = try GoNoteVectors.peterSigner.sign(GoNoteVectors.text)
        #expect(note.serialized == GoNoteVectors.text + "\n" + GoNoteVectors.peterSig)
        #expect(try note.verify(with: [GoNoteVectors.peter]) == [GoNoteVectors.peter])
    }

    /// note_test.go TestOpen: known and unknown keys.
    @Test func publishedNoteWithTwoSignatures() throws {
        let note = try SignedNote(parsing: GoNoteVectors.text + "\n" + GoNoteVectors.peterSig + GoNoteVectors.enochSig)
        #expect(note.text == GoNoteVectors.text)
        #expect(note.signatures.map(\.name) == ["PeterNeumann", "EnochRoot"])
        #expect(note.signatures.map(\.keyID) == [0xc74f_20a3, 0xaf0c_fe78])
        #expect(note.signatures.allSatisfy { $0.signature.count == 64 })
        let (peter, enoch) = (GoNoteVectors.peter, GoNoteVectors.enoch)
        #expect(try note.verify(with: [peter]) == [peter])  // Enoch's signature is ignored
        #expect(try note.verify(with: [enoch]) == [enoch])
        #expect(try note.verify(with: [enoch, peter]) == [peter, enoch])
        expectMalformedNote("no known key") { try note.verify(with: []) }
        expectMalformedNote("only an unrelated key") {
            try note.verify(with: [GoNoteVectors.peterSigner.verifier].map { _ in Self.otherVerifier })
        }
        #expect(note.serialized == GoNoteVectors.text + "\n" + GoNoteVectors.peterSig + GoNoteVectors.enochSig)
    }

    static let otherVerifier = try! NoteSigner(name: "PeterNeumann", privateKey: Signing.PrivateKey()).verifier

    @Test func duplicateSignaturesAndUnverifiableUnknowns() throws {
        // note_test.go: duplicated verified and unverified signatures; a corrupted unknown one is ignored.
        let corruptedEnoch = String(GoNoteVectors.enochSig.prefix(60)) + "ABCD" + GoNoteVectors.enochSig.dropFirst(60)
        let message =
            GoNoteVectors.text + "\n" + GoNoteVectors.peterSig + GoNoteVectors.peterSig
            + GoNoteVectors.enochSig + GoNoteVectors.enochSig + corruptedEnoch
        let note = try SignedNote(parsing: message)
        #expect(note.signatures.count == 5)
        #expect(try note.verify(with: [GoNoteVectors.peter]) == [GoNoteVectors.peter])
        expectMalformedNote("corrupted known signature") { try note.verify(with: [GoNoteVectors.enoch]) }
    }

    /// A signature from a known key that does not verify rejects the whole note.
    @Test func tamperedTextOrSignatureIsRejected() throws {
        let peter = GoNoteVectors.peter
        let tamperedText = GoNoteVectors.text.replacingOccurrences(of: "answer", with: "ANSWER")
        expectMalformedNote("tampered text") {
            try SignedNote(parsing: tamperedText + "\n" + GoNoteVectors.peterSig).verify(with: [peter])
        }
        // note_test.go: "ABCD" inserted into the base64 signature.
        let corrupted = String(GoNoteVectors.peterSig.prefix(60)) + "ABCD" + GoNoteVectors.peterSig.dropFirst(60)
        expectMalformedNote("tampered signature") {
            try SignedNote(parsing: GoNoteVectors.text + "\n" + corrupted).verify(with: [peter])
        }
        let note = try SignedNote(parsing: GoNoteVectors.text + "\n" + GoNoteVectors.peterSig)
        var signature = note.signatures[0].signature
        signature[10] ^= 1
        let flipped = try SignedNote(
            text: note.text, signatures: [NoteSignature(name: "PeterNeumann", keyID: 0xc74f_20a3, signature: signature)]
        )
        expectMalformedNote("flipped signature bit") { try flipped.verify(with: [peter]) }
        let short = try SignedNote(
            text: note.text,
            signatures: [NoteSignature(name: "PeterNeumann", keyID: 0xc74f_20a3, signature: [1, 2, 3])])
        expectMalformedNote("known key, wrong signature length") { try short.verify(with: [peter]) }
    }

    /// A wrong key ID or name makes the signature one of an unknown key: ignored, so nothing verifies.
    @Test func wrongKeyIDOrNameIsNotAcceptedForTheKnownKey() throws {
        let note = try SignedNote(parsing: GoNoteVectors.text + "\n" + GoNoteVectors.peterSig)
        let original = note.signatures[0]
        let wrongID = try NoteSignature(name: original.name, keyID: original.keyID ^ 1, signature: original.signature)
        let wrongName = try NoteSignature(name: "CarmenSandiego", keyID: original.keyID, signature: original.signature)
        for signature in [wrongID, wrongName] {
            let changed = try SignedNote(text: note.text, signatures: [signature])
            expectMalformedNote("\(signature)") { try changed.verify(with: [GoNoteVectors.peter]) }
            // The same signature bytes under the right name and ID still verify.
            let both = try SignedNote(text: note.text, signatures: [signature, original])
            #expect(try both.verify(with: [GoNoteVectors.peter]) == [GoNoteVectors.peter])
        }
        // note_test.go: "x08g" replaced by "xxxx" changes the key ID inside the base64.
        let wrongHash = GoNoteVectors.peterSig.replacingOccurrences(of: "x08g", with: "xxxx")
        expectMalformedNote("key ID xxxx") {
            try SignedNote(parsing: GoNoteVectors.text + "\n" + wrongHash).verify(with: [GoNoteVectors.peter])
        }
    }

    @Test func ambiguousVerifiersAreRejected() throws {
        // Two different keys that claim the same name and key ID.
        let peter = GoNoteVectors.peter
        let impostor = NoteVerifier(
            uncheckedName: peter.name, publicKey: Self.otherVerifier.publicKey, keyID: peter.keyID)
        let note = try SignedNote(parsing: GoNoteVectors.text + "\n" + GoNoteVectors.peterSig)
        expectMalformedNote("ambiguous") { try note.verify(with: [peter, impostor]) }
        #expect(try note.verify(with: [peter, peter]) == [peter])  // the same key twice is fine
    }

    @Test func cosigningAddsOrReplacesASignature() throws {
        let log = try NoteSigner(name: "candor.example/log", privateKey: Signing.PrivateKey())
        let witness = try NoteSigner(name: "witness.example", privateKey: Signing.PrivateKey())
        let note = try log.sign("candor.example/log\n1\n\(NoteBase64.encode(RFC6962.emptyRoot))\n")
        let cosigned = try note.signed(by: witness)
        #expect(cosigned.signatures.map(\.name) == ["candor.example/log", "witness.example"])
        #expect(try cosigned.verify(with: [log.verifier, witness.verifier]) == [log.verifier, witness.verifier])
        #expect(try cosigned.signed(by: log).signatures.map(\.name) == ["witness.example", "candor.example/log"])
        let reparsed = try SignedNote(parsing: cosigned.serialized)
        #expect(reparsed == cosigned)
    }

    @Test func textMustBeAValidNoteText() {
        let signer = GoNoteVectors.peterSigner
        for text in ["", "abc", "abc\r\n", "tab\there\n", "nul\u{0}\n", "escape\u{1B}[0m\n"] {
            expectMalformedNote("sign \(text.debugDescription)") { try signer.sign(text) }
        }
        expectMalformedNote("no signatures") { try SignedNote(text: "a\n", signatures: []) }
        let signature = try! NoteSignature(name: "a", keyID: 1, signature: [1])
        expectMalformedNote("101 signatures") {
            try SignedNote(text: "a\n", signatures: Array(repeating: signature, count: 101))
        }
        #expect(throws: Never.self) { try SignedNote(text: "a\n", signatures: Array(repeating: signature, count: 100)) }
    }

    // MARK: parser

    /// note_test.go TestOpen's bad messages, and more; each must be rejected by the parser.
    static let malformedNotes: [(String, String)] = {
        let (text, sig) = (GoNoteVectors.text, GoNoteVectors.peterSig)
        let b64 = "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM="
        return [
            ("text only", text),
            ("text and blank line", text + "\n"),
            ("signature line without newline", text + "\n" + sig.dropLast()),
            ("leading control character", "\u{01}" + text + "\n" + sig),
            ("bad name", text + "\n" + "— Bad Name \(b64)"),
            ("unexpected line", text + "\n" + sig + "Unexpected line.\n"),
            ("101 signatures", text + "\n" + String(repeating: sig, count: 101)),
            ("no blank line", text + sig),
            ("hyphen instead of em dash", text + "\n" + "- PeterNeumann \(b64)\n"),
            ("en dash instead of em dash", text + "\n" + "\u{2013} PeterNeumann \(b64)\n"),
            ("em dash without space", text + "\n" + "—PeterNeumann \(b64)\n"),
            ("two spaces after em dash", text + "\n" + "—  PeterNeumann \(b64)\n"),
            ("no space before signature", text + "\n" + "— PeterNeumann\(b64)\n"),
            ("empty signature", text + "\n" + "— PeterNeumann \n"),
            ("empty name", text + "\n" + "—  \(b64)\n"),
            ("name with plus", text + "\n" + "— Peter+Neumann \(b64)\n"),
            ("name with no-break space", text + "\n" + "— Peter\u{00A0}Neumann \(b64)\n"),
            ("trailing space", text + "\n" + "— PeterNeumann \(b64) \n"),
            ("URL-safe base64", text + "\n" + "— PeterNeumann \(b64.replacingOccurrences(of: "/", with: "_"))\n"),
            ("unpadded base64", text + "\n" + "— PeterNeumann \(b64.dropLast())\n"),
            ("non-canonical base64", text + "\n" + "— PeterNeumann \(b64.dropLast(2))N=\n"),
            ("signature of 4 bytes", text + "\n" + "— PeterNeumann AAAAAA==\n"),
            ("carriage return", text.replacingOccurrences(of: "\n", with: "\r\n") + "\n" + sig),
            ("CRLF line endings", text + "\r\n" + sig),
            ("tab in text", "a\tb\n\n" + sig),
            ("blank line after the signatures", text + "\n" + sig + "\n"),
            ("empty note", ""),
            ("blank lines only", "\n\n"),
        ]
    }()

    @Test func malformedNotesAreRejected() {
        #expect(Self.malformedNotes.count >= 20)
        for (what, note) in Self.malformedNotes {
            expectMalformedNote(what) { try SignedNote(parsing: note) }
        }
    }

    @Test func invalidUTF8IsRejected() {
        let valid = Array((GoNoteVectors.text + "\n" + GoNoteVectors.peterSig).utf8)
        #expect(throws: Never.self) { try SignedNote(parsing: valid) }
        expectMalformedNote("0xff") { try SignedNote(parsing: [0xFF] + valid) }
        expectMalformedNote("truncated em dash") {
            try SignedNote(parsing: Array(valid.prefix(valid.count - 1)) + [0xE2, 0x80, 0x0A])
        }
    }

    @Test func textMayContainBlankLinesAndUnicode() throws {
        let signer = GoNoteVectors.peterSigner
        let texts = [
            "\n", "a\n\nb\n", "Cổng dịch vụ công\n\n\n", "— not a signature\n", "x\n\n— PeterNeumann AAAA\n",
        ]
        for text in texts {
            let note = try signer.sign(text)
            let parsed = try SignedNote(parsing: note.serialized)
            #expect(parsed == note)
            #expect(parsed.text == text)
            #expect(try parsed.verify(with: [signer.verifier]) == [signer.verifier])
        }
    }

    /// Fuzz-style round trip: any mutation of a valid note is rejected or parses to a note that
    /// serializes back to exactly the same bytes, and never verifies if the text or signature changed.
    @Test func mutatedNotesRoundTripOrFail() throws {
        var random = SplitMix64(seed: 2014)
        let original = Array((GoNoteVectors.text + "\n" + GoNoteVectors.peterSig + GoNoteVectors.enochSig).utf8)
        let alphabet = Array("\n —+/=aZ09 \u{7F}".utf8) + [0xE2, 0x80, 0x94, 0x00, 0x0D, 0xFF]
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
            guard let note = try? SignedNote(parsing: bytes) else { continue }
            #expect(Array(note.serialized.utf8) == bytes)
            if let verified = try? note.verify(with: [GoNoteVectors.peter, GoNoteVectors.enoch]) {
                #expect(note.text == GoNoteVectors.text)
                #expect(!verified.isEmpty)
            }
        }
    }
}
