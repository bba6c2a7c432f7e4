import Sodium

/// A sealed record of a case: a body encrypted under a fresh content key, and that key sealed to each
/// recipient.
///
/// Envelope.md specifies the format byte by byte, so that any libsodium binding can build or open one.
/// In short: a header (version, kind, case tag, the citizen's reply public key, in version 2 the
/// citizen's signing key and a commitment to the content key, the recipients' key ids, a nonce) that
/// is authenticated as associated data; one `crypto_box_seal` of the content key per recipient; the
/// XChaCha20-Poly1305 ciphertext of the Padmé-padded plaintext; and, for a citizen's kinds in version
/// 2, an Ed25519 signature with the key the token derives (``CaseToken/signingKey()``), so that only
/// the token's holder can speak for the case (finding H1).
///
/// A value of this type is always well formed: ``init(parsing:)`` checks every field, and
/// ``seal(plaintext:kind:caseTag:replyKey:signingKey:recipients:random:)`` only makes valid ones. Only
/// a recipient's private key can tell whether the body is authentic (``open(with:)``); anyone can check
/// the signature (``isSignatureValid``).
public struct Envelope: Sendable, Equatable {
    /// The version every new envelope is sealed in.
    public static let version: UInt8 = 2
    /// The first version: no signing key, no key commitment, no signature. It still parses and opens,
    /// for the records of existing logs; the intake accepts no new one.
    public static let unsignedVersion: UInt8 = 1
    /// Length of a recipient key id: the first 8 bytes of BLAKE2b-256 of the X25519 public key.
    public static let keyIDByteCount = 8
    /// Length of a sealed content key: `crypto_box_seal` of 32 bytes.
    public static let sealedKeyByteCount = XChaCha20Poly1305.keyByteCount + SealedBox.overhead
    /// At most this many recipients: bounds the work an incoming envelope can ask for.
    public static let maximumRecipientCount = 64

    /// What an envelope is, in one byte, in clear so the intake can route it without opening it.
    public struct Kind: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// A citizen's first report: it opens a case.
        public static let report = Kind(rawValue: 0x01)
        /// More information from the citizen, on an existing case.
        public static let followUp = Kind(rawValue: 0x02)
        /// The citizen's rating of a resolved case.
        public static let rating = Kind(rawValue: 0x03)
        /// A citizen's rating of a visit to an agency, with no case (``ServiceFeedback``). Stored as its
        /// own record type, never as a case's envelope, so it is not among ``citizenKinds``.
        public static let feedback = Kind(rawValue: 0x04)
        /// An inspector's answer to the citizen. Kinds 0x20…0x7F are for inspector events.
        public static let reply = Kind(rawValue: 0x20)
        /// The details of any other inspector event (``InspectorEvent``): accept, decline, assign,
        /// note, extend, resolve.
        public static let inspectorEvent = Kind(rawValue: 0x21)

        /// Kinds that a citizen (the web form or the citizen's own software) may submit.
        public static let citizenKinds: Set<Kind> = [.report, .followUp, .rating]

        /// Whether a citizen may submit this kind.
        public var isCitizenOriginated: Bool { Self.citizenKinds.contains(self) }

        /// Whether a version 2 envelope of this kind carries the citizen's signing key and ends with a
        /// signature: kinds below 0x20 are the citizen's (Envelope.md, "Kinds"). An inspector's kinds
        /// travel inside a signed inspector event instead.
        public var isSignedByCitizen: Bool { rawValue < 0x20 }

        public var description: String {
            switch self {
            case .report: "report"
            case .followUp: "follow-up"
            case .rating: "rating"
            case .feedback: "feedback"
            case .reply: "reply"
            case .inspectorEvent: "inspector event"
            default: "kind 0x" + String(rawValue, radix: 16).leftPadded(to: 2)
            }
        }
    }

    /// One recipient's entry: its key id and the content key sealed to it.
    public struct Recipient: Sendable, Equatable {
        /// ``Envelope/keyID(of:)`` of the recipient's X25519 public key.
        public let keyID: [UInt8]
        /// `crypto_box_seal` of the 32-byte content key to the recipient (80 bytes).
        public let sealedKey: [UInt8]
    }

    /// ``version`` or ``unsignedVersion``.
    public let version: UInt8
    public let kind: Kind
    public let caseTag: CaseTag
    /// The citizen's reply public key (``CaseToken/replyKey()``): inspectors seal replies to it.
    public let replyKey: SealedBox.PublicKey
    /// The citizen's Ed25519 public key (``CaseToken/signingKey()``) in a version 2 envelope of a
    /// citizen's kind; nil in version 1 and for an inspector's kinds (whose field is 32 zero bytes).
    public let signingKey: Signing.PublicKey?
    /// BLAKE2b-256 of the content key, keyed with ``commitmentKey`` (version 2; nil in version 1): every
    /// recipient checks that the key it unsealed is the one the header names (finding L3).
    public let keyCommitment: [UInt8]?
    public let recipients: [Recipient]
    /// The XChaCha20-Poly1305 nonce, 24 bytes.
    public let nonce: [UInt8]
    /// The ciphertext of the padded plaintext, followed by the 16-byte tag.
    public let ciphertext: [UInt8]
    /// The Ed25519 signature of ``signatureContext`` ‖ every byte before it, by ``signingKey`` (version 2,
    /// citizen's kinds; nil otherwise).
    public let signature: [UInt8]?

    /// The key id of an X25519 public key: the first 8 bytes of its BLAKE2b-256 (unkeyed).
    ///
    /// Short on purpose: it only has to tell the at most 64 recipients of one envelope apart, and a
    /// recipient that finds its id still has to open the sealed key, which fails for anyone else.
    public static func keyID(of publicKey: SealedBox.PublicKey) -> [UInt8] {
        Array(GenericHash.hash(publicKey.rawRepresentation).prefix(keyIDByteCount))
    }

    /// The key ids of the recipients, in order.
    public var recipientKeyIDs: [[UInt8]] { recipients.map(\.keyID) }

    /// Whether the envelope has an entry for `publicKey`.
    public func isSealed(to publicKey: SealedBox.PublicKey) -> Bool {
        let id = Self.keyID(of: publicKey)
        return recipients.contains { $0.keyID == id }
    }
}
