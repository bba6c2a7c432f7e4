import Foundation
import Sodium
import TestSupport
import Testing

@testable import Transparency

/// The examples of c2sp.org/tlog-cosignature and c2sp.org/tlog-witness, copied verbatim.
enum C2SPWitnessVectors {
    static let checkpointText = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
    static let logLine =
        "— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n"
    static let cosignatureLine =
        "— witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n"
    /// tlog-cosignature, "Ed25519 signed message".
    static let signedMessage =
        "cosignature/v1\ntime 1679315147\nexample.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
    /// tlog-witness, "Example request body".
    static let requestBody = """
        old 20852014
        PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=
        jrJZDmY8Y7SyJE0MWLpLozkIVMSMZcD5kvuKxPC3swk=
        5+pKlUdi2LeF/BcMHBn+Ku6yhPGNCswZZD1X/6QgPd8=
        /6WVhPs2CwSsb5rYBH5cjHV/wSmA79abXAwhXw3Kj/0=

        example.com/behind-the-sofa
        20852163
        CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=

        — example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=
        — example.com/behind-the-sofa opLqBQsREYCgu6xQkYQwJr9fo45a62DN9EdmHXnZdXNqlcVGlCum2Wks+49/V6267UEjw6QUXTS5Rovnzv++qbSzm9Q=

        """
}

/// A witness key from a fixed seed, so its vkey and lines are the same on every run.
func testWitness(_ name: String = "witness.example/w1", seed: UInt8 = 7) -> CosignatureSigner {
    try! CosignatureSigner(
        name: name, privateKey: try! Signing.PrivateKey(seed: SecureBytes([UInt8](repeating: seed, count: 32))))
}

@Suite struct CosignatureTests {
    @Test func theSpecsExampleLineCarriesItsKeyIDAndTheExampleTimestamp() throws {
        let note = try SignedNote(
            parsing: C2SPWitnessVectors.checkpointText + "\n" + C2SPWitnessVectors.logLine
                + C2SPWitnessVectors.cosignatureLine)
        let line = note.signatures[1]
        #expect(line.name == "witness.example.com/w1")
        #expect(line.keyID == 0x8d66_cf3f)
        let cosignature = try Cosignature(timestampedSignature: line.signature)
        #expect(cosignature.timestamp == 1_679_315_147)
        // The spec's example message is the one signed at that time over that checkpoint.
        let message = Cosignature.message(
            checkpointText: C2SPWitnessVectors.checkpointText, timestamp: cosignature.timestamp)
        #expect(message == Array(C2SPWitnessVectors.signedMessage.utf8))
        #expect(cosignature.timestampedSignature == line.signature)
    }

    @Test func signsAndVerifiesWithTheType04KeyID() throws {
        let signer = testWitness()
        let checkpoint = try Checkpoint(text: C2SPWitnessVectors.checkpointText)
        let line = signer.cosign(checkpoint, timestamp: 1_700_000_000)
        var hash = SHA256()
        hash.update(Array("witness.example/w1\n".utf8) + [0x04] + signer.publicKey.rawRepresentation)
        let expectedID = hash.finalize().prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        #expect(line.keyID == expectedID)
        #expect(line.keyID != NoteVerifier.keyID(name: signer.name, publicKey: signer.publicKey))
        let verified = try signer.verifier.verify(line, checkpointText: checkpoint.text)
        #expect(verified.timestamp == 1_700_000_000)
        #expect(try CosignatureVerifier(verifierKey: signer.verifier.verifierKey) == signer.verifier)
        #expect(signer.verifier.verifierKey.hasPrefix("witness.example/w1+\(NoteVerifier.hex(line.keyID))+B"))
        let reread = try CosignatureSigner(signerKey: signer.signerKey)
        #expect(reread.verifier == signer.verifier)
        #expect(!signer.description.contains("PRIVATE"))
    }

    @Test func refusesAlteredCosignatures() throws {
        let signer = testWitness()
        let checkpoint = try Checkpoint(text: C2SPWitnessVectors.checkpointText)
        let line = signer.cosign(checkpoint, timestamp: 1_700_000_000)
        let otherText = C2SPWitnessVectors.checkpointText.replacingOccurrences(of: "20852163", with: "20852164")
        #expect(throws: TransparencyError.self) { try signer.verifier.verify(line, checkpointText: otherText) }
        for index in [0, 7, 8, 71] {
            let altered = try NoteSignature(
                name: line.name, keyID: line.keyID, signature: line.signature.flippingBit(0, ofByte: index))
            #expect(throws: TransparencyError.self) {
                try signer.verifier.verify(altered, checkpointText: checkpoint.text)
            }
        }
        let short = try NoteSignature(name: line.name, keyID: line.keyID, signature: Array(line.signature.dropLast()))
        #expect(throws: TransparencyError.self) { try signer.verifier.verify(short, checkpointText: checkpoint.text) }
        // 2^63 is one past the spec's limit.
        let late = [0x80] + [UInt8](repeating: 0, count: 7) + [UInt8](repeating: 0, count: 64)
        #expect(throws: TransparencyError.self) { try Cosignature(timestampedSignature: late) }
    }

    @Test func refusesVkeysOfAnotherTypeOrWithAWrongKeyID() throws {
        let signer = testWitness()
        let noteKey = try NoteVerifier(name: signer.name, publicKey: signer.publicKey).verifierKey
        #expect(throws: TransparencyError.self) { try CosignatureVerifier(verifierKey: noteKey) }
        #expect(throws: TransparencyError.self) { try NoteVerifier(verifierKey: signer.verifier.verifierKey) }
        let vkey = signer.verifier.verifierKey
        let wrongID = vkey.replacingOccurrences(of: "+\(NoteVerifier.hex(signer.keyID))+", with: "+00000000+")
        #expect(throws: TransparencyError.self) { try CosignatureVerifier(verifierKey: wrongID) }
        let noteSigner = try NoteSigner(name: signer.name, privateKey: try Signing.PrivateKey())
        #expect(throws: TransparencyError.self) { try CosignatureSigner(signerKey: noteSigner.signerKey) }
    }

    // MARK: an independent implementation

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Vectors/cosignature_v1.py").path

    @Test func pythonVerifiesOurCosignatures() throws {
        let signer = testWitness()
        let checkpoint = try Checkpoint(text: C2SPWitnessVectors.checkpointText)
        let note = try SignedNote(parsing: C2SPWitnessVectors.checkpointText + "\n" + C2SPWitnessVectors.logLine)
        let cosigned = try SignedNote(
            text: note.text, signatures: note.signatures + [signer.cosign(checkpoint, timestamp: 1_679_315_147)])
        let run = try ChildProcess.run(
            "/usr/bin/python3", [Self.script, "verify", signer.verifier.verifierKey],
            input: Array(cosigned.serialized.utf8), timeout: 30)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "ok 1679315147\n")
    }

    @Test func weVerifyPythonsCosignatures() throws {
        let run = try ChildProcess.run(
            "/usr/bin/python3",
            [Self.script, "sign", "witness.example/py", String(repeating: "2a", count: 32), "1700000001"],
            input: Array(C2SPWitnessVectors.checkpointText.utf8), timeout: 30)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 2)
        let verifier = try CosignatureVerifier(verifierKey: lines[0])
        let expected = testWitness("witness.example/py", seed: 0x2a).verifier
        #expect(verifier == expected)
        let note = try SignedNote(parsing: C2SPWitnessVectors.checkpointText + "\n" + lines[1] + "\n")
        let policy = try WitnessPolicy(witnesses: [verifier], quorum: 1)
        let found = try policy.check(note)
        #expect(found.map(\.cosignature.timestamp) == [1_700_000_001])
    }
}
