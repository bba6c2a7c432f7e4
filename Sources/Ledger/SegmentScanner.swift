import Sodium

/// Walks the records of one segment's bytes and checks their framing and chained checksums.
///
/// Pure: it reads a buffer and reports; it never touches a file. Recovery, `verify` and the public
/// `RecordReader` all use it, so there is exactly one definition of a valid record.
struct SegmentScanner {
    struct Failure: Error, Equatable {
        enum Kind: Equatable { case incomplete, malformed, checksum, leafHash }
        var kind: Kind
        var offset: Int
        var reason: String
    }

    struct Outcome {
        /// Offset just past the last good record.
        var endOffset: Int
        var lastChecksum: [UInt8]
        var recordCount: Int
        /// The batch of the last good record, and whether it closed its batch.
        var lastBatch: UInt64?
        var lastWasBatchEnd: Bool
        /// Offset just past the last good record that closed its commit batch, and how many good records
        /// lie before it. Records after it belong to a batch that never finished, so never acknowledged.
        var completeBatchesEnd: Int
        var completeBatchesCount: Int
        var failure: Failure?
    }

    /// Scans records from `start` until the end of `buffer` or the first bad record.
    ///
    /// With `recomputeLeaves`, each stored leaf hash must also be the one a ledger with those options
    /// commits to (a hash of the entry, or a stand-in's first 32 bytes). `visit` gets, for each good
    /// record: its offset, type, leaf hash bytes and payload bytes.
    static func scan(
        _ buffer: UnsafeRawBufferPointer, from start: Int, previous: [UInt8], firstIndex: UInt64,
        maxPayloadLength: Int = RecordFormat.maxPayloadLength, recomputeLeaves: Ledger.Options? = nil,
        visit: (Int, UInt8, UnsafeRawBufferPointer, UnsafeRawBufferPointer) -> Void = { _, _, _, _ in }
    ) -> Outcome {
        var outcome = Outcome(
            endOffset: start, lastChecksum: previous, recordCount: 0, lastBatch: nil, lastWasBatchEnd: false,
            completeBatchesEnd: start, completeBatchesCount: 0, failure: nil)
        var offset = start
        while offset < buffer.count {
            let index = firstIndex + UInt64(outcome.recordCount)
            switch checkFraming(buffer, at: offset, index: index, maxPayloadLength: maxPayloadLength) {
            case .failure(let failure):
                outcome.failure = failure
                return outcome
            case .success(let length):
                let recordEnd = offset + RecordFormat.headerSize + length
                let record = UnsafeRawBufferPointer(rebasing: buffer[offset..<recordEnd])
                // After the first record, the previous checksum is stored (and already checked) in the 32
                // bytes just before this record, so one contiguous one-shot hash covers both.
                let checksum =
                    outcome.recordCount > 0
                    ? RecordFormat.chainChecksum(
                        contiguous: UnsafeRawBufferPointer(
                            rebasing: buffer[(offset - RecordFormat.checksumSize)..<recordEnd]))
                    : RecordFormat.chainChecksum(previous: outcome.lastChecksum, record: record)
                guard RecordFormat.equal(buffer, at: recordEnd, checksum) else {
                    outcome.failure = Failure(
                        kind: .checksum, offset: offset, reason: "record \(index): checksum does not match")
                    return outcome
                }
                let type = record[4]
                let leaf = UnsafeRawBufferPointer(rebasing: record[16..<48])
                let payload = UnsafeRawBufferPointer(rebasing: record[48...])
                if let options = recomputeLeaves {
                    guard let expected = RecordFormat.leafHash(type: type, payload: payload, options: options) else {
                        outcome.failure = Failure(
                            kind: .leafHash, offset: offset,
                            reason: "record \(index): a stand-in of \(payload.count) bytes, too short for its leaf hash"
                        )
                        return outcome
                    }
                    guard RecordFormat.equal(buffer, at: offset + 16, expected) else {
                        outcome.failure = Failure(
                            kind: .leafHash, offset: offset,
                            reason: type == options.standInType
                                ? "record \(index): stored leaf hash is not the stand-in's first 32 bytes"
                                : "record \(index): stored leaf hash is not SHA-256(0x00 ‖ type ‖ payload)")
                        return outcome
                    }
                }
                let batch = record.littleEndian(UInt64.self, at: 8)
                if let failure = checkBatch(batch, index: index, outcome: outcome, offset: offset) {
                    outcome.failure = failure
                    return outcome
                }
                visit(offset, type, leaf, payload)
                outcome.lastChecksum = checksum
                outcome.lastBatch = batch
                outcome.lastWasBatchEnd = record[5] & RecordFormat.batchEndFlag != 0
                outcome.recordCount += 1
                offset = recordEnd + RecordFormat.checksumSize
                outcome.endOffset = offset
                if outcome.lastWasBatchEnd {
                    outcome.completeBatchesEnd = offset
                    outcome.completeBatchesCount = outcome.recordCount
                }
            }
        }
        return outcome
    }

    /// Checks everything about the record at `offset` that does not need hashing.
    /// On success, returns the payload length.
    static func checkFraming(
        _ buffer: UnsafeRawBufferPointer, at offset: Int, index: UInt64, maxPayloadLength: Int
    ) -> Result<Int, Failure> {
        let remaining = buffer.count - offset
        guard remaining >= RecordFormat.headerSize else {
            return .failure(
                Failure(kind: .incomplete, offset: offset, reason: "record \(index): only \(remaining) bytes of header")
            )
        }
        let length = Int(buffer.littleEndian(UInt32.self, at: offset))
        let type = buffer[offset + 4]
        let flags = buffer[offset + 5]
        guard type != 0 else {
            return .failure(Failure(kind: .malformed, offset: offset, reason: "record \(index): type 0 is reserved"))
        }
        guard flags & ~RecordFormat.batchEndFlag == 0, buffer[offset + 6] == 0, buffer[offset + 7] == 0 else {
            return .failure(
                Failure(kind: .malformed, offset: offset, reason: "record \(index): unknown flags or reserved bytes"))
        }
        guard length <= maxPayloadLength else {
            return .failure(
                Failure(
                    kind: .malformed, offset: offset,
                    reason: "record \(index): length \(length) exceeds the maximum \(maxPayloadLength)"))
        }
        guard remaining >= RecordFormat.overhead + length else {
            return .failure(
                Failure(
                    kind: .incomplete, offset: offset,
                    reason: "record \(index): needs \(RecordFormat.overhead + length) bytes, \(remaining) remain"))
        }
        return .success(length)
    }

    /// Batches are contiguous runs of records: a record's batch is its own index if the record before
    /// it closed a batch, and the previous record's batch otherwise.
    private static func checkBatch(_ batch: UInt64, index: UInt64, outcome: Outcome, offset: Int) -> Failure? {
        let expected: UInt64? =
            if let last = outcome.lastBatch { outcome.lastWasBatchEnd ? index : last } else { nil }
        if let expected, batch != expected {
            return Failure(
                kind: .malformed, offset: offset, reason: "record \(index): batch \(batch), expected \(expected)")
        }
        if batch > index {
            return Failure(kind: .malformed, offset: offset, reason: "record \(index): batch \(batch) is in the future")
        }
        return nil
    }

    /// Whether a valid record of a batch later than `batch` lies anywhere after `failureOffset`.
    ///
    /// This tells a torn tail from corruption. Batches are written and fsynced one after another, so a
    /// record of a later batch can only be on disk if every earlier batch was fsynced, hence acknowledged:
    /// damage before it is corruption of acknowledged data, never a torn tail. Records are found without
    /// knowing where they start by trying every offset, using the 32 bytes just before a candidate as
    /// the previous checksum (a record's checksum is stored right before the next record).
    static func validRecordOfLaterBatch(
        in buffer: UnsafeRawBufferPointer, after failureOffset: Int, recordsStart: Int, batch: UInt64,
        maxPayloadLength: Int
    ) -> Int? {
        var candidate = max(failureOffset + 1, recordsStart + RecordFormat.checksumSize)
        while candidate + RecordFormat.overhead <= buffer.count {
            defer { candidate += 1 }
            guard buffer[candidate + 4] != 0, buffer.littleEndian(UInt64.self, at: candidate + 8) > batch,
                case .success(let length) = checkFraming(
                    buffer, at: candidate, index: 0, maxPayloadLength: maxPayloadLength)
            else { continue }
            let previous = Array(buffer[(candidate - RecordFormat.checksumSize)..<candidate])
            let recordEnd = candidate + RecordFormat.headerSize + length
            let checksum = RecordFormat.chainChecksum(
                previous: previous, record: UnsafeRawBufferPointer(rebasing: buffer[candidate..<recordEnd]))
            if RecordFormat.equal(buffer, at: recordEnd, checksum) {
                return candidate
            }
        }
        return nil
    }
}
