import System
import Transparency

extension Ledger {
    /// Rewrites the record table and the key index from what the open's scan of the segments found, and
    /// builds the Merkle tree's kept levels: whatever tables a crash left behind are replaced, never trusted.
    ///
    /// The scan already holds every leaf hash and every key in memory, so this is one sequential write of
    /// each file. Every write goes through `options.fileSystem`, like the segments'.
    static func rebuildIndexes(from scans: [RecoveryScan], directory: String, options: Options) throws(LedgerError)
        -> (LedgerTree, KeyIndex)
    {
        let table = try RecordTable.create(in: directory, fileSystem: options.fileSystem)
        var keyIndex: KeyIndex
        do {
            keyIndex = try KeyIndex.create(
                in: directory, expectedKeys: scans.reduce(0) { $0 + $1.keys.count }, fileSystem: options.fileSystem)
        } catch {
            FileDescriptor.close(table.descriptor)
            throw error
        }
        do {
            var leafHashes: [UInt8] = []
            leafHashes.reserveCapacity(scans.reduce(0) { $0 + $1.leafHashes.count })
            var keys: [(key: [UInt8], record: UInt64)] = []
            keys.reserveCapacity(scans.reduce(0) { $0 + $1.keys.count })
            for (position, scan) in scans.enumerated() {
                var entries: [UInt8] = []
                entries.reserveCapacity(scan.offsets.count * RecordTable.entrySize)
                for (i, offset) in scan.offsets.enumerated() {
                    let hash = scan.leafHashes[(i * RFC6962.hashByteCount)..<((i + 1) * RFC6962.hashByteCount)]
                    RecordTable.encode(leafHash: hash, segment: position, offset: UInt64(offset), into: &entries)
                }
                try table.write(entries, from: scan.header.firstIndex, fileSystem: options.fileSystem)
                leafHashes += scan.leafHashes
                for (key, local) in scan.keys { keys.append((key, scan.header.firstIndex + UInt64(local))) }
            }
            try keyIndex.append(keys, fileSystem: options.fileSystem)
            return (LedgerTree(table: table, leafHashes: leafHashes), keyIndex)
        } catch {
            FileDescriptor.close(table.descriptor)
            FileDescriptor.close(keyIndex.descriptor)
            throw error
        }
    }
}
