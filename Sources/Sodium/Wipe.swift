internal import CSodium

/// Overwrites a scratch array that held secret bytes with `sodium_memzero`, then empties it.
///
/// Some secrets pass through plain arrays on their way into or out of `SecureBytes` (a token being
/// parsed, a key file being read, a passphrase). `sodium_memzero` is a store the compiler may not
/// elide, unlike a loop of zeros into memory that is about to be freed.
public func wipe(_ bytes: inout [UInt8]) {
    bytes.withUnsafeMutableBytes { buffer in
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        sodium_memzero(base, buffer.count)
    }
    bytes.removeAll()
}

/// Overwrites memory that held secret bytes with `sodium_memzero` (a scratch buffer about to be freed).
public func wipe(_ buffer: UnsafeMutableRawBufferPointer) {
    guard let base = buffer.baseAddress, buffer.count > 0 else { return }
    sodium_memzero(base, buffer.count)
}
