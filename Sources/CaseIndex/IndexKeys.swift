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
    /// events count. An index built with other keys or signers is stale and rebuilt.
    func fingerprint(openingKeys: [SealedBox.PrivateKey], signers: [KnownSigner]) -> [UInt8] {
        var bytes = Array("keys".utf8)
        for key in openingKeys.map(\.publicKey.rawRepresentation).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            bytes += key
        }
        bytes += Array("signers".utf8)
        for signer in signers {
            bytes += Binary.string(signer.name)
            bytes += signer.signingKey.rawRepresentation
            bytes += Binary.u64(signer.revokedSince.map { UInt64(bitPattern: Int64($0.timeIntervalSince1970)) } ?? .max)
        }
        return GenericHash.hash(bytes, key: directoryKey)
    }
}
