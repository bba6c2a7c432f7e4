import Foundation
import System

extension Ledger {
    /// State that only the writer thread touches: where the next record goes and what it chains onto.
    final class Writer: @unchecked Sendable {
        var descriptor: Int32
        var segmentNumber: UInt64
        var segmentPosition: Int
        var offset: UInt64
        var recordsInSegment: Int
        var lastChecksum: [UInt8]
        var nextIndex: UInt64

        init(
            descriptor: Int32, segmentNumber: UInt64, segmentPosition: Int, offset: UInt64, recordsInSegment: Int,
            lastChecksum: [UInt8], nextIndex: UInt64
        ) {
            self.descriptor = descriptor
            self.segmentNumber = segmentNumber
            self.segmentPosition = segmentPosition
            self.offset = offset
            self.recordsInSegment = recordsInSegment
            self.lastChecksum = lastChecksum
            self.nextIndex = nextIndex
        }
    }

    /// Appends a record and returns its index once an fsync has made it durable.
    ///
    /// `type` must be 1…255. After any write or fsync error the ledger refuses every further append.
    public func append(type: UInt8, payload: [UInt8]) async throws(LedgerError) -> UInt64 {
        let result = await withCheckedContinuation { continuation in
            append(type: type, payload: payload) { continuation.resume(returning: $0) }
        }
        return try result.get()
    }

    /// Appends a record and blocks the calling thread until it is durable. For threads outside Swift
    /// concurrency (tools, the crash-test child); async code should use `append(type:payload:)`.
    public func appendAndWait(type: UInt8, payload: [UInt8]) throws(LedgerError) -> UInt64 {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox()
        append(type: type, payload: payload) { result in
            box.result = result
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }

    /// Appends a record and calls `completion` (on the writer thread) once it is durable or has failed.
    public func append(
        type: UInt8, payload: [UInt8], completion: @escaping @Sendable (Result<UInt64, LedgerError>) -> Void
    ) {
        guard type != 0 else {
            return completion(.failure(.invalidArgument("record type 0 is reserved")))
        }
        guard payload.count <= options.maxPayloadLength else {
            return completion(
                .failure(.invalidArgument("payload of \(payload.count) bytes exceeds \(options.maxPayloadLength)")))
        }
        // Hashing happens here, on the appender's thread, so that many appenders hash in parallel and
        // the single writer only frames, chains and writes.
        guard let leafHash = RecordFormat.leafHash(type: type, payload: payload, options: options) else {
            return completion(.failure(Self.shortStandIn(payload)))
        }
        enqueue(type: type, payload: payload, leafHash: leafHash, completion: completion)
    }

    /// Hands a checked record to the writer thread.
    func enqueue(
        type: UInt8, payload: [UInt8], leafHash: [UInt8],
        completion: @escaping @Sendable (Result<UInt64, LedgerError>) -> Void
    ) {
        lock.lock()
        if let failure = state.failure {
            lock.unlock()
            return completion(.failure(.closedAfterFailure(failure)))
        }
        if state.closing {
            lock.unlock()
            return completion(.failure(.closed))
        }
        state.pending.append(PendingAppend(type: type, payload: payload, leafHash: leafHash, completion: completion))
        lock.signal()
        lock.unlock()
    }

    /// The writer thread: takes whatever is pending, writes it as one batch, fsyncs once, acknowledges.
    func runWriter() {
        while true {
            lock.lock()
            while state.pending.isEmpty && !state.closing { lock.wait() }
            if state.pending.isEmpty {
                lock.unlock()
                return
            }
            let take = min(state.pending.count, options.maxBatchRecords)
            let batch = Array(state.pending.prefix(take))
            state.pending.removeFirst(take)
            lock.unlock()

            do {
                let (written, keys) = try writeBatch(batch)
                commit(batch, written, keys)
                cadence?.committed()
                for (item, position) in zip(batch, written) { item.completion(.success(position.index)) }
            } catch {
                lock.lock()
                state.failure = error
                let rest = state.pending
                state.pending = []
                lock.unlock()
                options.onFatalError?(error)
                for item in batch { item.completion(.failure(error)) }
                for item in rest { item.completion(.failure(.closedAfterFailure(error))) }
                // Nothing more is written: a failed fsync may have dropped pages we cannot know about,
                // so the only safe continuation is a fresh open, which recovers from what is on disk.
                lock.lock()
                while !state.closing { lock.wait() }
                lock.unlock()
                return
            }
        }
    }

    struct WrittenRecord {
        var index: UInt64
        var segment: Int
        var offset: UInt64
    }

    /// Frames, chains, writes and fsyncs one batch, rolling to a new segment where one fills up, and
    /// writes its entries of the record table and the key index.
    private func writeBatch(_ batch: [PendingAppend]) throws(LedgerError) -> ([WrittenRecord], KeyIndex.Pending) {
        var written: [WrittenRecord] = []
        written.reserveCapacity(batch.count)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(batch.reduce(0) { $0 + $1.payload.count + RecordFormat.overhead })
        let batchStart = writer.nextIndex
        for (i, item) in batch.enumerated() {
            let size = UInt64(item.payload.count + RecordFormat.overhead)
            let segmentFull = writer.offset + UInt64(buffer.count) + size > UInt64(options.segmentSize)
            if segmentFull && writer.recordsInSegment > 0 {
                try flush(&buffer)
                try rollSegment()
            }
            let offset = writer.offset + UInt64(buffer.count)
            writer.lastChecksum = RecordFormat.encode(
                type: item.type, payload: item.payload, leafHash: item.leafHash, batch: batchStart,
                isBatchEnd: i == batch.count - 1, previous: writer.lastChecksum, into: &buffer)
            written.append(WrittenRecord(index: writer.nextIndex, segment: writer.segmentPosition, offset: offset))
            writer.nextIndex += 1
            writer.recordsInSegment += 1
        }
        // The tables go before the last fsync, so that the fsync stays the last step before the records
        // are acknowledged; they are caches, rebuilt on open, so their order against the segment's does
        // not matter to recovery.
        let keys = try writeIndexes(batch, written)
        try flush(&buffer)
        return (written, keys)
    }

    /// Writes the batch's record table entries and key index entries (not yet visible to readers).
    private func writeIndexes(_ batch: [PendingAppend], _ written: [WrittenRecord]) throws(LedgerError)
        -> KeyIndex.Pending
    {
        var entries: [UInt8] = []
        entries.reserveCapacity(batch.count * RecordTable.entrySize)
        for (item, record) in zip(batch, written) {
            RecordTable.encode(
                leafHash: item.leafHash[...], segment: record.segment, offset: record.offset, into: &entries)
        }
        lock.lock()
        let table = state.tree.table
        lock.unlock()
        try table.write(entries, from: written[0].index, fileSystem: options.fileSystem)
        guard let indexKeys = options.indexKeys else { return KeyIndex.Pending() }
        var keys: [(key: [UInt8], record: UInt64)] = []
        for (item, record) in zip(batch, written) {
            let recordKeys = item.payload.withUnsafeBytes { indexKeys(RecordView(type: item.type, payload: $0)) }
            for key in recordKeys { keys.append((key, record.index)) }
        }
        // Growing rewrites the chains that lookups walk, so it holds the lock: lookups wait, once per
        // doubling. Otherwise the writer, the index's only writer, works on a snapshot outside the lock,
        // and the snapshot is gone before `commit` changes the index (so that change copies nothing).
        lock.lock()
        let snapshot = Result { () throws(LedgerError) -> KeyIndex in
            if state.keys.needsGrowth(adding: keys.count) {
                try state.keys.grow(adding: keys.count, fileSystem: options.fileSystem)
            }
            return state.keys
        }
        lock.unlock()
        let keyIndex = try snapshot.get()
        let pending = try keyIndex.pending(keys)
        try keyIndex.write(pending, fileSystem: options.fileSystem)
        return pending
    }

    /// Writes `buffer` at the end of the active segment and fsyncs it.
    private func flush(_ buffer: inout [UInt8]) throws(LedgerError) {
        guard !buffer.isEmpty else { return }
        let path = segmentPath(writer.segmentNumber)
        try options.fileSystem.write(writer.descriptor, buffer, at: writer.offset, path: path)
        try options.fileSystem.sync(writer.descriptor, path: path)
        writer.offset += UInt64(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Closes the active segment (it is never written again) and starts the next one.
    private func rollSegment() throws(LedgerError) {
        let number = writer.segmentNumber + 1
        let header = SegmentHeader(
            logID: logID, segmentNumber: number, firstIndex: writer.nextIndex, previousChecksum: writer.lastChecksum)
        let descriptor = try Ledger.createSegment(header, in: directory, fileSystem: options.fileSystem)
        FileDescriptor.close(writer.descriptor)
        lock.lock()
        state.segments.append(
            SegmentFile(
                number: number, path: segmentPath(number), firstIndex: writer.nextIndex,
                previousChecksum: header.previousChecksum,
                committedEnd: UInt64(SegmentHeader.size)))
        writer.segmentPosition = state.segments.count - 1
        lock.unlock()
        writer.descriptor = descriptor
        writer.segmentNumber = number
        writer.offset = UInt64(SegmentHeader.size)
        writer.recordsInSegment = 0
    }

    /// Makes a batch visible to readers, the index and the Merkle tree, after its fsync.
    private func commit(_ batch: [PendingAppend], _ written: [WrittenRecord], _ keys: KeyIndex.Pending) {
        lock.lock()
        defer { lock.unlock() }
        for (item, record) in zip(batch, written) {
            state.segments[record.segment].committedEnd =
                record.offset + UInt64(item.payload.count + RecordFormat.overhead)
            state.tree.append(leafHash: item.leafHash)
        }
        state.keys.apply(keys)
    }

    func segmentPath(_ number: UInt64) -> String {
        directory + "/" + Ledger.segmentName(number)
    }

    /// Creates a segment file holding only its header, durably: temp file, fsync, rename, fsync of the
    /// directory. Returns a read-write descriptor on the new file.
    static func createSegment(_ header: SegmentHeader, in directory: String, fileSystem: any FileSystem)
        throws(LedgerError) -> Int32
    {
        try AtomicFile.create(
            header.encoded(), at: directory + "/" + segmentName(header.segmentNumber), through: fileSystem)
    }
}

private final class ResultBox: @unchecked Sendable {
    // Written once by the writer thread before the semaphore is signalled, read after the wait.
    var result: Result<UInt64, LedgerError>?
}
