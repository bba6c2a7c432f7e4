internal import CSodium

/// Randomness from libsodium's CSPRNG (`randombytes_buf`, `randombytes_uniform`).
///
/// Code that needs deterministic randomness in tests takes a `RandomSource`; production passes
/// `SystemRandom`, which is this.
public enum Random {
    /// `count` random bytes. For secrets use `SecureBytes.random(count:)` instead.
    public static func bytes(count: Int) -> [UInt8] {
        ensureSodium()
        var out = [UInt8](repeating: 0, count: count)
        if count > 0 { out.withUnsafeMutableBytes { randombytes_buf($0.baseAddress!, count) } }
        return out
    }

    /// A uniformly random integer in `0..<upperBound`, without modulo bias (`randombytes_uniform`).
    public static func uniform(_ upperBound: UInt32) -> UInt32 {
        precondition(upperBound > 0, "upper bound must be positive")
        ensureSodium()
        return randombytes_uniform(upperBound)
    }

    /// A random 64-bit integer.
    public static func uint64() -> UInt64 {
        bytes(count: 8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    }
}

/// The seam for randomness: production uses libsodium, tests inject a deterministic source.
public protocol RandomSource: Sendable {
    func bytes(count: Int) -> [UInt8]
}

/// libsodium's CSPRNG.
public struct SystemRandom: RandomSource {
    public init() {}
    public func bytes(count: Int) -> [UInt8] { Random.bytes(count: count) }
}
