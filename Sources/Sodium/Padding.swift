internal import CSodium
import Foundation

/// Padmé padding, so that a ciphertext's length says little about its plaintext's length.
///
/// Encryption hides content, not size, and a report's size can tell a lot (a one-line complaint from
/// a long statement with photos). Padmé, from Nikitin et al., "Reducing Metadata Leakage from
/// Encrypted Files and Communication with PURBs" (PETS 2019), rounds a length L up so that only its
/// top bits remain significant:
///
///     E = ⌊log₂ L⌋,  S = ⌊log₂ E⌋ + 1,  zero the low E − S bits of L, rounding up.
///
/// Padded lengths therefore leak O(log log L) bits instead of the O(log L) bits of the exact length.
/// The cost is small and shrinks as sizes grow: the overhead of ``padmeLength(_:)`` is below 12% for
/// every length (the worst is +11.6%, at 129 bytes padded to 144), below 1/16 from 256 bytes and
/// below 1/32 from 64 KiB. ``pad(_:)`` adds one marker byte before rounding. Power-of-two buckets,
/// by comparison, leak O(log log L) bits as well but cost up to +100%.
///
/// The marker is ISO/IEC 7816-4's: the data, then 0x80, then zeros. Padding and unpadding are done by
/// libsodium's `sodium_pad` / `sodium_unpad`, whose running time depends only on the padded length,
/// never on where the marker is. `Sodium.docc/Padding.md` extends this page with the overhead analysis
/// and a table of example lengths.
public enum Padding {
    /// The Padmé length for `length` bytes: the smallest length ≥ `length` whose low E − S bits are
    /// zero (E = ⌊log₂ L⌋, S = ⌊log₂ E⌋ + 1). Lengths 0, 1 and 2 are returned unchanged, as there are
    /// no low bits to hide.
    public static func padmeLength(_ length: Int) -> Int {
        precondition(length >= 0, "negative length")
        // log₂ of 0 is undefined and ⌊log₂ 1⌋ = 0 has no log₂ of its own: nothing to round.
        guard length > 2 else { return length }
        let e = Int.bitWidth - 1 - length.leadingZeroBitCount  // ⌊log₂ L⌋ ≥ 1
        let s = Int.bitWidth - 1 - e.leadingZeroBitCount + 1  // ⌊log₂ E⌋ + 1
        let lastBits = e - s
        let bitMask = (1 << lastBits) - 1
        return (length + bitMask) & ~bitMask
    }

    /// `data` ‖ 0x80 ‖ zeros, `padmeLength(data.count + 1)` bytes long.
    ///
    /// The marker byte is always added, so even data that is already a Padmé length grows, and an
    /// empty input becomes the single byte 0x80.
    public static func pad(_ data: some ContiguousBytes) -> [UInt8] {
        ensureSodium()
        var buffer = data.withUnsafeBytes { Array($0) }
        let unpaddedCount = buffer.count
        let paddedCount = padmeLength(unpaddedCount + 1)
        buffer.append(contentsOf: repeatElement(0, count: paddedCount - unpaddedCount))
        var resultCount = 0
        // A block size equal to the target makes sodium_pad pad to exactly that length (unpadded < target).
        let status = buffer.withUnsafeMutableBytes { b in
            sodium_pad(&resultCount, b.start, unpaddedCount, paddedCount, paddedCount)
        }
        precondition(status == 0 && resultCount == paddedCount, "sodium_pad refused a Padmé length")
        return buffer
    }

    /// Removes ISO/IEC 7816-4 padding: the last non-zero byte must be the 0x80 marker.
    ///
    /// Throws ``SodiumError/invalidInput(_:)`` for empty input, no marker, or a non-zero byte after the
    /// marker. The padded length is not checked against Padmé, so power-of-two buckets unpad too.
    public static func unpad(_ padded: some ContiguousBytes) throws(SodiumError) -> [UInt8] {
        ensureSodium()
        let bytes = padded.withUnsafeBytes { Array($0) }
        guard !bytes.isEmpty else { throw SodiumError.invalidInput("padded data is empty") }
        var unpaddedCount = 0
        // The whole buffer as the block: the scan is constant-time over all of it.
        let status = bytes.withUnsafeBytes { b in
            sodium_unpad(&unpaddedCount, b.start, bytes.count, bytes.count)
        }
        guard status == 0 else {
            throw SodiumError.invalidInput("no 0x80 padding marker followed only by zeros")
        }
        return Array(bytes[..<unpaddedCount])
    }
}
