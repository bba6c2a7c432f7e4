import Sodium
import Testing

@testable import Transparency

@Suite struct WitnessPolicyTests {
    let checkpoint = try! Checkpoint(text: C2SPWitnessVectors.checkpointText)
    let witnesses = [
        testWitness("w1.example", seed: 1), testWitness("w2.example", seed: 2), testWitness("w3.example", seed: 3),
    ]

    func note(_ lines: [NoteSignature]) throws -> SignedNote {
        let log = try SignedNote(parsing: C2SPWitnessVectors.checkpointText + "\n" + C2SPWitnessVectors.logLine)
        return try SignedNote(text: log.text, signatures: log.signatures + lines)
    }

    @Test func countsDistinctKnownWitnessesAndIgnoresUnknownOnes() throws {
        let policy = try WitnessPolicy(witnesses: witnesses.map(\.verifier), quorum: 2)
        let stranger = testWitness("stranger.example", seed: 9)
        let lines = [
            witnesses[0].cosign(checkpoint, timestamp: 10), witnesses[0].cosign(checkpoint, timestamp: 11),
            stranger.cosign(checkpoint, timestamp: 12),
        ]
        #expect(throws: TransparencyError.self) { try policy.check(note(lines)) }
        let found = try policy.check(note(lines + [witnesses[2].cosign(checkpoint, timestamp: 13)]))
        #expect(found.map(\.witness.name) == ["w1.example", "w3.example"])
        #expect(found.map(\.cosignature.timestamp) == [10, 13])
    }

    @Test func aBadLineFromAKnownWitnessFailsEvenAboveTheQuorum() throws {
        let policy = try WitnessPolicy(witnesses: witnesses.map(\.verifier), quorum: 1)
        let good = witnesses[0].cosign(checkpoint, timestamp: 10)
        let bad = witnesses[1].cosign(checkpoint, timestamp: 10)
        let forged = try NoteSignature(name: bad.name, keyID: bad.keyID, signature: bad.signature.reversed())
        #expect {
            try policy.check(note([good, forged]))
        } throws: { error in
            guard case .invalidCosignature = error as? TransparencyError else { return false }
            return true
        }
    }

    @Test func aQuorumAboveTheWitnessesIsRefused() throws {
        #expect(throws: TransparencyError.self) { try WitnessPolicy(witnesses: [witnesses[0].verifier], quorum: 2) }
        #expect(throws: TransparencyError.self) {
            try WitnessPolicy(witnesses: [witnesses[0].verifier, witnesses[0].verifier], quorum: 2)
        }
        #expect(try WitnessPolicy(witnesses: [], quorum: 0).check(note([])).isEmpty)
    }
}
