/// Why a tile path was refused: it is not in the one spelling C2SP tlog-tiles allows.
public struct TilePathError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

/// The address of a C2SP tlog-tiles resource: a Merkle tree tile `tile/<L>/<N>[.p/<W>]` or an entry
/// bundle `tile/entries/<N>[.p/<W>]` (c2sp.org/tlog-tiles, "Merkle Tree" and "Log entries").
///
/// - `<L>` is the level, a decimal integer 0 … 63 without leading zeros;
/// - `<N>` is the tile index, in zero-padded 3-digit path elements, all but the last prefixed with `x`
///   (index 1234067 is `x001/x234/067`);
/// - `.p/<W>` marks a partial tile of width `<W>`, a decimal 1 … 255 without leading zeros.
///
/// Parsing is strict: every index and width has exactly one spelling, so a path that parses prints
/// back to itself (``description``). Nothing but digits, `x`, `/`, `.p` and `entries` is ever accepted,
/// which rules out `..`, empty segments and any other way out of the tile namespace.
public struct TilePath: Sendable, Hashable, CustomStringConvertible {
    /// Hashes per full tile, and entries per full bundle.
    public static let fullWidth = 256
    /// The highest level the spec allows.
    public static let maximumLevel = 63

    /// A tile of hashes at a level, or an entry bundle.
    public enum Kind: Sendable, Hashable {
        /// Level `L` holds the hashes at tree height 8·L.
        case hashes(level: Int)
        case entries
    }

    public let kind: Kind
    /// The tile's index within its level.
    public let index: UInt64
    /// 256 for a full tile, 1 … 255 for a partial one.
    public let width: Int

    /// A Merkle tree tile. A level outside 0 … 63 or a width outside 1 … 256 is a programmer error.
    public init(level: Int, index: UInt64, width: Int = TilePath.fullWidth) {
        precondition((0...Self.maximumLevel).contains(level), "a tile level is 0 to 63 (got \(level))")
        precondition((1...Self.fullWidth).contains(width), "a tile width is 1 to 256 (got \(width))")
        kind = .hashes(level: level)
        self.index = index
        self.width = width
    }

    /// An entry bundle. A width outside 1 … 256 is a programmer error.
    public init(entriesAt index: UInt64, width: Int = TilePath.fullWidth) {
        precondition((1...Self.fullWidth).contains(width), "a bundle width is 1 to 256 (got \(width))")
        kind = .entries
        self.index = index
        self.width = width
    }

    public var isPartial: Bool { width < Self.fullWidth }

    /// The level, or nil for an entry bundle.
    public var level: Int? {
        if case .hashes(let level) = kind { return level }
        return nil
    }

    /// The path below the log's prefix, without a leading `/`: `tile/0/x001/234.p/17`.
    public var description: String {
        let head =
            switch kind {
            case .hashes(let level): "tile/\(level)/"
            case .entries: "tile/entries/"
            }
        return head + Self.encode(index: index) + (isPartial ? ".p/\(width)" : "")
    }

    /// `index` as 3-digit path elements, all but the last prefixed with `x`.
    static func encode(index: UInt64) -> String {
        var groups: [UInt64] = []
        var rest = index
        repeat {
            groups.append(rest % 1000)
            rest /= 1000
        } while rest > 0
        return groups.reversed().enumerated().map { position, group in
            let digits = String(group)
            let padded = String(repeating: "0", count: 3 - digits.count) + digits
            return (position == groups.count - 1 ? "" : "x") + padded
        }.joined(separator: "/")
    }

    /// Parses a path below the log's prefix, with or without its leading `/`: `tile/0/x001/234.p/17`,
    /// `/tile/entries/000`.
    public init(parsing path: String) throws(TilePathError) {
        var elements = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map(Array.init)
        if elements.first == [] { elements.removeFirst() }  // the leading "/"
        // tile, the level, up to 7 index elements (UInt64 has 20 digits), and ".p" joined to the last one.
        guard elements.count >= 3, elements.count <= 10 else { throw TilePathError("not a tile path") }
        guard elements[0] == Array("tile".utf8) else { throw TilePathError("a tile path starts with tile/") }
        var width = Self.fullWidth
        if elements.count >= 4, let last = elements.last, let penultimate = elements.dropLast().last,
            penultimate.count == 5, penultimate.suffix(2) == Array(".p".utf8)
        {
            guard let parsed = Self.decimal(last), (1..<Self.fullWidth).contains(parsed) else {
                throw TilePathError("a partial width is 1 to 255 without leading zeros")
            }
            width = parsed
            elements.removeLast()
            elements[elements.count - 1].removeLast(2)
        }
        let kind: Kind
        if elements[1] == Array("entries".utf8) {
            kind = .entries
        } else if let level = Self.decimal(elements[1]), level <= Self.maximumLevel {
            kind = .hashes(level: level)
        } else {
            throw TilePathError("a tile level is 0 to 63 without leading zeros, or entries")
        }
        let indexElements = elements[2...]
        guard (1...7).contains(indexElements.count) else { throw TilePathError("a tile index has 1 to 7 elements") }
        var index: UInt64 = 0
        for (position, element) in indexElements.enumerated() {
            let isLast = position == indexElements.count - 1
            var digits = element[...]
            if !isLast {
                guard digits.first == UInt8(ascii: "x") else {
                    throw TilePathError("every index element but the last starts with x")
                }
                digits = digits.dropFirst()
            }
            guard digits.count == 3, digits.allSatisfy({ (0x30...0x39).contains($0) }) else {
                throw TilePathError("an index element is 3 digits")
            }
            let group = UInt64(digits.reduce(0) { $0 * 10 + Int($1 - 0x30) })
            // One spelling per index: no leading all-zero element (x000/005 is 005).
            guard position > 0 || isLast || group > 0 else { throw TilePathError("a tile index has a leading x000") }
            let (shifted, overflow) = index.multipliedReportingOverflow(by: 1000)
            let (sum, carry) = shifted.addingReportingOverflow(group)
            guard !overflow, !carry else { throw TilePathError("a tile index beyond 2^64") }
            index = sum
        }
        self.kind = kind
        self.index = index
        self.width = width
    }

    /// A decimal number of at most 3 digits without leading zeros ("0" itself is fine).
    private static func decimal(_ bytes: [UInt8]) -> Int? {
        guard (1...3).contains(bytes.count), bytes.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        guard bytes.count == 1 || bytes[0] != 0x30 else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
