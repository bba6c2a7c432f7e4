#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Overwrites a scratch array that held secret bytes, then empties it.
///
/// Some secrets pass through plain arrays on their way into `SecureBytes` (a token being parsed, a
/// key file being read). `explicit_bzero` (`memset_s` on Darwin) is a store the compiler may not
/// elide, unlike a loop of zeros into memory that is about to be freed.
func wipe(_ bytes: inout [UInt8]) {
    bytes.withUnsafeMutableBytes { buffer in
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        #if canImport(Darwin)
            _ = memset_s(base, buffer.count, 0, buffer.count)
        #else
            explicit_bzero(base, buffer.count)
        #endif
    }
    bytes.removeAll()
}
