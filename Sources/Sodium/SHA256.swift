internal import CSodium
import Foundation

/// SHA-256 (`crypto_hash_sha256`), used for RFC 6962 Merkle hashing and C2SP key ids.
public struct SHA256: ~Copyable {
    public static let byteCount = 32

    private let state: UnsafeMutablePointer<crypto_hash_sha256_state>

    /// Starts an incremental hash.
    public init() {
        ensureSodium()
        state = .allocate(capacity: 1)
        crypto_hash_sha256_init(state)
    }

    deinit {
        sodium_memzero(state, MemoryLayout<crypto_hash_sha256_state>.size)
        state.deallocate()
    }

    public mutating func update(_ data: some ContiguousBytes) {
        data.withUnsafeBytes { buffer in
            _ = crypto_hash_sha256_update(state, buffer.bindMemory(to: UInt8.self).baseAddress, UInt64(buffer.count))
        }
    }

    /// Finishes the hash and returns the 32-byte digest.
    public consuming func finalize() -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Self.byteCount)
        out.withUnsafeMutableBytes { _ = crypto_hash_sha256_final(state, $0.bindMemory(to: UInt8.self).baseAddress!) }
        return out
    }

    /// One-shot SHA-256 of `data`.
    public static func hash(_ data: some ContiguousBytes) -> [UInt8] {
        ensureSodium()
        var out = [UInt8](repeating: 0, count: byteCount)
        data.withUnsafeBytes { input in
            out.withUnsafeMutableBytes { output in
                _ = crypto_hash_sha256(
                    output.bindMemory(to: UInt8.self).baseAddress!,
                    input.bindMemory(to: UInt8.self).baseAddress, UInt64(input.count))
            }
        }
        return out
    }
}
