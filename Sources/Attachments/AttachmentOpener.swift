import Casework
import Sodium

/// Checks and decrypts an attachment's chunk records in order: the inspector's side of
/// ``AttachmentSealer``, also used by tests and by a citizen's own download.
///
/// Strict: each record must belong to this attachment and come in order, every chunk but the last
/// must be full, the last must carry the final tag, and the sizes must match what the sealed message
/// says. ``finish()`` throws unless the final chunk was read, so a cut-off file is never taken for a
/// complete one.
public struct AttachmentOpener: ~Copyable {
    private let attachment: SealedAttachment
    private var pull: SecretStream.Pull
    private var nextNumber: UInt32 = 0
    private var byteCount = 0

    /// Starts reading the attachment that `attachment` (from an opened ``CaseMessage``) describes.
    public init(attachment: SealedAttachment) throws(CaseworkError) {
        guard attachment.chunkCount == AttachmentSealer.chunkCount(forByteCount: attachment.byteCount) else {
            throw .malformedAttachment(
                "\(attachment.byteCount) bytes cannot take \(attachment.chunkCount) chunks of 64 KiB")
        }
        guard attachment.key.count == SecretStream.keyByteCount, attachment.header.count == SecretStream.headerByteCount
        else { throw .malformedAttachment("the stream key or header has the wrong length") }
        self.attachment = attachment
        // Lengths were just checked, so this cannot throw.
        pull = try! SecretStream.Pull(key: attachment.key, header: attachment.header)
    }

    /// Opens the next chunk record's payload and returns its plaintext.
    public mutating func open(_ payload: [UInt8]) throws(CaseworkError) -> [UInt8] {
        let record = try AttachmentChunkRecord.parse(payload)
        guard record.id == attachment.id else { throw .malformedAttachment("a chunk of another attachment") }
        guard record.number == nextNumber else {
            throw .malformedAttachment("chunk \(record.number) where chunk \(nextNumber) was expected")
        }
        guard Int(nextNumber) < attachment.chunkCount else {
            throw .malformedAttachment("more chunks than the \(attachment.chunkCount) announced")
        }
        let plaintext: [UInt8]
        do {
            plaintext = try pull.pull(record.body, authenticating: record.header)
        } catch {
            throw .authenticationFailed
        }
        nextNumber += 1
        let isLast = Int(nextNumber) == attachment.chunkCount
        guard pull.isFinished == isLast else {
            throw .malformedAttachment(isLast ? "the last chunk is not marked final" : "a final chunk before the end")
        }
        guard isLast || plaintext.count == AttachmentSealer.chunkByteCount else {
            throw .malformedAttachment("chunk \(nextNumber - 1) is not a full 64 KiB chunk")
        }
        byteCount += plaintext.count
        return plaintext
    }

    /// Ends reading; throws unless every chunk, the final one included, was read and the size matches.
    public consuming func finish() throws(CaseworkError) {
        guard Int(nextNumber) == attachment.chunkCount, pull.isFinished else {
            throw .malformedAttachment(
                "truncated: \(nextNumber) of \(attachment.chunkCount) chunks, without the final one")
        }
        guard byteCount == attachment.byteCount else {
            throw .malformedAttachment("\(byteCount) bytes where \(attachment.byteCount) were announced")
        }
    }

    /// Opens a whole attachment held in memory (for tests and small files).
    public static func open(_ attachment: SealedAttachment, payloads: [[UInt8]]) throws(CaseworkError) -> [UInt8] {
        var opener = try AttachmentOpener(attachment: attachment)
        var file: [UInt8] = []
        for payload in payloads { file += try opener.open(payload) }
        try opener.finish()
        return file
    }
}
