/// Which C2SP tlog-tiles resources a tree has, and their bytes (c2sp.org/tlog-tiles).
///
/// Tile L/N holds, for i in 0 ..< W, the hash of the complete subtree of 256^L leaves at position
/// 256·N + i: the hashes at tree height 8·L. Only complete subtrees ever enter a tile, so a tile's
/// first W hashes never change once the tree has them; a partial tile is the same tile cut at W.
public enum TileLayout {
    /// How many hashes (or entries) of the tile at `level` and `index` a tree of `treeSize` leaves has
    /// complete: 256 for a full tile, 1 … 255 for a partial one, 0 when the tree has none of it.
    ///
    /// Level `L` of a tree of size s has floor(s / 256^L) complete hashes (c2sp.org/tlog-tiles,
    /// "Partial Tiles"); an entry bundle counts as level 0.
    public static func availableWidth(level: Int, index: UInt64, treeSize: UInt64) -> Int {
        guard (0...TilePath.maximumLevel).contains(level) else { return 0 }
        let shift = UInt64(8 * level)
        let hashes = shift >= 64 ? 0 : treeSize >> shift
        let (start, overflow) = index.multipliedReportingOverflow(by: UInt64(TilePath.fullWidth))
        guard !overflow, hashes > start else { return 0 }
        return Int(min(hashes - start, UInt64(TilePath.fullWidth)))
    }

    /// Whether a tree of `treeSize` leaves can serve `path`: all of its `width` hashes are complete.
    ///
    /// A partial tile narrower than what the tree has now is still served: it is the tile an older
    /// checkpoint needs, and the log signs a checkpoint at every size, so a client holding one may ask
    /// for it ("Logs MUST serve partial tiles corresponding to tree sizes for which a checkpoint was
    /// produced").
    public static func exists(_ path: TilePath, treeSize: UInt64) -> Bool {
        path.width <= availableWidth(level: path.level ?? 0, index: path.index, treeSize: treeSize)
    }

    /// The tiles and bundles a client fetches to read and check a whole tree of `treeSize` leaves: every
    /// entry bundle and every tile of every level, full ones first, then the partial one of each level.
    public static func paths(treeSize: UInt64) -> (bundles: [TilePath], tiles: [TilePath]) {
        var bundles: [TilePath] = []
        var tiles: [TilePath] = []
        var level = 0
        while level <= TilePath.maximumLevel {
            let hashes = treeSize >> UInt64(8 * level)
            if hashes == 0 { break }
            let full = hashes / UInt64(TilePath.fullWidth)
            let partial = Int(hashes % UInt64(TilePath.fullWidth))
            for index in 0..<full {
                tiles.append(TilePath(level: level, index: index))
                if level == 0 { bundles.append(TilePath(entriesAt: index)) }
            }
            if partial > 0 {
                tiles.append(TilePath(level: level, index: full, width: partial))
                if level == 0 { bundles.append(TilePath(entriesAt: full, width: partial)) }
            }
            level += 1
            if level * 8 >= 64 { break }
        }
        return (bundles, tiles)
    }

    /// The bytes of tile `path` (its `width` hashes, concatenated), from `hash(height, index)`, the
    /// complete subtree hash source (``MerkleTree/completeSubtreeHash(level:index:)``); nil when the
    /// source lacks one of them. `path` must be a hash tile.
    public static func tile(_ path: TilePath, hash: (Int, UInt64) -> [UInt8]?) -> [UInt8]? {
        guard let level = path.level else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.width * RFC6962.hashByteCount)
        let (start, overflow) = path.index.multipliedReportingOverflow(by: UInt64(TilePath.fullWidth))
        guard !overflow else { return nil }
        for offset in 0..<UInt64(path.width) {
            guard let hash = hash(8 * level, start + offset) else { return nil }
            bytes += hash
        }
        return bytes
    }

    /// An entry bundle: each entry as a big-endian uint16 length and its bytes. An entry longer than
    /// 65 535 bytes is a programmer error (the log refuses them before they are appended).
    public static func bundle(_ entries: [[UInt8]]) -> [UInt8] {
        var bytes: [UInt8] = []
        for entry in entries {
            precondition(entry.count <= Int(UInt16.max), "an entry of a tile bundle is at most 65 535 bytes")
            bytes += [UInt8(entry.count >> 8), UInt8(entry.count & 0xFF)] + entry
        }
        return bytes
    }

    /// Splits an entry bundle into exactly `count` entries; throws when the bytes hold fewer or more.
    public static func entries(inBundle bytes: [UInt8], count: Int) throws(TilePathError) -> [[UInt8]] {
        var entries: [[UInt8]] = []
        var position = 0
        while position < bytes.count {
            guard bytes.count - position >= 2 else { throw TilePathError("an entry bundle ends inside a length") }
            let length = Int(bytes[position]) << 8 | Int(bytes[position + 1])
            position += 2
            guard bytes.count - position >= length else { throw TilePathError("an entry bundle ends inside an entry") }
            entries.append(Array(bytes[position..<(position + length)]))
            position += length
            guard entries.count <= count else { throw TilePathError("an entry bundle has more than \(count) entries") }
        }
        guard entries.count == count else {
            throw TilePathError("an entry bundle has \(entries.count) entries, not \(count)")
        }
        return entries
    }
}
