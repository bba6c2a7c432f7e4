import Casework
import Sodium

/// The layout of an attachment chunk record (Envelope.md, "Attachment chunk records").
///
/// ```
/// offset  size    field
/// 0       1       version = 1
/// 1       16      attachment id
/// 17      4       chunk number, u32 little-endian, from 0
/// 21      n + 17  crypto_secretstream_xchacha20poly1305 chunk of n plaintext bytes
/// ```
///
/// Bytes 0 ..< 21 are the chunk's associated data, so a chunk cannot be moved to another attachment
/// or position even by someone who could rewrite the clear header.
package enum AttachmentChunkRecord {
    package static let version: UInt8 = 1
    package static let headerByteCount = 1 + AttachmentID.byteCount + 4
    /// The largest payload: a full chunk of ``AttachmentSealer/chunkByteCount`` plaintext bytes.
    package static let maximumByteCount = headerByteCount + AttachmentSealer.chunkByteCount + SecretStream.chunkOverhead

    package static func header(id: AttachmentID, number: UInt32) -> [UInt8] {
        var bytes: [UInt8] = [version]
        bytes += id.rawRepresentation
        withUnsafeBytes(of: number.littleEndian) { bytes += $0 }
        return bytes
    }

    /// The clear fields of a chunk record, checked for shape only.
    package struct Parsed {
        package var id: AttachmentID
        package var number: UInt32
        package var header: ArraySlice<UInt8>
        package var body: ArraySlice<UInt8>
    }

    package static func parse(_ payload: [UInt8]) throws(CaseworkError) -> Parsed {
        guard let first = payload.first, first == version else {
            throw .malformedAttachment("not a version \(version) attachment chunk record")
        }
        guard payload.count >= headerByteCount + SecretStream.chunkOverhead, payload.count <= maximumByteCount else {
            throw .malformedAttachment("a chunk record of \(payload.count) bytes is too short or too long")
        }
        let id = AttachmentID(unchecked: Array(payload[1..<(1 + AttachmentID.byteCount)]))
        let number = payload[(1 + AttachmentID.byteCount)..<headerByteCount].reversed().reduce(UInt32(0)) {
            $0 << 8 | UInt32($1)
        }
        return Parsed(
            id: id, number: number, header: payload[..<headerByteCount], body: payload[headerByteCount...])
    }
}
