import Attachments
import Casework
import Foundation
import Ledger
import MetadataStripping
import Sodium

/// One attachment on its way into the intake log: stripped, sealed and appended as it streams.
///
/// Made by ``IntakeStore/beginAttachment(name:mediaType:)``. Each ``write(_:)`` passes the bytes
/// through the ``MetadataStripper`` and the ``AttachmentSealer``, and queues every completed 64 KiB
/// chunk record for appending without waiting for its fsync (one fsync then covers several chunks);
/// ``finish()`` seals the last chunk, waits until every chunk is durable, and returns the
/// ``SealedAttachment`` to list in the report. Nothing of the file is kept in clear anywhere. In
/// memory there is at most a chunk being filled, a JPEG header segment, and
/// ``maximumChunksInFlight`` sealed chunks waiting for the disk: a client that uploads faster than
/// the disk writes is slowed down instead of filling memory.
///
/// Use one upload from one task or thread at a time. An upload that is abandoned leaves its chunks in
/// the log, where no one can ever open them: their key existed only here.
public final class AttachmentUpload {
    private let store: IntakeStore
    private let name: String
    private let mediaType: String
    private var stripper: MetadataStripper
    private var sealer: AttachmentSealer?
    private let pending = DispatchGroup()
    /// Sealed chunks queued for the ledger but not yet durable, at most.
    public static let maximumChunksInFlight = 8
    private let inFlight = DispatchSemaphore(value: maximumChunksInFlight)
    private let failure = FailureBox()
    /// Bytes received so far, before stripping.
    public private(set) var receivedByteCount = 0

    init(store: IntakeStore, name: String, mediaType: String) {
        self.store = store
        self.name = name
        self.mediaType = mediaType
        stripper = MetadataStripper(mediaType: mediaType)
        sealer = AttachmentSealer(random: store.configuration.random)
    }

    /// Strips, seals and queues the next bytes of the file.
    ///
    /// - Throws: ``StoreError/attachmentTooLarge(limit:)`` past the intake's limit (the upload is
    ///   then dead: stop sending), or ``StoreError/ledger(_:)`` if an earlier chunk failed to append.
    public func write(_ bytes: some Collection<UInt8>) throws(StoreError) {
        guard sealer != nil else { throw .casework(.malformedAttachment("write after finish")) }
        receivedByteCount += bytes.count
        let limit = store.configuration.maximumAttachmentByteCount
        guard receivedByteCount <= limit else {
            sealer = nil
            throw .attachmentTooLarge(limit: limit)
        }
        if let error = failure.error { throw .ledger(error) }
        try store.markToday()
        let cleaned = stripper.feed(bytes)
        guard let payloads = sealer?.feed(cleaned) else { return }
        for payload in payloads { appendChunk(payload) }
    }

    /// Seals the last chunk, waits until every chunk is durable, and describes the attachment.
    public func finish() throws(StoreError) -> SealedAttachment {
        guard var sealer = sealer.take() else {
            throw .casework(.malformedAttachment("the upload was finished or abandoned"))
        }
        let summary = stripper.finish()
        try store.markToday()
        for payload in sealer.feed(summary.remainingBytes) { appendChunk(payload) }
        let (last, attachment) = sealer.finish(name: name, mediaType: mediaType, metadata: summary.outcome)
        appendChunk(last)
        pending.wait()
        if let error = failure.error { throw .ledger(error) }
        return attachment
    }

    private func appendChunk(_ payload: [UInt8]) {
        inFlight.wait()
        pending.enter()
        let failure = self.failure
        let pending = self.pending
        let inFlight = self.inFlight
        store.ledger.append(type: IntakeRecord.attachmentChunkType, payload: payload) { result in
            if case .failure(let error) = result { failure.record(error) }
            inFlight.signal()
            pending.leave()
        }
    }
}

/// The first append failure of an upload, set from the ledger's writer thread.
private final class FailureBox: @unchecked Sendable {
    // @unchecked: `stored` is only touched under `lock`.
    private let lock = NSLock()
    private var stored: LedgerError?

    var error: LedgerError? {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    func record(_ error: LedgerError) {
        lock.lock()
        defer { lock.unlock() }
        if stored == nil { stored = error }
    }
}
