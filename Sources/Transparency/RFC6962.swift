import Foundation
import Sodium

/// RFC 6962 Merkle tree hashing with SHA-256 (RFC 6962 §2.1, unchanged in RFC 9162 §2.1.1).
///
/// A leaf hash is `SHA-256(0x00 ‖ entry)` and an interior node hash is `SHA-256(0x01 ‖ left ‖ right)`.
/// The one-byte prefixes give leaves and nodes disjoint preimages: without them an attacker could
/// present an interior node (64 bytes of two child hashes) as if it were a leaf entry and prove the
/// "inclusion" of an entry that was never logged (a second-preimage attack on the tree).
public enum RFC6962 {
    /// The length of every hash in the tree: 32 bytes (SHA-256).
    public static let hashByteCount = 32

    /// The domain-separation prefix of a leaf: RFC 6962 §2.1, `MTH({d(0)}) = SHA-256(0x00 || d(0))`.
    static let leafPrefix: UInt8 = 0x00
    /// The domain-separation prefix of an interior node: RFC 6962 §2.1, `SHA-256(0x01 || MTH(left) || MTH(right))`.
    static let nodePrefix: UInt8 = 0x01

    /// The root of the empty tree: `SHA-256()` of no bytes (RFC 6962 §2.1, `MTH({}) = SHA-256()`).
    ///
    /// `e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855`.
    public static let emptyRoot: [UInt8] = SHA256.hash([UInt8]())

    /// The leaf hash of one log entry: `SHA-256(0x00 ‖ entry)`.
    public static func leafHash(_ entry: some ContiguousBytes) -> [UInt8] {
        var hash = SHA256()
        hash.update([leafPrefix])
        hash.update(entry)
        return hash.finalize()
    }

    /// The hash of an interior node: `SHA-256(0x01 ‖ left ‖ right)`.
    ///
    /// Both children must be 32-byte hashes; anything else is a programmer error and traps.
    public static func nodeHash(_ left: [UInt8], _ right: [UInt8]) -> [UInt8] {
        precondition(
            left.count == hashByteCount && right.count == hashByteCount, "node children must be 32-byte hashes")
        return left.withUnsafeBytes { l in
            right.withUnsafeBytes { r in nodeHash(l, r) }
        }
    }

    /// `SHA-256(0x01 ‖ left ‖ right)` over two 32-byte views, without intermediate arrays.
    ///
    /// The tree calls this for every interior node, so the 65-byte preimage is assembled in a stack
    /// buffer instead of concatenating arrays.
    static func nodeHash(_ left: UnsafeRawBufferPointer, _ right: UnsafeRawBufferPointer) -> [UInt8] {
        withUnsafeTemporaryAllocation(byteCount: 1 + 2 * hashByteCount, alignment: 16) { buffer in
            buffer[0] = nodePrefix
            UnsafeMutableRawBufferPointer(rebasing: buffer[1..<(1 + hashByteCount)]).copyMemory(from: left)
            UnsafeMutableRawBufferPointer(rebasing: buffer[(1 + hashByteCount)...]).copyMemory(from: right)
            return SHA256.hash(UnsafeRawBufferPointer(buffer))
        }
    }

    /// Rejects anything that is not a 32-byte hash, naming what it was.
    static func requireHash(_ hash: [UInt8], _ what: String) throws(TransparencyError) {
        guard hash.count == hashByteCount else {
            throw .invalidProof("\(what) is \(hash.count) bytes, expected \(hashByteCount)")
        }
    }
}
