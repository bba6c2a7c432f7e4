import Foundation
import Sodium
import System

extension Ledger {
    /// Opens the ledger in `directory`, recovering from a crash if needed, or creates a new one.
    ///
    /// Recovery checks every segment header and every record's chained checksum (segments in parallel).
    /// A torn tail of the last segment (an append cut off by a crash before its fsync, so never
    /// acknowledged) is cut off and kept in a side file. Damage anywhere else stops the open with an
    /// error naming the file and the offset: acknowledged data is never silently dropped.
    public static func open(at directory: String, options: Options = Options()) throws(LedgerError) -> Ledger {
        guard (4096...(1 << 30)).contains(options.segmentSize) else {
            throw .invalidArgument("segment size must be between 4 KiB and 1 GiB, not \(options.segmentSize)")
        }
        guard (0...RecordFormat.maxPayloadLength).contains(options.maxPayloadLength), options.maxBatchRecords > 0 else {
            throw .invalidArgument("maxPayloadLength must be at most \(RecordFormat.maxPayloadLength) bytes")
        }
        let names = try prepareDirectory(directory, options: options)
        let lockDescriptor = try acquireLock(directory)
        let ledger: Ledger
        do {
            ledger = try recover(directory: directory, names: names, options: options, lockDescriptor: lockDescriptor)
        } catch {
            FileDescriptor.close(lockDescriptor)
            throw error
        }
        // A ledger that signs by itself is covered when it opens (records of a run that crashed within a
        // second of its last signature), and a log that cannot be signed for does not open.
        if let schedule = options.checkpointing {
            do {
                _ = try ledger.signedCheckpointOfAllRecords(origin: schedule.origin, signer: schedule.signer)
            } catch {
                ledger.close()
                throw error
            }
        }
        ledger.cadence?.start(ledger)
        return ledger
    }

    /// Checks that `directory` is a ledger (or may become one) and returns its segment file names, sorted.
    private static func prepareDirectory(_ directory: String, options: Options) throws(LedgerError) -> [String] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                let what =
                    (try? fileStartsWithSegmentMagic(directory)) == true
                    ? "it is a single segment file; open the directory that holds it"
                    : "it is a file, not a ledger directory"
                throw .notALedger(path: directory, reason: what)
            }
        } else {
            guard options.createIfMissing else {
                throw .notALedger(path: directory, reason: "no such directory")
            }
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw .fatalIO(operation: "mkdir", path: directory, errno: Errno.io, message: "\(error)")
            }
        }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .notALedger(path: directory, reason: "the directory cannot be read (\(error.localizedDescription))")
        }
        // Temp files are leftovers of a crash before their rename: never part of the ledger.
        for entry in entries where entry.hasSuffix(AtomicFile.temporarySuffix) {
            Directory.removeFile(directory + "/" + entry)
        }
        let segments = entries.filter { segmentNumber(fromName: $0) != nil }.sorted()
        let known: Set<String> = ["lock", Ledger.checkpointFileName, RecordTable.fileName, KeyIndex.fileName]
        let foreign = entries.filter {
            segmentNumber(fromName: $0) == nil && !known.contains($0) && !$0.hasSuffix(AtomicFile.temporarySuffix)
                && !$0.contains(".torn-")
        }
        if segments.isEmpty && !foreign.isEmpty {
            throw .notALedger(
                path: directory,
                reason: "it holds no segment files but \(foreign.count) other file(s), such as \(foreign.sorted()[0])")
        }
        return segments
    }

    private static func fileStartsWithSegmentMagic(_ path: String) throws -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return try handle.read(upToCount: 8).map { Array($0) == SegmentHeader.magic } ?? false
    }

    /// An exclusive advisory lock, so two processes never append to one ledger. The kernel drops it when
    /// the process dies, so a crash never leaves a stale lock behind.
    private static func acquireLock(_ directory: String) throws(LedgerError) -> Int32 {
        let path = directory + "/lock"
        let file = try LedgerError.system { () throws(SystemError) in
            try FileDescriptor.open(path, [.readWrite, .create], mode: 0o600)
        }
        // A lock just released can still be held for a moment by a child this process is spawning (the
        // child shares the descriptor from fork until exec closes it), so a held lock is tried again
        // for up to 200 ms before it counts as another process's.
        let locked = try LedgerError.system { () throws(SystemError) in
            try FileLock.tryExclusive(file.rawValue, path: path, attempts: 21, pauseMicroseconds: 10_000)
        }
        guard locked else { throw .locked(path: directory) }
        return file.release()
    }

    private static func recover(directory: String, names: [String], options: Options, lockDescriptor: Int32)
        throws(LedgerError) -> Ledger
    {
        if names.isEmpty {
            // No segment but a checkpoint of records: they were deleted (no crash does that, since the first
            // segment exists before anything is signed). Refused before a new log could replace them.
            if let kept = try readCheckpoint(directory: directory), kept.checkpoint.size > 0 {
                throw .shorterThanCheckpoint(directory: directory, records: 0, checkpointSize: kept.checkpoint.size)
            }
            return try create(directory: directory, options: options, lockDescriptor: lockDescriptor)
        }
        for (expected, name) in names.enumerated() where segmentNumber(fromName: name) != UInt64(expected) {
            throw .corrupt(
                file: directory + "/" + segmentName(UInt64(expected)), offset: 0,
                reason: "segment \(expected) is missing (found \(name) instead)")
        }
        let started = DispatchTime.now().uptimeNanoseconds
        let scans = try RecoveryScan.scanAll(directory: directory, names: names, options: options)
        let scanned = DispatchTime.now().uptimeNanoseconds
        let last = scans[scans.count - 1]

        let segments = scans.enumerated().map { position, scan in
            SegmentFile(
                number: scan.header.segmentNumber, path: scan.path, firstIndex: scan.header.firstIndex,
                previousChecksum: scan.header.previousChecksum, committedEnd: UInt64(scan.endOffset))
        }
        let merged = DispatchTime.now().uptimeNanoseconds
        let (tree, keyIndex) = try rebuildIndexes(from: scans, directory: directory, options: options)
        let built = DispatchTime.now().uptimeNanoseconds
        let lastCheckpoint: SignedCheckpointState?
        var tornBytes: UInt64 = 0
        var tornFile: String?
        let writeDescriptor: Int32
        do {
            // The checkpoint is checked before anything is cut, so a log that lost checkpointed records is
            // refused with its disk untouched.
            lastCheckpoint = try loadCheckpoint(directory: directory, tree: tree)
            if let cut = last.tornTailOffset {
                (tornBytes, tornFile) = try cutTornTail(last, at: cut, options: options)
            }
            writeDescriptor = try options.fileSystem.openForWriting(last.path, create: false)
        } catch {
            FileDescriptor.close(tree.table.descriptor)
            FileDescriptor.close(keyIndex.descriptor)
            throw error
        }
        let writer = Writer(
            descriptor: writeDescriptor, segmentNumber: last.header.segmentNumber, segmentPosition: scans.count - 1,
            offset: UInt64(last.endOffset), recordsInSegment: last.offsets.count, lastChecksum: last.lastChecksum,
            nextIndex: tree.size)
        var state = State(segments: segments, tree: tree, keys: keyIndex)
        state.lastCheckpoint = lastCheckpoint
        let recovery = Recovery(
            segments: scans.count, records: tree.size, truncatedBytes: tornBytes, tornTailFile: tornFile,
            scanSeconds: Double(scanned - started) / 1e9, treeSeconds: Double(built - merged) / 1e9)
        return Ledger(
            directory: directory, options: options, recovery: recovery, logID: scans[0].header.logID, state: state,
            writer: writer, lockFileDescriptor: lockDescriptor)
    }

    private static func create(directory: String, options: Options, lockDescriptor: Int32) throws(LedgerError)
        -> Ledger
    {
        let logID = Random.bytes(count: 16)
        let header = SegmentHeader(
            logID: logID, segmentNumber: 0, firstIndex: 0,
            previousChecksum: SegmentHeader.genesisChecksum(logID: logID))
        let descriptor = try createSegment(header, in: directory, fileSystem: options.fileSystem)
        let tree: LedgerTree
        let keyIndex: KeyIndex
        do {
            (tree, keyIndex) = try rebuildIndexes(from: [], directory: directory, options: options)
        } catch {
            FileDescriptor.close(descriptor)
            throw error
        }
        let path = directory + "/" + segmentName(0)
        let writer = Writer(
            descriptor: descriptor, segmentNumber: 0, segmentPosition: 0, offset: UInt64(SegmentHeader.size),
            recordsInSegment: 0, lastChecksum: header.previousChecksum, nextIndex: 0)
        let state = State(
            segments: [
                SegmentFile(
                    number: 0, path: path, firstIndex: 0, previousChecksum: header.previousChecksum,
                    committedEnd: UInt64(SegmentHeader.size))
            ],
            tree: tree, keys: keyIndex)
        return Ledger(
            directory: directory, options: options,
            recovery: Recovery(
                segments: 1, records: 0, truncatedBytes: 0, tornTailFile: nil, scanSeconds: 0, treeSeconds: 0),
            logID: logID,
            state: state, writer: writer, lockFileDescriptor: lockDescriptor)
    }

    /// Keeps the bytes of a torn tail in a side file, then cuts them from the segment.
    private static func cutTornTail(_ scan: RecoveryScan, at offset: Int, options: Options) throws(LedgerError)
        -> (UInt64, String)
    {
        let tail = scan.tail
        var side = "\(scan.path).torn-\(offset)"
        var attempt = 1
        while FileManager.default.fileExists(atPath: side) {
            attempt += 1
            side = "\(scan.path).torn-\(offset)-\(attempt)"
        }
        try AtomicFile.write(tail, to: side, through: options.fileSystem)
        let descriptor = try options.fileSystem.openForWriting(scan.path, create: false)
        defer { FileDescriptor.close(descriptor) }
        try options.fileSystem.truncate(descriptor, to: UInt64(offset), path: scan.path)
        try options.fileSystem.sync(descriptor, path: scan.path)
        return (UInt64(tail.count), side)
    }
}
