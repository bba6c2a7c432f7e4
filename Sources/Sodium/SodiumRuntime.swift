internal import CSodium

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
