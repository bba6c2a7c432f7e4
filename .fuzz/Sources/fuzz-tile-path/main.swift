import Transparency

/// libFuzzer entry point for the C2SP tlog-tiles path parser (TilePath) and the entry bundle reader.
///
/// Parsing must never crash, and a path that parses must print back to exactly the input (without a
/// leading `/`): each tile has one spelling, so no two paths can name one tile and no path can name
/// anything outside `tile/`. The same bytes are read as an entry bundle of a few widths; a bundle that
/// splits must rebuild to the same bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    if let text = String(validating: input, as: UTF8.self), let path = try? TilePath(parsing: text) {
        let expected = text.hasPrefix("/") ? String(text.dropFirst()) : text
        precondition(path.description == expected, "a tile path does not print back to its text")
        precondition((try? TilePath(parsing: path.description)) == path, "a tile path changed in a round trip")
        precondition((1...TilePath.fullWidth).contains(path.width), "a width outside 1 ... 256")
        precondition(!path.description.contains(".."), "a tile path with ..")
        _ = TileLayout.exists(path, treeSize: UInt64(size) << 20)
        _ = TileLayout.availableWidth(level: path.level ?? 0, index: path.index, treeSize: UInt64.max)
    }
    for count in [1, 2, 3, 256] {
        if let entries = try? TileLayout.entries(inBundle: input, count: count) {
            precondition(TileLayout.bundle(entries) == input, "a bundle does not rebuild to its bytes")
        }
    }
    return 0
}
