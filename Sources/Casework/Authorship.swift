import Sodium

/// Whether a citizen's record provably comes from the holder of the case's token (finding H1).
///
/// The header of every record shows the case tag and the reply key in clear, and the inspectors'
/// sealing keys are public, so anyone with a copy of the disk could seal a record to a case. What they
/// cannot do without the token is sign it with the key the token derives (Tokens.md). Readers (the
/// inspectors' case book, the citizen's status page) check every record again when they open a case,
/// and show one that fails as not from the citizen, never as the citizen's words.
public enum Authorship: Sendable, Equatable, CustomStringConvertible {
    /// Signed with the case's signing key, and carrying the case's reply key.
    case citizen
    /// A record of the older, unsigned format (version 1), or a signed one whose case's report names no
    /// signing key to check it against: nothing proves that it came from the citizen, nor the contrary.
    case unsigned
    /// Its signature does not verify, or it carries another signing or reply key than the case's.
    case notFromCitizen(String)

    /// The name used in JSON: `citizen`, `unsigned` or `not-from-citizen`.
    public var code: String {
        switch self {
        case .citizen: "citizen"
        case .unsigned: "unsigned"
        case .notFromCitizen: "not-from-citizen"
        }
    }

    public var description: String {
        switch self {
        case .citizen: "from the citizen (signed with the case's key)"
        case .unsigned: "unsigned (older format): cannot prove it came from the citizen"
        case .notFromCitizen(let why): "NOT FROM THE CITIZEN: \(why)"
        }
    }
}

extension Envelope {
    /// Who this citizen's record provably comes from, in a case whose report (of `reportVersion`)
    /// introduced `caseSigningKey` (nil for a version 1 report) and `caseReplyKey`.
    ///
    /// The status page passes the signing key the token derives instead of the report's, which proves
    /// as much and also covers a case whose report is of version 1.
    ///
    /// - A version 1 report is the case's own first record: ``Authorship/citizen``. A version 1
    ///   follow-up or rating is ``Authorship/unsigned`` in a case opened by a version 1 report, and not
    ///   from the citizen in a case opened by a version 2 one: such a case began after the intake
    ///   stopped taking version 1, so someone wrote it past the intake.
    /// - A version 2 record must carry `caseReplyKey`, and a signature that verifies under its signing
    ///   key, which must be `caseSigningKey`; with no `caseSigningKey` to compare, a valid signature
    ///   still proves nothing about its author: ``Authorship/unsigned``.
    public func authorship(
        caseSigningKey: Signing.PublicKey?, caseReplyKey: SealedBox.PublicKey, reportVersion: UInt8
    ) -> Authorship {
        if version == Self.unsignedVersion {
            if kind == .report || reportVersion == Self.unsignedVersion {
                return kind == .report ? .citizen : .unsigned
            }
            return .notFromCitizen("an unsigned record in a case opened after the intake stopped taking them")
        }
        guard replyKey == caseReplyKey else { return .notFromCitizen("it carries another reply key than the case's") }
        guard isSignatureValid else { return .notFromCitizen("its signature does not verify") }
        guard let caseSigningKey else { return kind == .report ? .citizen : .unsigned }
        guard signingKey == caseSigningKey else {
            return .notFromCitizen("it is signed with another key than the case's token derives")
        }
        return .citizen
    }
}
