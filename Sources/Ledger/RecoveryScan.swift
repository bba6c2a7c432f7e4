import Foundation
import System

/// What recovery learns from one segment file.
struct RecoveryScan {
    var path: String
    var header: SegmentHeader
    /// Byte offset of every good record.
    var offsets: [UInt32] = []
    /// The stored leaf hash of every good record, 32 bytes each, concatenated.
    var leafHashes: [UInt8] = []
    /// Index keys with the record's position in this segment.
    var keys: [([UInt8], Int)] = []
    var endOffset = SegmentHeader.size
    var lastChecksum: [UInt8] = []
    /// Where the torn tail of the last segment starts, if it has one, and its bytes.
    var tornTailOffset: Int?
    var tail: [UInt8] = []

    /// Scans every segment (in parallel: they are independent until their chain links are compared),
    /// then checks the links between them.
    static func scanAll(directory: String, names: [String], options: Ledger.Options) throws(LedgerError)
        -> [RecoveryScan]
    {
        let results = UnsafeMutableBufferPointer<Result<RecoveryScan, LedgerError>?>.allocate(capacity: names.count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        let shared = SendableResults(results)
        DispatchQueue.concurrentPerform(iterations: names.count) { i in
            // Each iteration writes only its own slot.
            shared.buffer[i] = Result { () throws(LedgerError) in
                try scan(path: directory + "/" + names[i], isLast: i == names.count - 1, options: options)
            }
        }
        var scans: [RecoveryScan] = []
        var firstError: LedgerError?
        for result in results {
            switch result! {
            case .success(let scan): scans.append(scan)
            case .failure(let error): firstError = firstError ?? error
            }
        }
        if let firstError { throw firstError }
        try checkLinks(scans)
        return scans
    }

    private static func checkLinks(_ scans: [RecoveryScan]) throws(LedgerError) {
        let logID = scans[0].header.logID
        var expectedIndex: UInt64 = 0
        var expectedPrevious = SegmentHeader.genesisChecksum(logID: logID)
        for (number, scan) in scans.enumerated() {
            let header = scan.header
            guard header.logID == logID else {
                throw .corrupt(file: scan.path, offset: 16, reason: "this segment belongs to another ledger (log id)")
            }
            guard header.segmentNumber == UInt64(number) else {
                throw .corrupt(
                    file: scan.path, offset: 32,
                    reason: "the header says segment \(header.segmentNumber), not \(number)")
            }
            guard header.firstIndex == expectedIndex else {
                throw .corrupt(
                    file: scan.path, offset: 40,
                    reason: "the first record should be \(expectedIndex), the header says \(header.firstIndex)")
            }
            guard header.previousChecksum == expectedPrevious else {
                throw .corrupt(
                    file: scan.path, offset: 48,
                    reason: "the chain does not continue from the previous segment's last record")
            }
            expectedIndex += UInt64(scan.offsets.count)
            expectedPrevious = scan.lastChecksum
        }
    }

    /// Maps one segment and checks its header and records.
    static func scan(path: String, isLast: Bool, options: Ledger.Options) throws(LedgerError) -> RecoveryScan {
        let mapping = try LedgerError.system { () throws(SystemError) in
            let file = try FileDescriptor.open(path, .readOnly)
            return try MappedFile(file.rawValue, path: path)
        }
        return try scan(mapping.bytes, path: path, isLast: isLast, options: options)
    }

    private static func scan(
        _ bytes: UnsafeRawBufferPointer, path: String, isLast: Bool, options: Ledger.Options
    ) throws(LedgerError) -> RecoveryScan {
        let header: SegmentHeader
        switch SegmentHeader.parse(bytes) {
        case .success(let parsed): header = parsed
        case .failure(.notASegment(let why)): throw .notALedger(path: path, reason: why)
        case .failure(.damaged(let why)): throw .corrupt(file: path, offset: 0, reason: "segment header: \(why)")
        }
        var scan = RecoveryScan(path: path, header: header)
        let indexKeys = options.indexKeys
        let outcome = SegmentScanner.scan(
            bytes, from: SegmentHeader.size, previous: header.previousChecksum, firstIndex: header.firstIndex,
            maxPayloadLength: RecordFormat.maxPayloadLength
        ) { offset, type, leaf, payload in
            scan.offsets.append(UInt32(offset))
            scan.leafHashes.append(contentsOf: leaf)
            if let indexKeys {
                for key in indexKeys(RecordView(type: type, payload: payload)) {
                    scan.keys.append((key, scan.offsets.count - 1))
                }
            }
        }
        scan.endOffset = outcome.endOffset
        scan.lastChecksum = outcome.lastChecksum
        if let failure = outcome.failure {
            guard isLast else {
                throw .corrupt(file: path, offset: UInt64(failure.offset), reason: failure.reason)
            }
            // The record at the failure belongs to the batch of the record before it, unless that one
            // closed its batch (or there is none), in which case it opened a new batch at its own index.
            let failedIndex = header.firstIndex + UInt64(outcome.recordCount)
            let failedBatch = outcome.lastWasBatchEnd ? failedIndex : (outcome.lastBatch ?? failedIndex)
            if let later = SegmentScanner.validRecordOfLaterBatch(
                in: bytes, after: failure.offset, recordsStart: SegmentHeader.size, batch: failedBatch,
                maxPayloadLength: RecordFormat.maxPayloadLength)
            {
                throw .corrupt(
                    file: path, offset: UInt64(failure.offset),
                    reason: "\(failure.reason); a valid record of a later commit batch follows at offset \(later), "
                        + "so this is damage to acknowledged data, not a torn tail")
            }
        } else if outcome.lastWasBatchEnd || outcome.recordCount == 0 || !isLast {
            // A clean end. (A closed segment may end inside a batch that continued in the next segment:
            // it was fsynced before the roll-over, and is kept even if the rest of its batch was not.)
            return scan
        }
        // The torn tail starts where the last complete batch ends: the records of an unfinished batch
        // were never acknowledged, and keeping them would let the next batch chain onto them.
        let cut = outcome.completeBatchesEnd
        scan.tornTailOffset = cut
        scan.tail = Array(bytes[cut...])
        let kept = outcome.completeBatchesCount
        scan.offsets.removeLast(scan.offsets.count - kept)
        scan.leafHashes.removeLast(scan.leafHashes.count - kept * 32)
        scan.keys.removeAll { $0.1 >= kept }
        scan.endOffset = cut
        scan.lastChecksum =
            kept == 0 ? header.previousChecksum : Array(bytes[(cut - RecordFormat.checksumSize)..<cut])
        return scan
    }
}

private struct SendableResults: @unchecked Sendable {
    // Shared by concurrentPerform iterations, each of which writes a distinct slot.
    let buffer: UnsafeMutableBufferPointer<Result<RecoveryScan, LedgerError>?>
    init(_ buffer: UnsafeMutableBufferPointer<Result<RecoveryScan, LedgerError>?>) { self.buffer = buffer }
}
