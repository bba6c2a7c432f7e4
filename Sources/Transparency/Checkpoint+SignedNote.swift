/// A checkpoint with its C2SP signed note, as a log publishes it and a client trusts it.
///
/// Opening one does all the checks in the order that matters: parse the note, verify a signature
/// from a known key, and only then parse the (now authenticated) body and compare its origin.
public struct SignedCheckpoint: Sendable, Hashable {
    /// The checkpoint body.
    public let checkpoint: Checkpoint
    /// The signed note that carries it.
    public let note: SignedNote
    /// The known keys whose signatures verified, in order of appearance.
    public let verifiedBy: [NoteVerifier]

    /// Opens a signed checkpoint received from a log.
    ///
    /// `origin` is the log the caller expects: a checkpoint of another log signed by the same key
    /// must not pass for this one. Throws ``TransparencyError/malformedNote(_:)`` when the note is malformed
    /// or no known key verified it, and ``TransparencyError/malformedCheckpoint(_:)`` when the body is not a
    /// checkpoint or has another origin.
    public init(parsing signedNote: String, origin: String, verifiers: [NoteVerifier]) throws(TransparencyError) {
        let note = try SignedNote(parsing: signedNote)
        let verifiedBy = try note.verify(with: verifiers)
        let checkpoint = try Checkpoint(text: note.text)
        guard checkpoint.origin.utf8.elementsEqual(origin.utf8) else {
            throw .malformedCheckpoint(
                "the checkpoint is for origin \(String(reflecting: checkpoint.origin)), "
                    + "not \(String(reflecting: origin))"
            )
        }
        self.checkpoint = checkpoint
        self.note = note
        self.verifiedBy = verifiedBy
    }

    /// Signs `checkpoint` with `signer`.
    public init(_ checkpoint: Checkpoint, signedBy signer: NoteSigner) {
        self.checkpoint = checkpoint
        self.note = signer.sign(checkpoint)
        self.verifiedBy = [signer.verifier]
    }

    /// The signed note as served (for example as a log's `checkpoint` file).
    public var serialized: String { note.serialized }
}

extension NoteSigner {
    /// Signs the text of `checkpoint`. Cannot fail: a `Checkpoint` always has a valid note text.
    public func sign(_ checkpoint: Checkpoint) -> SignedNote {
        let text = checkpoint.text
        return SignedNote(uncheckedText: text, signatures: [signature(forValidText: text)])
    }
}
