/// The log indexes of events whose Ed25519 signature was already checked over the very bytes a
/// ``CaseBook`` reads: a sync checks its downloaded events on the core its download leaves idle, and
/// the index it files right after does not check them again. Everything else a verdict asks (a known
/// signer, not revoked, an action the case allows) is still asked.
public struct CheckedSignatures: Sendable {
    /// One bit per log index, from index 0.
    private let words: [UInt64]

    public static let none = CheckedSignatures(words: [])

    public init(words: [UInt64]) { self.words = words }

    /// Whether the event at log index `index` is known to carry a valid signature.
    public func contains(_ index: UInt64) -> Bool {
        let word = Int(index / 64)
        return word < words.count && words[word] & (1 << (index % 64)) != 0
    }
}
