/// The witnesses a client trusts and how many of them must have cosigned a checkpoint before it is
/// believed: the defence against a log that shows different histories to different people.
public struct WitnessPolicy: Sendable, Hashable {
    /// The known witnesses.
    public let witnesses: [CosignatureVerifier]
    /// How many distinct known witnesses must have cosigned (0: none needed).
    public let quorum: Int

    /// A policy. Throws ``TransparencyError/missingCosignatures(_:)`` when the quorum is negative or more
    /// than the number of distinct witnesses (it could never be met).
    public init(witnesses: [CosignatureVerifier], quorum: Int) throws(TransparencyError) {
        var distinct: [CosignatureVerifier] = []
        for witness in witnesses where !distinct.contains(witness) { distinct.append(witness) }
        guard quorum >= 0, quorum <= distinct.count else {
            throw .missingCosignatures("a quorum of \(quorum) with \(distinct.count) known witnesses can never be met")
        }
        self.witnesses = distinct
        self.quorum = quorum
    }

    /// The known witnesses whose cosignatures of `note` verify, in order of appearance, with them.
    ///
    /// As with note signatures, lines from unknown keys are ignored, and a line that claims a known
    /// witness's name and key ID must verify: a bad one throws ``TransparencyError/invalidCosignature(_:)``
    /// even when the quorum is met without it, since a known witness never signs badly. Fewer than
    /// ``quorum`` distinct witnesses throw ``TransparencyError/missingCosignatures(_:)``.
    public func check(_ note: SignedNote) throws(TransparencyError) -> [(
        witness: CosignatureVerifier, cosignature: Cosignature
    )] {
        var found: [(witness: CosignatureVerifier, cosignature: Cosignature)] = []
        for line in note.signatures {
            guard let witness = witnesses.first(where: { $0.matches(line) }) else { continue }
            let cosignature = try witness.verify(line, checkpointText: note.text)
            if !found.contains(where: { $0.witness == witness }) { found.append((witness, cosignature)) }
        }
        guard found.count >= quorum else {
            let names = found.map(\.witness.name).joined(separator: ", ")
            throw .missingCosignatures(
                "\(found.count) of the \(witnesses.count) known witnesses cosigned the checkpoint"
                    + (names.isEmpty ? "" : " (\(names))") + ", the quorum is \(quorum)")
        }
        return found
    }
}
