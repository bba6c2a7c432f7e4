internal import CSodium
import Foundation

/// `sodium_init()` runs exactly once, the first time any primitive touches this global.
///
/// Swift initialises globals lazily and thread-safely (swift_once), which is what libsodium asks for:
/// `sodium_init()` must be called before any other function, and it is safe to call it more than once.
let sodiumInitialized: Void = {
    // Returns 0 on success, 1 if already initialised, -1 on failure (no usable random source).
    // Without a random source nothing in Candor is safe, so that is a trap, not a thrown error.
    precondition(sodium_init() >= 0, "libsodium could not be initialised")
}()

@inline(__always)
func ensureSodium() {
    _ = sodiumInitialized
}

@inline(__always)
func requireLength(_ what: String, _ actual: Int, _ expected: Int) throws(SodiumError) {
    guard actual == expected else {
        throw SodiumError.invalidLength(what: what, expected: expected, actual: actual)
    }
}

/// Calls `body` with a pointer to `bytes` and their count; the pointer is never nil.
///
/// libsodium marks some input pointers nonnull even where it reads nothing for a zero length (the
/// password of `crypto_pwhash`, for example), and Swift gives an empty buffer a nil base address.
/// An empty input is therefore passed as a pointer to one unread zero byte.
@inline(__always)
func withBytes<R>(_ bytes: some ContiguousBytes, _ body: (UnsafePointer<UInt8>, Int) -> R) -> R {
    bytes.withUnsafeBytes { raw in
        guard let base = raw.baseAddress, raw.count > 0 else {
            return withUnsafePointer(to: UInt8(0)) { body($0, 0) }
        }
        return body(base.assumingMemoryBound(to: UInt8.self), raw.count)
    }
}

extension UnsafeMutableRawBufferPointer {
    /// The start as libsodium's `unsigned char *`. Only for buffers that are never empty (outputs that
    /// always hold a tag or a key, and `SecureBytes`, whose storage is at least one byte).
    var start: UnsafeMutablePointer<UInt8> { baseAddress!.assumingMemoryBound(to: UInt8.self) }
}

extension UnsafeRawBufferPointer {
    /// The start as libsodium's `const unsigned char *`. Only for buffers that are never empty.
    var start: UnsafePointer<UInt8> { baseAddress!.assumingMemoryBound(to: UInt8.self) }
}
