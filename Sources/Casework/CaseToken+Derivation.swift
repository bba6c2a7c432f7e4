import Sodium

/// The keys a token determines, so that the token is the only secret a citizen has to keep.
///
/// Tokens.md specifies the derivations byte by byte; the test vectors in `CaseTokenTests` and in
/// Envelope.md check them.
extension CaseToken {
    /// The BLAKE2b key that separates the token's master key from every other hash of the token.
    ///
    /// It is a public constant, not a secret: keyed BLAKE2b with a fixed key is simply a hash in its
    /// own domain (the key fills a whole first block, so no unkeyed hash can collide with it).
    static let masterKeyDomain = SecureBytes(Array("candor-token-master-v1".utf8))
    /// The `crypto_kdf` context and subkey id of the reply key's seed.
    static let replyKeyContext = "candorRK"
    static let replyKeySubkeyID: UInt64 = 1
    /// The subkey id of the signing key's seed, in the same context.
    static let signingKeySubkeyID: UInt64 = 2

    /// The ASCII bytes of the 21 canonical symbols.
    package var canonicalBytes: SecureBytes { symbols }

    /// The token's master key: BLAKE2b-256 of the canonical symbols, keyed with `candor-token-master-v1`.
    func masterKey() -> SecureBytes {
        var digest = GenericHash.hash(symbols, key: Self.masterKeyDomain)
        defer { wipe(&digest) }
        return SecureBytes(digest)
    }

    /// The citizen's reply key pair: X25519 from `crypto_box_seed_keypair` of the seed
    /// `crypto_kdf_derive_from_key(32, 1, "candorRK", master key)`.
    ///
    /// Inspectors seal replies to its public half, which every envelope of the case carries, and the
    /// status page opens them with this private half while the citizen's request lasts.
    public func replyKey() -> SealedBox.PrivateKey {
        // The seed is 32 bytes, as the key pair needs: this cannot throw.
        try! SealedBox.PrivateKey(seed: seed(subkeyID: Self.replyKeySubkeyID))
    }

    /// The citizen's signing key: Ed25519 from `crypto_sign_seed_keypair` of the seed
    /// `crypto_kdf_derive_from_key(32, 2, "candorRK", master key)`.
    ///
    /// A report's header carries its public half, and every record of the citizen is signed with it,
    /// so that nobody without the token can add to the case in the citizen's name (finding H1).
    public func signingKey() -> Signing.PrivateKey {
        // The seed is 32 bytes, as the key pair needs: this cannot throw.
        try! Signing.PrivateKey(seed: seed(subkeyID: Self.signingKeySubkeyID))
    }

    /// `crypto_kdf_derive_from_key(32, id, "candorRK", master key)`.
    private func seed(subkeyID: UInt64) -> SecureBytes {
        // All lengths and the context are constants of the right size: this cannot throw.
        try! KeyDerivation.deriveKey(from: masterKey(), id: subkeyID, context: Self.replyKeyContext, byteCount: 32)
    }
}
