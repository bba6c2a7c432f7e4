/// Strict standard base64 (RFC 4648 §4, `+` and `/`, padded) for notes, checkpoints and keys.
///
/// Only the canonical encoding of some bytes is accepted: length a multiple of 4, padding only at
/// the end, unused trailing bits zero, no whitespace. So every accepted string re-encodes to itself,
/// a parsed note serializes back byte for byte, and one signature has exactly one spelling.
/// It works on raw buffers so that the signer key path can decode a seed without making a copy it
/// cannot wipe.
package enum NoteBase64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let padding = UInt8(ascii: "=")
    private static let invalid: UInt8 = 0xFF

    private static let values: [UInt8] = {
        var table = [UInt8](repeating: invalid, count: 256)
        for (value, character) in alphabet.enumerated() { table[Int(character)] = UInt8(value) }
        return table
    }()

    /// The length of the encoding of `byteCount` bytes.
    package static func encodedCount(_ byteCount: Int) -> Int { (byteCount + 2) / 3 * 4 }

    package static func encode(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { input in
            String(unsafeUninitializedCapacity: encodedCount(input.count)) { output in
                encode(input, into: UnsafeMutableRawBufferPointer(output))
                return encodedCount(input.count)
            }
        }
    }

    /// Writes the encoding of `input` to the start of `output`, which must hold `encodedCount(input.count)` bytes.
    package static func encode(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) {
        precondition(output.count >= encodedCount(input.count), "base64 output buffer too small")
        var out = 0
        var index = 0
        while index < input.count {
            let remaining = input.count - index
            let b0 = UInt32(input[index])
            let b1 = remaining > 1 ? UInt32(input[index + 1]) : 0
            let b2 = remaining > 2 ? UInt32(input[index + 2]) : 0
            let group = b0 << 16 | b1 << 8 | b2
            output[out] = alphabet[Int(group >> 18 & 0x3F)]
            output[out + 1] = alphabet[Int(group >> 12 & 0x3F)]
            output[out + 2] = remaining > 1 ? alphabet[Int(group >> 6 & 0x3F)] : padding
            output[out + 3] = remaining > 2 ? alphabet[Int(group & 0x3F)] : padding
            index += 3
            out += 4
        }
    }

    /// The bytes that `text` canonically encodes, or nil.
    package static func decode(_ text: some StringProtocol) -> [UInt8]? { decode(bytes: Array(text.utf8)) }

    /// The bytes that the ASCII `encoded` canonically encodes, or nil.
    package static func decode(bytes encoded: [UInt8]) -> [UInt8]? {
        encoded.withUnsafeBytes { input -> [UInt8]? in
            guard let count = decodedCount(input) else { return nil }
            var decoded = [UInt8](repeating: 0, count: count)
            let ok = decoded.withUnsafeMutableBytes { decode(input, into: $0) }
            return ok ? decoded : nil
        }
    }

    /// The number of bytes `encoded` would decode to, from its length and padding alone, or nil if
    /// the length is not a multiple of 4.
    package static func decodedCount(_ encoded: UnsafeRawBufferPointer) -> Int? {
        guard encoded.count % 4 == 0 else { return nil }
        guard encoded.count > 0 else { return 0 }
        let pads = encoded[encoded.count - 1] != padding ? 0 : (encoded[encoded.count - 2] == padding ? 2 : 1)
        return encoded.count / 4 * 3 - pads
    }

    /// Decodes canonical base64 into `output`, which must be exactly `decodedCount(encoded)` bytes.
    /// Returns false, having possibly written part of `output`, when `encoded` is not canonical.
    package static func decode(_ encoded: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) -> Bool {
        guard let count = decodedCount(encoded), output.count == count else { return false }
        var out = 0
        var index = 0
        while index < encoded.count {
            let isLast = index + 4 == encoded.count
            let c2 = encoded[index + 2]
            let c3 = encoded[index + 3]
            // Padding may appear only in the last group, as "xx==" or "xxx=".
            let pads = isLast ? (c3 != padding ? 0 : (c2 == padding ? 2 : 1)) : 0
            let v0 = values[Int(encoded[index])]
            let v1 = values[Int(encoded[index + 1])]
            let v2 = pads == 2 ? 0 : values[Int(c2)]
            let v3 = pads >= 1 ? 0 : values[Int(c3)]
            guard v0 != invalid, v1 != invalid, v2 != invalid, v3 != invalid else { return false }
            let group = UInt32(v0) << 18 | UInt32(v1) << 12 | UInt32(v2) << 6 | UInt32(v3)
            // Canonical form: the bits that padding leaves unused must be zero.
            if pads == 2 && group & 0xFFFF != 0 || pads == 1 && group & 0xFF != 0 { return false }
            output[out] = UInt8(truncatingIfNeeded: group >> 16)
            if pads < 2 { output[out + 1] = UInt8(truncatingIfNeeded: group >> 8) }
            if pads < 1 { output[out + 2] = UInt8(truncatingIfNeeded: group) }
            out += 3 - pads
            index += 4
        }
        return true
    }
}
