internal import CSodium
import Foundation

/// BLAKE2b (`crypto_generichash`): one-shot, incremental and keyed.
///
/// The ledger chains its record checksums with it, and Casework derives keyed case tags with it.
public struct GenericHash: ~Copyable {
    /// The default and recommended digest length (`crypto_generichash_BYTES`).
    public static let defaultByteCount = 32
    /// Allowed digest lengths: 16…64 bytes.
    public static let byteCountRange = 16...64
    /// Allowed key lengths: 16…64 bytes (0 means unkeyed).
    public static let keyByteCountRange = 16...64

    private let state: OpaquePointer
    private let rawState: UnsafeMutableRawPointer
    private let outputByteCount: Int

    /// Starts an incremental hash, optionally keyed.
    ///
    /// The lengths are the caller's constants, so a length outside ``byteCountRange`` or
    /// ``keyByteCountRange`` is a programmer's mistake and traps, as swift-crypto's hashes do.
    ///
    /// `crypto_generichash_state` is declared 64-byte aligned, so it is allocated by hand with that
    /// alignment and passed as an opaque pointer: Swift's default allocation would be misaligned.
    public init(key: SecureBytes? = nil, outputByteCount: Int = defaultByteCount) {
        ensureSodium()
        GenericHash.check(key: key, outputByteCount: outputByteCount)
        let size = crypto_generichash_statebytes()
        rawState = .allocate(byteCount: size, alignment: 64)
        state = OpaquePointer(rawState)
        self.outputByteCount = outputByteCount
        if let key {
            key.withUnsafeBytes { k in
                _ = crypto_generichash_init(
                    state, k.bindMemory(to: UInt8.self).baseAddress, k.count, outputByteCount)
            }
        } else {
            _ = crypto_generichash_init(state, nil, 0, outputByteCount)
        }
    }

    deinit {
        sodium_memzero(rawState, crypto_generichash_statebytes())
        rawState.deallocate()
    }

    public mutating func update(_ data: some ContiguousBytes) {
        data.withUnsafeBytes { buffer in
            _ = crypto_generichash_update(state, buffer.bindMemory(to: UInt8.self).baseAddress, UInt64(buffer.count))
        }
    }

    public consuming func finalize() -> [UInt8] {
        var out = [UInt8](repeating: 0, count: outputByteCount)
        out.withUnsafeMutableBytes { o in
            _ = crypto_generichash_final(state, o.bindMemory(to: UInt8.self).baseAddress!, outputByteCount)
        }
        return out
    }

    /// One-shot BLAKE2b of `data`, optionally keyed; the lengths trap outside their ranges, as in
    /// ``init(key:outputByteCount:)``.
    public static func hash(
        _ data: some ContiguousBytes, key: SecureBytes? = nil, outputByteCount: Int = defaultByteCount
    ) -> [UInt8] {
        ensureSodium()
        check(key: key, outputByteCount: outputByteCount)
        var out = [UInt8](repeating: 0, count: outputByteCount)
        data.withUnsafeBytes { input in
            out.withUnsafeMutableBytes { o in
                let inPtr = input.bindMemory(to: UInt8.self).baseAddress
                if let key {
                    key.withUnsafeBytes { k in
                        _ = crypto_generichash(
                            o.bindMemory(to: UInt8.self).baseAddress!, outputByteCount, inPtr, UInt64(input.count),
                            k.bindMemory(to: UInt8.self).baseAddress, k.count)
                    }
                } else {
                    _ = crypto_generichash(
                        o.bindMemory(to: UInt8.self).baseAddress!, outputByteCount, inPtr, UInt64(input.count), nil, 0)
                }
            }
        }
        return out
    }

    private static func check(key: SecureBytes?, outputByteCount: Int) {
        precondition(
            byteCountRange.contains(outputByteCount), "BLAKE2b output length \(outputByteCount) is outside 16…64")
        if let key {
            precondition(keyByteCountRange.contains(key.count), "BLAKE2b key length \(key.count) is outside 16…64")
        }
    }
}
