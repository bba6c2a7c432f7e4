import Keys
import Sodium
import Triage

/// The keys of a case index, all derived from the inspector's own key file (CaseIndex.md, "Keys").
///
/// The root is `BLAKE2b-256(key: sealing seed, message: "candor-case-index-root-v1")`, a crypto_kdf master
/// key; the pages are sealed with its subkey 1 and the directory authenticated with its subkey 2, both in
/// the context `"CndrIndx"`. Nobody without the key file (and so the passphrase) can read or forge an index.
public struct IndexKeys: Sendable {
    static let rootMessage = Array("candor-case-index-root-v1".utf8)
    static let context = "CndrIndx"

    /// XChaCha20-Poly1305 key of every page.
    let pageKey: SecureBytes
    /// BLAKE2b key of the directory's MAC and of the opening fingerprint.
    let directoryKey: SecureBytes

    public init(_ key: InspectorPrivateKey) throws(SodiumError) {
        let root = SecureBytes(GenericHash.hash(Self.rootMessage, key: key.sealingSeed))
        pageKey = try KeyDerivation.deriveKey(from: root, id: 1, context: Self.context)
        directoryKey = try KeyDerivation.deriveKey(from: root, id: 2, context: Self.context)
    }

    /// What the summaries depend on besides the records: the keys that open cases and the signers whose
    /// events count. An index built with other keys or signers is stale: refreshed when the keys only
    /// grew (``IndexKeySet/additions(since:)``), else rebuilt.
    func fingerprint(openingKeys: [SealedBox.PrivateKey], signers: [KnownSigner]) -> [UInt8] {
        fingerprint(IndexKeySet(openingKeys: openingKeys, signers: signers))
    }

    func fingerprint(_ set: IndexKeySet) -> [UInt8] { GenericHash.hash(set.fingerprintMessage, key: directoryKey) }
}

/// The public halves of what an index was built with: the opening keys' public keys and the signers
/// (CaseIndex.md, "Keys file"). Kept sealed beside the directory, so that a Keys/ folder that only
/// gained keys refreshes the cases those keys can change instead of rebuilding a million.
struct IndexKeySet: Sendable, Equatable {
    struct Signer: Sendable, Hashable {
        var name: String
        var key: [UInt8]
        /// Seconds since 1970 of the revocation, or `UInt64.max` for none.
        var revokedSince: UInt64
    }

    /// Sorted.
    var openingKeys: [[UInt8]]
    /// In the order of Keys/.
    var signers: [Signer]

    init(openingKeys: [SealedBox.PrivateKey], signers: [KnownSigner]) {
        self.openingKeys = openingKeys.map(\.publicKey.rawRepresentation).sorted { $0.lexicographicallyPrecedes($1) }
        self.signers = signers.map {
            Signer(
                name: $0.name, key: $0.signingKey.rawRepresentation,
                revokedSince: $0.revokedSince.map { UInt64(bitPattern: Int64($0.timeIntervalSince1970)) } ?? .max)
        }
    }

    /// The fingerprint's message: `"keys"`, the sorted public keys, `"signers"`, then each signer's
    /// name (u32 length and UTF-8), signing key and revocation (u64).
    var fingerprintMessage: [UInt8] {
        var bytes = Array("keys".utf8)
        for key in openingKeys { bytes += key }
        bytes += Array("signers".utf8)
        for signer in signers {
            bytes += Binary.string(signer.name) + signer.key + Binary.u64(signer.revokedSince)
        }
        return bytes
    }

    /// The keys file's plaintext: u32 count and the 32-byte keys, then the fingerprint's signer part.
    var encoded: [UInt8] {
        var bytes = Binary.u32(UInt32(openingKeys.count))
        for key in openingKeys { bytes += key }
        bytes += Binary.u32(UInt32(signers.count))
        for signer in signers { bytes += Binary.string(signer.name) + signer.key + Binary.u64(signer.revokedSince) }
        return bytes
    }

    init(decoding bytes: [UInt8]) throws(IndexDamage) {
        var reader = BinaryReader(bytes)
        let keyCount = Int(try reader.integer(UInt32.self))
        guard keyCount <= bytes.count / 32 else { throw IndexDamage("the index keys file is damaged") }
        openingKeys = []
        for _ in 0..<keyCount { openingKeys.append(Array(try reader.take(32))) }
        let signerCount = Int(try reader.integer(UInt32.self))
        guard signerCount <= bytes.count / 44 else { throw IndexDamage("the index keys file is damaged") }
        signers = []
        for _ in 0..<signerCount {
            let name = try reader.string() ?? ""
            signers.append(
                Signer(name: name, key: Array(try reader.take(32)), revokedSince: try reader.integer(UInt64.self)))
        }
        guard reader.isAtEnd else { throw IndexDamage("the index keys file is damaged") }
    }

    /// What grew since `old`, when nothing of `old` went or changed: new opening keys may open cases
    /// that were unreadable, new signers may make flagged events valid, and nothing else can change. nil
    /// when a key or signer was removed or changed (a revocation): then every case may change.
    func additions(since old: IndexKeySet) -> (openingKeys: Bool, signers: Bool)? {
        let keys = Set(openingKeys)
        let signers = Set(self.signers)
        guard Set(old.openingKeys).isSubset(of: keys), Set(old.signers).isSubset(of: signers) else { return nil }
        // A new entry for a name already there is a changed key: the old entry's events may count otherwise.
        let oldNames = Set(old.signers.map(\.name))
        guard !self.signers.contains(where: { oldNames.contains($0.name) && !old.signers.contains($0) }) else {
            return nil
        }
        return (keys.count > old.openingKeys.count, signers.count > Set(old.signers).count)
    }
}
