/// A C2SP signed note (https://c2sp.org/signed-note, as in golang.org/x/mod/sumdb/note): a text
/// ending in a newline, a blank line, then one or more signature lines.
///
/// ```
/// <text, ending in \n>
/// \n
/// — <key name> <base64(key ID ‖ signature)>\n      (U+2014 EM DASH, U+0020 SPACE; one line per signature)
/// ```
///
/// The text must be trusted only once ``verify(with:)`` has checked a signature from a known key.
/// Strings are compared byte for byte (UTF-8), never by Unicode canonical equivalence: two notes
/// that look alike but differ in bytes have different signatures.
public struct SignedNote: Sendable, Hashable {
    /// More signatures than this make a note malformed (the spec asks for at least 16; Go uses 100).
    public static let maxSignatureCount = 100

    /// The signed text, including its final newline but not the blank line that follows it.
    public let text: String
    /// The signatures, in the order they appear; unknown keys included.
    public let signatures: [NoteSignature]

    /// A note from its parts. Throws ``TransparencyError/malformedNote(_:)`` when the text is not a valid
    /// note text (see ``NoteSigner/sign(_:)-(String)``) or there are no signatures or more than 100.
    public init(text: String, signatures: [NoteSignature]) throws(TransparencyError) {
        try Self.checkText(text)
        guard !signatures.isEmpty else { throw .malformedNote("a signed note needs at least one signature") }
        guard signatures.count <= Self.maxSignatureCount else {
            throw .malformedNote("\(signatures.count) signatures, more than the \(Self.maxSignatureCount) allowed")
        }
        self.text = text
        self.signatures = signatures
    }

    init(uncheckedText text: String, signatures: [NoteSignature]) {
        self.text = text
        self.signatures = signatures
    }

    /// The note as it is sent or stored: the text, a blank line, the signature lines.
    public var serialized: String {
        var result = text
        result += "\n"
        for signature in signatures { result += signature.line }
        return result
    }

    /// Checks the signatures from the known `verifiers` and returns those that verified, in order
    /// of first appearance, without repeats.
    ///
    /// Following the spec: signatures whose key name and key ID (both) match no verifier are ignored;
    /// a signature that does match a verifier must verify, or the whole note is rejected; and at least
    /// one must verify. Two different verifiers with the same name and key ID are ambiguous and rejected.
    /// Throws ``TransparencyError/malformedNote(_:)`` in all those cases.
    public func verify(with verifiers: [NoteVerifier]) throws(TransparencyError) -> [NoteVerifier] {
        let message = Array(text.utf8)
        var verified: [NoteVerifier] = []
        for signature in signatures {
            let known = verifiers.filter { $0.matches(name: signature.name, keyID: signature.keyID) }
            guard let verifier = known.first else { continue }
            guard known.allSatisfy({ $0 == verifier }) else {
                throw .malformedNote("ambiguous key \(signature.keyName): several known keys have that name and key ID")
            }
            guard verifier.verify(message: message, signature: signature.signature) else {
                throw .malformedNote("invalid signature for key \(signature.keyName)")
            }
            if !verified.contains(verifier) { verified.append(verifier) }
        }
        guard !verified.isEmpty else {
            throw .malformedNote(
                "no signature from a known key (\(signatures.count) signatures, all from unknown keys)")
        }
        return verified
    }

    /// This note with `signer`'s signature added, replacing any earlier signature by the same key
    /// name and key ID (for example to cosign a checkpoint).
    ///
    /// Throws ``TransparencyError/malformedNote(_:)`` if that would make more than 100 signatures.
    public func signed(by signer: NoteSigner) throws(TransparencyError) -> SignedNote {
        let others = signatures.filter { !($0.name.utf8.elementsEqual(signer.name.utf8) && $0.keyID == signer.keyID) }
        guard others.count < Self.maxSignatureCount else {
            throw .malformedNote("cannot add a signature: the note already has \(Self.maxSignatureCount)")
        }
        return SignedNote(uncheckedText: text, signatures: others + [signer.signature(forValidText: text)])
    }

    public static func == (lhs: SignedNote, rhs: SignedNote) -> Bool {
        lhs.text.utf8.elementsEqual(rhs.text.utf8) && lhs.signatures == rhs.signatures
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(Array(text.utf8))
        hasher.combine(signatures)
    }
}

/// One signature line of a signed note: `— <name> <base64(key ID ‖ signature)>`.
public struct NoteSignature: Sendable, Hashable, CustomStringConvertible {
    /// The key name (non-empty, no Unicode spaces, no `+`).
    public let name: String
    /// The key ID: the first 4 bytes, big-endian, of the decoded signature field.
    public let keyID: UInt32
    /// The signature proper, after the key ID (64 bytes for Ed25519; other types may differ).
    public let signature: [UInt8]

    /// A signature from its parts. Throws ``TransparencyError/malformedNote(_:)`` for an invalid key name
    /// or an empty signature.
    public init(name: String, keyID: UInt32, signature: [UInt8]) throws(TransparencyError) {
        guard SignedNote.isValidKeyName(name) else {
            throw .malformedNote("invalid key name \(String(reflecting: name))")
        }
        guard !signature.isEmpty else { throw .malformedNote("empty signature for key \(name)") }
        self.init(uncheckedName: name, keyID: keyID, signature: signature)
    }

    init(uncheckedName name: String, keyID: UInt32, signature: [UInt8]) {
        self.name = name
        self.keyID = keyID
        self.signature = signature
    }

    /// The signature line as it appears in a note, with its final newline.
    public var line: String {
        let field = withUnsafeBytes(of: keyID.bigEndian) { Array($0) } + signature
        return "\u{2014} \(name) \(NoteBase64.encode(field))\n"
    }

    /// `name+keyid`, the way Go's note package and error messages name a key.
    var keyName: String { "\(name)+\(NoteVerifier.hex(keyID))" }

    public var description: String { keyName }

    public static func == (lhs: NoteSignature, rhs: NoteSignature) -> Bool {
        lhs.name.utf8.elementsEqual(rhs.name.utf8) && lhs.keyID == rhs.keyID && lhs.signature == rhs.signature
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(Array(name.utf8))
        hasher.combine(keyID)
        hasher.combine(signature)
    }
}
