import Sodium
import Testing

@testable import Casework
@testable import Stores

@Suite("Authorship: whose words a citizen's record provably are")
struct AuthorshipTests {
    let token = CaseToken(random: SeededRandom(seed: 5))
    let tag = CaseTagKey(random: SeededRandom(seed: 6)).tag(for: CaseToken(random: SeededRandom(seed: 5)))
    var reply: SealedBox.PublicKey { token.replyKey().publicKey }
    var signing: Signing.PublicKey { token.signingKey().publicKey }

    func envelope(_ kind: Envelope.Kind, signingKey: Signing.PrivateKey, replyKey: SealedBox.PublicKey? = nil) throws
        -> Envelope
    {
        let replyKey = replyKey ?? reply
        return try Envelope(
            parsing: Envelope.seal(
                plaintext: [1], kind: kind, caseTag: tag, replyKey: replyKey, signingKey: signingKey,
                recipients: [replyKey]))
    }

    @Test("signed by the case's key: the citizen's; by another key or with another reply key: not")
    func versionTwo() throws {
        #expect(
            try envelope(.followUp, signingKey: token.signingKey()).authorship(
                caseSigningKey: signing, caseReplyKey: reply, reportVersion: 2) == .citizen)
        #expect(
            try envelope(.report, signingKey: token.signingKey()).authorship(
                caseSigningKey: signing, caseReplyKey: reply, reportVersion: 2) == .citizen)
        let stranger = try envelope(.rating, signingKey: Signing.PrivateKey())
        if case .notFromCitizen = stranger.authorship(caseSigningKey: signing, caseReplyKey: reply, reportVersion: 2) {
        } else {
            Issue.record("a stranger's key passed")
        }
        let otherReply = SealedBox.PrivateKey().publicKey
        let moved = try envelope(.followUp, signingKey: token.signingKey(), replyKey: otherReply)
        if case .notFromCitizen = moved.authorship(caseSigningKey: signing, caseReplyKey: reply, reportVersion: 2) {
        } else {
            Issue.record("another reply key passed")
        }
        var bytes = try envelope(.followUp, signingKey: token.signingKey()).serialized
        bytes[bytes.count - 3] ^= 4
        if case .notFromCitizen = try Envelope(parsing: bytes).authorship(
            caseSigningKey: signing, caseReplyKey: reply, reportVersion: 2)
        {
        } else {
            Issue.record("a broken signature passed")
        }
        #expect(
            try envelope(.followUp, signingKey: token.signingKey()).authorship(
                caseSigningKey: nil, caseReplyKey: reply, reportVersion: 1)
                == .unsigned, "no key to compare with proves nothing")
    }

    @Test("version 1: the report is the case's own; later records are unsigned, or forged in a version 2 case")
    func versionOne() throws {
        for (kind, expected) in [
            (Envelope.Kind.report, Authorship.citizen), (.followUp, .unsigned), (.rating, .unsigned),
        ] {
            let old = try Envelope(
                parsing: sealVersion1([1], kind: kind, caseTag: tag, replyKey: reply, recipients: [reply]))
            #expect(old.authorship(caseSigningKey: nil, caseReplyKey: reply, reportVersion: 1) == expected)
            if kind != .report,
                case .notFromCitizen = old.authorship(caseSigningKey: signing, caseReplyKey: reply, reportVersion: 2)
            {
            } else if kind != .report {
                Issue.record("an unsigned \(kind) passed in a case opened by a signed report")
            }
            #expect(old.isSignatureValid == false && old.keyCommitment == nil)
            #expect(try old.open(with: token.replyKey()) == [1], "version 1 still opens")
        }
        #expect(Authorship.notFromCitizen("x").code == "not-from-citizen")
    }
}
