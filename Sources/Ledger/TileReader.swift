import Transparency

/// Why a tiled log could not be read and checked.
public enum TileReaderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A tile or bundle could not be fetched (the log is down, or does not serve it): nothing is proven.
    case unavailable(String)
    /// What the log serves disagrees with itself or with the checkpoint: an entry or tile was altered.
    case mismatch(String)
    /// The checkpoint claims more entries than ``TileReader/maximumTreeSize``: no log reaches that, and
    /// reading towards it would only exhaust the reader. Nothing was fetched.
    case implausibleSize(String)

    public var description: String {
        switch self {
        case .unavailable(let why), .mismatch(let why), .implausibleSize(let why): why
        }
    }
}

/// Reads a whole C2SP tlog-tiles log up to a checkpoint and checks it against that checkpoint.
///
/// The entries are the evidence; the tiles are only the log's claim about them. So the reader fetches
/// every entry bundle, hashes the entries into a Merkle tree of its own (RFC 6962 §2.1), then checks
/// that every tile the log serves holds exactly the hashes of that tree, and that its root is the
/// checkpoint's root. A log cannot then serve one thing to a monitor that reads tiles and another to
/// one that reads entries.
public struct TileReader {
    /// Fetches the bytes of one tile or bundle (`path.description` below the log's prefix).
    public typealias Fetch = (TilePath) throws(TileReaderError) -> [UInt8]

    /// The entries of a checked log and the tree they make.
    public struct VerifiedLog: Sendable {
        /// Every entry, in log order.
        public let entries: [[UInt8]]
        /// The tree of the entries' leaf hashes; its root is the checkpoint's.
        public let tree: MerkleTree
    }

    /// The most entries a checkpoint may claim: 2^40, about a trillion. A reader holds every entry and
    /// its leaf hash in memory, so a real log stays far below it (a hundred million outcomes would be a
    /// very large public log); a signed size above it is the log's misbehaviour, refused before any
    /// fetch or allocation. (A size near 2^63 used to trap on an overflow or exhaust memory.)
    public static let maximumTreeSize: UInt64 = 1 << 40

    let fetch: Fetch

    public init(fetch: @escaping Fetch) { self.fetch = fetch }

    /// Reads every entry up to `checkpoint.size` and checks the tiles and the root.
    ///
    /// Throws ``TileReaderError/mismatch(_:)`` naming the first entry or tile that disagrees,
    /// ``TileReaderError/unavailable(_:)`` when a resource cannot be fetched, and
    /// ``TileReaderError/implausibleSize(_:)`` for a size above ``maximumTreeSize``.
    public func read(upTo checkpoint: Checkpoint) throws(TileReaderError) -> VerifiedLog {
        guard checkpoint.size <= Self.maximumTreeSize else {
            throw .implausibleSize(
                "the log signed a checkpoint of \(checkpoint.size) entries, more than the \(Self.maximumTreeSize) "
                    + "(2^40) any log can reach; nothing was fetched")
        }
        // Bundles are named as they are read, not listed up front: a list for 2^40 entries would not fit
        // in memory before the first fetch could fail. Memory then grows only with what the log serves.
        let bundleCount = (checkpoint.size + UInt64(TilePath.fullWidth) - 1) / UInt64(TilePath.fullWidth)
        let firstReservation = Int(min(checkpoint.size, 1 << 16))
        var entries: [[UInt8]] = []
        entries.reserveCapacity(firstReservation)
        var leafHashes: [UInt8] = []
        leafHashes.reserveCapacity(firstReservation * RFC6962.hashByteCount)
        for index in 0..<bundleCount {
            let width = TileLayout.availableWidth(level: 0, index: index, treeSize: checkpoint.size)
            let path = TilePath(entriesAt: index, width: width)
            let bytes = try fetch(path)
            let bundle: [[UInt8]]
            do {
                bundle = try TileLayout.entries(inBundle: bytes, count: path.width)
            } catch {
                throw .mismatch("entry bundle \(path) is malformed: \(error.description)")
            }
            for entry in bundle {
                entries.append(entry)
                leafHashes += RFC6962.leafHash(entry)
            }
        }
        let tree = MerkleTree(leafHashes: leafHashes)
        for path in TileLayout.paths(treeSize: checkpoint.size).tiles {
            let served = try fetch(path)
            guard served.count == path.width * RFC6962.hashByteCount else {
                throw .mismatch("tile \(path) has \(served.count) bytes, not \(path.width * RFC6962.hashByteCount)")
            }
            guard let expected = TileLayout.tile(path, hash: tree.completeSubtreeHash) else {
                throw .mismatch("tile \(path) is beyond the entries")  // cannot happen: paths come from the size
            }
            guard served != expected else { continue }
            let position = (0..<path.width).first {
                served[($0 * 32)..<($0 * 32 + 32)] != expected[($0 * 32)..<($0 * 32 + 32)]
            }!
            let level = path.level ?? 0
            let hashIndex = path.index * UInt64(TilePath.fullWidth) + UInt64(position)
            if level == 0 {
                throw .mismatch("entry \(hashIndex) does not hash to its leaf hash in tile \(path)")
            }
            let span = UInt64(1) << UInt64(8 * level)
            throw .mismatch(
                "tile \(path) disagrees with the entries \(hashIndex * span) ..< \((hashIndex + 1) * span)")
        }
        let root = tree.rootHash()
        guard root == checkpoint.rootHash else {
            throw .mismatch(
                "the \(checkpoint.size) entries do not hash to the checkpoint's root "
                    + "(\(NoteBase64.encode(checkpoint.rootHash)), they give \(NoteBase64.encode(root)))")
        }
        return VerifiedLog(entries: entries, tree: tree)
    }
}
