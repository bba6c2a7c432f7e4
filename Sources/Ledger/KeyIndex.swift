import System

/// The index behind ``Ledger/records(forKey:)``: a hash table whose chains live on disk, in `keys.idx`.
///
/// Memory holds only the bucket heads, one `UInt32` per bucket and at most one bucket per four keys,
/// so the index costs under a byte of memory per key, however long the log. Each indexed key of each
/// record has an entry in the file, which points to the previous entry of the same bucket: a lookup
/// walks its bucket's chain back from the head (four to eight entries on average, one `pread` each)
/// and keeps the entries whose key is the one asked for, in log order.
///
/// Like ``RecordTable`` it is a cache, rebuilt on every open. Entry `e` (``entrySize`` bytes at
/// `e · entrySize`) is:
///
/// | bytes   | field                                                                   |
/// |---------|-------------------------------------------------------------------------|
/// | 0..<8   | previous entry of the bucket, plus one (0: none), UInt64 LE               |
/// | 8..<16  | the record's index, UInt64 LE                                           |
/// | 16..<24 | the key's fingerprint (``fingerprint(_:)``), UInt64 LE                   |
/// | 24      | the key's length, or 255 when it is longer than ``inlineKeyBytes``      |
/// | 25..<64 | the key, zero-padded (its first ``inlineKeyBytes`` bytes when longer)   |
///
/// A key that fits (the intake log's are 33 bytes) is compared whole from its entry. A longer one
/// matches on its fingerprint and first bytes only, so the caller confirms it from the record itself.
struct KeyIndex {
    static let fileName = "keys.idx"
    static let entrySize = 64
    static let inlineKeyBytes = 39
    /// A bucket's mean chain length that makes the table double its buckets (back to half of it).
    static let maxLoad: UInt64 = 8
    static let minimumBuckets = 1024

    let descriptor: Int32
    let path: String
    /// Per bucket: the last entry of its chain, plus one (0: empty). A power-of-two count.
    private(set) var heads: [UInt32]
    /// The number of entries.
    private(set) var count: UInt64 = 0
    /// Set when ``grow(adding:fileSystem:)`` failed part-way: the chains mix two bucket counts, so a
    /// lookup could miss records, and every lookup fails instead (the ledger is stopped by then anyway).
    private(set) var isDamaged = false

    /// A batch's entries, encoded, and the bucket heads they move; applied by ``apply(_:)``.
    struct Pending {
        var entries: [UInt8] = []
        var heads: [Int: UInt32] = [:]
        var count = 0
    }

    /// A match of a lookup: a record, and whether its key still has to be checked against the record.
    struct Candidate: Equatable {
        var record: UInt64
        var isConfirmed: Bool
    }

    /// Replaces whatever index `directory` holds with an empty one sized for `expectedKeys` keys.
    static func create(in directory: String, expectedKeys: Int, fileSystem: any FileSystem) throws(LedgerError)
        -> KeyIndex
    {
        let path = directory + "/" + fileName
        Directory.removeFile(path)
        let descriptor = try fileSystem.openForWriting(path, create: true)
        return KeyIndex(
            descriptor: descriptor, path: path, heads: [UInt32](repeating: 0, count: bucketCount(for: expectedKeys)))
    }

    /// The smallest power-of-two bucket count that gives `keys` keys a load of at most half of `maxLoad`.
    static func bucketCount(for keys: Int) -> Int {
        var buckets = minimumBuckets
        while UInt64(keys) > UInt64(buckets) * maxLoad / 2 { buckets *= 2 }
        return buckets
    }

    /// A 64-bit SipHash of the key, seeded at random per process (Swift's `Hasher`): the file is rebuilt
    /// by every open, so it never needs to be stable across processes, and a random seed keeps anyone who
    /// chooses keys from filling one bucket on purpose.
    static func fingerprint(_ key: [UInt8]) -> UInt64 {
        var hasher = Hasher()
        key.withUnsafeBytes { hasher.combine(bytes: $0) }
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }

    private func bucket(of fingerprint: UInt64) -> Int {
        Int(fingerprint & UInt64(heads.count - 1))
    }

    /// Whether adding `newKeys` keys calls for ``grow(fileSystem:)`` first.
    func needsGrowth(adding newKeys: Int) -> Bool {
        count + UInt64(newKeys) > UInt64(heads.count) * Self.maxLoad
    }

    /// The entries for `keys` (key, record), chained onto the current heads; nothing changes yet.
    func pending(_ keys: [(key: [UInt8], record: UInt64)]) throws(LedgerError) -> Pending {
        guard count + UInt64(keys.count) < UInt64(UInt32.max) else {
            throw .invalidArgument("the key index is full (\(count) keys)")
        }
        var pending = Pending()
        pending.entries.reserveCapacity(keys.count * Self.entrySize)
        for (key, record) in keys {
            let fingerprint = Self.fingerprint(key)
            let bucket = bucket(of: fingerprint)
            let previous = pending.heads[bucket] ?? heads[bucket]
            Self.encode(
                previous: UInt64(previous), record: record, fingerprint: fingerprint, key: key, into: &pending.entries)
            pending.heads[bucket] = UInt32(count + UInt64(pending.count) + 1)
            pending.count += 1
        }
        return pending
    }

    /// Writes the entries of `pending` at the end of the file (no fsync: the file is rebuilt on open).
    func write(_ pending: Pending, fileSystem: any FileSystem) throws(LedgerError) {
        guard !pending.entries.isEmpty else { return }
        try fileSystem.write(descriptor, pending.entries, at: count * UInt64(Self.entrySize), path: path)
    }

    /// Makes written entries visible to lookups.
    mutating func apply(_ pending: Pending) {
        for (bucket, head) in pending.heads { heads[bucket] = head }
        count += UInt64(pending.count)
    }

    /// Appends one entry to `buffer`.
    static func encode(
        previous: UInt64, record: UInt64, fingerprint: UInt64, key: [UInt8], into buffer: inout [UInt8]
    ) {
        withUnsafeBytes(of: previous.littleEndian) { buffer.append(contentsOf: $0) }
        withUnsafeBytes(of: record.littleEndian) { buffer.append(contentsOf: $0) }
        withUnsafeBytes(of: fingerprint.littleEndian) { buffer.append(contentsOf: $0) }
        let inline = min(key.count, inlineKeyBytes)
        buffer.append(key.count <= inlineKeyBytes ? UInt8(key.count) : 255)
        buffer += key[0..<inline]
        buffer += repeatElement(0, count: inlineKeyBytes - inline)
    }

    /// The records whose entries match `key`, in log order: a few `pread`s, one per entry of the chain.
    func candidates(for key: [UInt8]) throws(LedgerError) -> [Candidate] {
        guard !isDamaged else {
            throw .corrupt(file: path, offset: 0, reason: "the key index could not be rewritten; reopen the ledger")
        }
        let fingerprint = Self.fingerprint(key)
        let inline = min(key.count, Self.inlineKeyBytes)
        let length = key.count <= Self.inlineKeyBytes ? UInt8(key.count) : 255
        var found: [Candidate] = []
        var next = UInt64(heads[bucket(of: fingerprint)])
        while next != 0 {
            let entry = try preadExactly(
                descriptor, count: Self.entrySize, at: (next - 1) * UInt64(Self.entrySize), path: path)
            let (previous, record, stored) = entry.withUnsafeBytes { bytes in
                (
                    bytes.littleEndian(UInt64.self, at: 0), bytes.littleEndian(UInt64.self, at: 8),
                    bytes.littleEndian(UInt64.self, at: 16)
                )
            }
            guard previous < next else {
                throw .corrupt(file: path, offset: (next - 1) * UInt64(Self.entrySize), reason: "a chain loops")
            }
            let sameKey = entry[24] == length && entry[25..<(25 + inline)].elementsEqual(key[0..<inline])
            if stored == fingerprint && sameKey {
                found.append(Candidate(record: record, isConfirmed: length != 255))
            }
            next = previous
        }
        return found.reversed()
    }

    /// Indexes `keys` (key, record) in chunks: how an open fills the index it rebuilds.
    mutating func append(_ keys: [(key: [UInt8], record: UInt64)], fileSystem: any FileSystem) throws(LedgerError) {
        for start in stride(from: 0, to: keys.count, by: 16_384) {
            let chunk = Array(keys[start..<min(start + 16_384, keys.count)])
            if needsGrowth(adding: chunk.count) { try grow(adding: chunk.count, fileSystem: fileSystem) }
            let batch = try pending(chunk)
            try write(batch, fileSystem: fileSystem)
            apply(batch)
        }
    }

    /// Doubles the buckets (at least, until `newKeys` more keys leave a load of half of `maxLoad`) and
    /// rewrites every entry's chain link for the new bucket count: O(n) reads and writes, once per
    /// doubling, so O(1) amortised per key. The caller holds the ledger's lock, because lookups walk the
    /// links this rewrites.
    mutating func grow(adding newKeys: Int, fileSystem: any FileSystem) throws(LedgerError) {
        let buckets = Self.bucketCount(for: Int(count) + newKeys)
        var newHeads = [UInt32](repeating: 0, count: max(buckets, heads.count * 2))
        let mask = UInt64(newHeads.count - 1)
        let chunk: UInt64 = 16_384
        var start: UInt64 = 0
        while start < count {
            let n = Int(min(chunk, count - start))
            var entries: [UInt8]
            do {
                entries = try preadExactly(
                    descriptor, count: n * Self.entrySize, at: start * UInt64(Self.entrySize), path: path)
            } catch {
                isDamaged = isDamaged || start > 0
                throw error
            }
            entries.withUnsafeMutableBytes { bytes in
                for i in 0..<n {
                    let fingerprint = UnsafeRawBufferPointer(bytes).littleEndian(
                        UInt64.self, at: i * Self.entrySize + 16)
                    let bucket = Int(fingerprint & mask)
                    bytes.storeBytes(
                        of: UInt64(newHeads[bucket]).littleEndian, toByteOffset: i * Self.entrySize, as: UInt64.self)
                    newHeads[bucket] = UInt32(start + UInt64(i) + 1)
                }
            }
            do {
                try fileSystem.write(descriptor, entries, at: start * UInt64(Self.entrySize), path: path)
            } catch {
                // Even a first write may have landed in part: links of the old and new counts are mixed.
                isDamaged = true
                throw error
            }
            start += UInt64(n)
        }
        heads = newHeads
    }
}
