internal import CSodium
import Foundation

/// Secret bytes: keys, seeds, content keys. Zeroed on deinit, compared in constant time.
///
/// Storage is a class so that copies of a `SecureBytes` share one buffer and exactly one owner wipes it
/// (`sodium_memzero`, which the compiler may not optimise away). Equality uses `sodium_memcmp`, whose
/// running time does not depend on where the first difference is.
public struct SecureBytes: Sendable, ContiguousBytes {
    final class Storage: @unchecked Sendable {
        // Immutable after init, so sharing across threads is safe.
        let pointer: UnsafeMutableRawBufferPointer

        init(count: Int) {
            pointer = .allocate(byteCount: max(count, 1), alignment: 16)
            pointer.initializeMemory(as: UInt8.self, repeating: 0)
            self.count = count
        }

        let count: Int

        deinit {
            sodium_memzero(pointer.baseAddress, pointer.count)
            pointer.deallocate()
        }
    }

    let storage: Storage

    /// A buffer of `count` zero bytes.
    public init(zeros count: Int) {
        precondition(count >= 0, "negative SecureBytes count")
        storage = Storage(count: count)
    }

    /// Copies `bytes` into secure storage. The caller remains responsible for its own copy.
    public init(_ bytes: some ContiguousBytes) {
        storage = bytes.withUnsafeBytes { source in
            let storage = Storage(count: source.count)
            if let base = source.baseAddress, source.count > 0 {
                storage.pointer.baseAddress!.copyMemory(from: base, byteCount: source.count)
            }
            return storage
        }
    }

    /// `count` bytes from libsodium's CSPRNG.
    public static func random(count: Int) -> SecureBytes {
        ensureSodium()
        let bytes = SecureBytes(zeros: count)
        if count > 0 { randombytes_buf(bytes.storage.pointer.baseAddress!, count) }
        return bytes
    }

    public var count: Int { storage.count }

    /// Calls `body` with a read-only view of the secret (`ContiguousBytes`). The view must not escape.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(rebasing: storage.pointer[0..<storage.count]))
    }

    /// Calls `body` with a mutable view, used by the primitives that write secrets into place.
    func withUnsafeMutableBytes<R, E: Error>(_ body: (UnsafeMutableRawBufferPointer) throws(E) -> R) throws(E) -> R {
        try body(UnsafeMutableRawBufferPointer(rebasing: storage.pointer[0..<storage.count]))
    }

    /// A plain copy of the secret, for the rare places that must hand it on (for example to write a
    /// sealed key file). Prefer keeping secrets inside `SecureBytes`.
    public func unsafeCopiedBytes() -> [UInt8] {
        withUnsafeBytes { Array($0) }
    }
}

extension SecureBytes: Equatable {
    /// Constant-time comparison (`sodium_memcmp`). Lengths are not secret and are compared first.
    public static func == (lhs: SecureBytes, rhs: SecureBytes) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if lhs.count == 0 { return true }
        return lhs.withUnsafeBytes { l in
            rhs.withUnsafeBytes { r in sodium_memcmp(l.baseAddress, r.baseAddress, l.count) == 0 }
        }
    }
}

extension SecureBytes: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Never prints the secret, so a stray `print` or log line cannot leak it.
    public var description: String { "SecureBytes(\(count) bytes, redacted)" }
    public var debugDescription: String { description }
    /// No children, so `dump` and debuggers that walk mirrors show the count only, not the storage.
    public var customMirror: Mirror { Mirror(self, children: ["count": count], displayStyle: .struct) }
}
