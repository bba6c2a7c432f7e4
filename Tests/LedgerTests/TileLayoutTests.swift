import Sodium
import Synchronization
import Testing

@testable import Ledger
@testable import Transparency

/// Tiles and bundles (TileLayout.swift) against hashes computed directly with RFC 6962, and the
/// reader (TileReader.swift) against a log that serves them, honest or not.
@Suite("TileLayout and TileReader")
struct TileLayoutTests {
    static func entries(_ count: Int) -> [[UInt8]] {
        (0..<count).map { Array("entry \($0)\n".utf8) + [UInt8](repeating: UInt8($0 & 0xFF), count: $0 % 7) }
    }

    static func tree(_ entries: [[UInt8]]) -> MerkleTree {
        MerkleTree(leafHashes: entries.flatMap { RFC6962.leafHash($0) })
    }

    /// MTH(D[start:end]) straight from RFC 6962 §2.1, recursively: the independent reference.
    static func mth(_ entries: ArraySlice<[UInt8]>) -> [UInt8] {
        if entries.isEmpty { return RFC6962.emptyRoot }
        if entries.count == 1 { return RFC6962.leafHash(entries.first!) }
        var split = 1
        while split * 2 < entries.count { split *= 2 }
        let start = entries.startIndex
        return RFC6962.nodeHash(mth(entries[start..<(start + split)]), mth(entries[(start + split)...]))
    }

    @Test(arguments: [1, 2, 3, 5, 255, 256, 257, 600])
    func tilesHoldTheCompleteSubtreeHashes(size: Int) throws {
        let entries = Self.entries(size)
        let tree = Self.tree(entries)
        let (bundles, tiles) = TileLayout.paths(treeSize: UInt64(size))
        #expect(bundles.count == (size + 255) / 256)
        // Level 0: leaf hashes, byte for byte.
        for path in tiles where path.level == 0 {
            let bytes = try #require(TileLayout.tile(path, hash: tree.completeSubtreeHash))
            let start = Int(path.index) * 256
            #expect(bytes == entries[start..<(start + path.width)].flatMap { RFC6962.leafHash($0) })
        }
        // Level 1: each hash is the MTH of 256 entries.
        for path in tiles where path.level == 1 {
            let bytes = try #require(TileLayout.tile(path, hash: tree.completeSubtreeHash))
            for i in 0..<path.width {
                let start = (Int(path.index) * 256 + i) * 256
                #expect(Array(bytes[(i * 32)..<(i * 32 + 32)]) == Self.mth(entries[start..<(start + 256)]))
            }
        }
        // Which tiles exist: the spec's example counts, scaled down.
        let levelZeroPartial = size % 256
        #expect(tiles.filter { $0.level == 0 && !$0.isPartial }.count == size / 256)
        #expect(tiles.contains { $0.level == 0 && $0.isPartial } == (levelZeroPartial != 0))
        #expect(tiles.contains { $0.level == 1 } == (size >= 256))
        for path in bundles {
            let start = Int(path.index) * 256
            let slice = Array(entries[start..<(start + path.width)])
            var expected: [UInt8] = []
            for entry in slice { expected += [UInt8(entry.count >> 8), UInt8(entry.count & 0xFF)] + entry }
            #expect(TileLayout.bundle(slice) == expected)
            #expect(try TileLayout.entries(inBundle: expected, count: path.width) == slice)
        }
        #expect(tree.rootHash() == Self.mth(entries[...]))
    }

    @Test func theSpecsExampleOfSize70000() {
        let (_, tiles) = TileLayout.paths(treeSize: 70_000)
        #expect(tiles.filter { $0.level == 0 && !$0.isPartial }.count == 273)
        #expect(tiles.filter { $0.level == 0 && $0.isPartial }.map(\.width) == [112])
        #expect(tiles.filter { $0.level == 1 && !$0.isPartial }.count == 1)
        #expect(tiles.filter { $0.level == 1 && $0.isPartial }.map(\.width) == [17])
        #expect(tiles.filter { $0.level == 2 }.map(\.width) == [1])
        #expect(tiles.count == 277)
        let (_, of256) = TileLayout.paths(treeSize: 256)
        #expect(of256 == [TilePath(level: 0, index: 0), TilePath(level: 1, index: 0, width: 1)])
        #expect(TileLayout.paths(treeSize: 0).tiles.isEmpty)
    }

    @Test func existence() {
        #expect(TileLayout.exists(TilePath(level: 0, index: 0, width: 3), treeSize: 3))
        #expect(TileLayout.exists(TilePath(level: 0, index: 0, width: 2), treeSize: 3))  // an older checkpoint's
        #expect(!TileLayout.exists(TilePath(level: 0, index: 0, width: 4), treeSize: 3))
        #expect(!TileLayout.exists(TilePath(level: 0, index: 0), treeSize: 255))
        #expect(TileLayout.exists(TilePath(level: 0, index: 0), treeSize: 256))
        #expect(!TileLayout.exists(TilePath(level: 0, index: 1, width: 1), treeSize: 256))
        #expect(TileLayout.exists(TilePath(level: 1, index: 0, width: 1), treeSize: 256))
        #expect(!TileLayout.exists(TilePath(level: 1, index: 0, width: 2), treeSize: 511))
        #expect(!TileLayout.exists(TilePath(level: 63, index: UInt64.max), treeSize: UInt64.max))
        #expect(!TileLayout.exists(TilePath(entriesAt: UInt64.max, width: 1), treeSize: UInt64.max))
        #expect(TileLayout.exists(TilePath(entriesAt: 0, width: 1), treeSize: 1))
    }

    @Test(arguments: [
        ([UInt8](), 1), ([0], 1), ([0, 2, 65], 1), ([0, 1, 65, 0], 1), ([0, 1, 65, 0, 0], 1), ([0, 0], 2),
        ([0, 0, 0, 0], 1),
    ])
    func malformedBundlesAreRefused(bytes: [UInt8], count: Int) {
        #expect(throws: TilePathError.self) { try TileLayout.entries(inBundle: bytes, count: count) }
    }

    // MARK: the reader

    /// A log serving `entries` with their real tiles, with `tamper` applied to each resource.
    static func reader(_ entries: [[UInt8]], tamper: @escaping (TilePath, [UInt8]) -> [UInt8] = { $1 }) -> TileReader {
        let tree = tree(entries)
        return TileReader { (path: TilePath) throws(TileReaderError) -> [UInt8] in
            guard TileLayout.exists(path, treeSize: tree.size) else { throw .unavailable("404 \(path)") }
            let start = Int(path.index) * 256
            let bytes =
                path.level == nil
                ? TileLayout.bundle(Array(entries[start..<(start + path.width)]))
                : TileLayout.tile(path, hash: tree.completeSubtreeHash)!
            return tamper(path, bytes)
        }
    }

    static func checkpoint(_ entries: [[UInt8]]) -> Checkpoint {
        try! Checkpoint(origin: "test.candor/outcomes", size: UInt64(entries.count), rootHash: tree(entries).rootHash())
    }

    @Test(arguments: [0, 1, 3, 256, 300])
    func anHonestLogReads(size: Int) throws {
        let entries = Self.entries(size)
        let log = try Self.reader(entries).read(upTo: Self.checkpoint(entries))
        #expect(log.entries == entries)
        #expect(log.tree.rootHash() == Self.mth(entries[...]))
    }

    @Test func anOlderCheckpointReadsFromTheSameLog() throws {
        let entries = Self.entries(300)
        let old = Array(entries.prefix(7))
        let log = try Self.reader(entries).read(upTo: Self.checkpoint(old))
        #expect(log.entries == old)
    }

    @Test func anAlteredEntryIsNamed() throws {
        let entries = Self.entries(5)
        let reader = Self.reader(entries) { path, bytes in
            guard path.level == nil else { return bytes }
            var changed = entries
            changed[3][0] ^= 1
            return TileLayout.bundle(changed)
        }
        #expect(throws: TileReaderError.mismatch("entry 3 does not hash to its leaf hash in tile tile/0/000.p/5")) {
            try reader.read(upTo: Self.checkpoint(entries))
        }
    }

    @Test func aLogThatRehashedAnAlteredEntryMissesTheRoot() throws {
        var entries = Self.entries(5)
        let checkpoint = Self.checkpoint(entries)
        entries[2] = Array("forged".utf8)
        let error = #expect(throws: TileReaderError.self) { try Self.reader(entries).read(upTo: checkpoint) }
        #expect(error?.description.hasPrefix("the 5 entries do not hash to the checkpoint's root") == true)
    }

    @Test func aWrongTileOrBundleIsAMismatch() throws {
        let entries = Self.entries(600)
        let checkpoint = Self.checkpoint(entries)
        let badLevelOne = Self.reader(entries) { path, bytes in
            path.level == 1 ? [UInt8](repeating: 0, count: bytes.count) : bytes
        }
        #expect(throws: TileReaderError.mismatch("tile tile/1/000.p/2 disagrees with the entries 0 ..< 256")) {
            try badLevelOne.read(upTo: checkpoint)
        }
        let short = Self.reader(entries) { path, bytes in path.level == 0 ? Array(bytes.dropLast()) : bytes }
        #expect(throws: TileReaderError.self) { try short.read(upTo: checkpoint) }
        let extra = Self.reader(entries) { path, bytes in path.level == nil ? bytes + [0, 0] : bytes }
        #expect(
            throws: TileReaderError.mismatch(
                "entry bundle tile/entries/000 is malformed: an entry bundle has more than 256 entries")
        ) {
            try extra.read(upTo: checkpoint)
        }
        // A checkpoint beyond what the log serves: nothing proven, not a mismatch.
        #expect(throws: TileReaderError.unavailable("404 tile/entries/002.p/88")) {
            try Self.reader(Array(entries.prefix(512))).read(upTo: checkpoint)
        }
    }

    /// Issue 12, L6: a signed size no log can have is refused before any fetch (it used to trap on an
    /// overflow, or exhaust memory listing the bundles); a size at the bound is read as far as served.
    @Test(arguments: [UInt64(1) << 63, UInt64.max, TileReader.maximumTreeSize + 1])
    func anImplausibleSizeIsRefusedBeforeAnyFetch(size: UInt64) throws {
        let fetched = Mutex(0)
        let reader = TileReader { (path: TilePath) throws(TileReaderError) -> [UInt8] in
            fetched.withLock { $0 += 1 }
            throw .unavailable("404 \(path)")
        }
        let checkpoint = try Checkpoint(origin: "o", size: size, rootHash: [UInt8](repeating: 0, count: 32))
        let error = #expect(throws: TileReaderError.self) { try reader.read(upTo: checkpoint) }
        guard case .implausibleSize(let why)? = error else {
            Issue.record("not an implausible size: \(String(describing: error))")
            return
        }
        #expect(why.hasPrefix("the log signed a checkpoint of \(size) entries"))
        #expect(fetched.withLock { $0 } == 0)
        let atBound = try Checkpoint(
            origin: "o", size: TileReader.maximumTreeSize, rootHash: [UInt8](repeating: 0, count: 32))
        #expect(throws: TileReaderError.unavailable("404 tile/entries/000")) { try reader.read(upTo: atBound) }
    }
}
