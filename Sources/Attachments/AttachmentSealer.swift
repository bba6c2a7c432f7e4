import Casework
import MetadataStripping
import Sodium

/// Encrypts an attachment chunk by chunk as it streams in, and emits the chunk records to append.
///
/// Feed it the (already cleaned) file's bytes in any sizes; each time 64 KiB have gathered, it emits
/// one ledger record payload (the attachment chunk record layout of Envelope.md). ``finish(name:mediaType:metadata:)``
/// emits the last chunk, tagged final so that a cut-off file is detected, and returns the
/// ``SealedAttachment`` to list in the sealed message: the only place the stream key is kept. So at most
/// 64 KiB of the file is ever in memory here, and nothing of it is written in clear.
///
/// `~Copyable` because it owns a secret stream state (see `SecretStream.Push`).
public struct AttachmentSealer: ~Copyable {
    /// Plaintext bytes per chunk record (the last one may hold fewer, or none).
    public static let chunkByteCount = 64 * 1024

    /// The attachment's id, written in every chunk record.
    public let id: AttachmentID
    private let key: SecureBytes
    private var push: SecretStream.Push
    private var buffer: [UInt8] = []
    private var chunkNumber: UInt32 = 0
    /// Plaintext bytes fed so far.
    public private(set) var byteCount = 0

    /// Starts an attachment with a fresh id and stream key from `random`.
    public init(random: some RandomSource = SystemRandom()) {
        id = AttachmentID(unchecked: random.bytes(count: AttachmentID.byteCount))
        var keyBytes = random.bytes(count: SecretStream.keyByteCount)
        key = SecureBytes(keyBytes)
        wipe(&keyBytes)
        // The key has the right length, so this cannot throw.
        push = try! SecretStream.Push(key: key)
        buffer.reserveCapacity(Self.chunkByteCount)
    }

    /// Adds bytes; returns the chunk records completed by them (none until 64 KiB have gathered).
    public mutating func feed(_ bytes: some Collection<UInt8>) -> [[UInt8]] {
        byteCount += bytes.count
        var payloads: [[UInt8]] = []
        var rest = bytes[...]
        while !rest.isEmpty {
            let take = min(Self.chunkByteCount - buffer.count, rest.count)
            buffer += rest.prefix(take)
            rest = rest.dropFirst(take)
            // A full buffer is only sealed when more bytes follow it, so that the final chunk is never
            // a full one followed by nothing: the stream always ends on the chunk `finish` seals.
            if buffer.count == Self.chunkByteCount && !rest.isEmpty {
                payloads.append(sealChunk(final: false))
            }
        }
        return payloads
    }

    /// Seals the last chunk (tagged final; empty only if the whole file is) and describes the attachment.
    ///
    /// - Returns: the last record payload to append, and the ``SealedAttachment`` for the sealed message.
    ///   A file of `n` bytes takes max(1, ⌈n / 65 536⌉) chunk records.
    public consuming func finish(
        name: String, mediaType: String, metadata: MetadataStripper.Outcome
    ) -> (lastPayload: [UInt8], attachment: SealedAttachment) {
        let last = sealChunk(final: true)
        let attachment = SealedAttachment(
            id: id, name: SealedAttachment.cleanName(name), mediaType: SealedAttachment.cleanMediaType(mediaType),
            byteCount: byteCount, chunkCount: Int(chunkNumber), key: key, header: push.header, metadata: metadata)
        return (last, attachment)
    }

    /// The number of chunk records a file of `byteCount` bytes takes.
    package static func chunkCount(forByteCount byteCount: Int) -> Int {
        max(1, (byteCount + chunkByteCount - 1) / chunkByteCount)
    }

    private mutating func sealChunk(final: Bool) -> [UInt8] {
        let header = AttachmentChunkRecord.header(id: id, number: chunkNumber)
        let sealed: [UInt8]
        do {
            sealed = try push.push(buffer, final: final, authenticating: header)
        } catch {
            // Only a chunk over 256 GiB or a push after the final chunk fail; neither can happen here.
            preconditionFailure("secret stream push failed: \(error)")
        }
        wipe(&buffer)
        buffer.reserveCapacity(Self.chunkByteCount)
        chunkNumber += 1
        return header + sealed
    }
}
