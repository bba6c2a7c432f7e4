import Testing

@testable import Transparency

/// C2SP tlog-tiles paths (TilePath.swift): the one spelling of each tile, and everything else refused.
@Suite("TilePath")
struct TilePathTests {
    @Test(arguments: [
        ("tile/0/000", TilePath(level: 0, index: 0)),
        ("tile/0/001", TilePath(level: 0, index: 1)),
        ("tile/0/x001/234", TilePath(level: 0, index: 1234)),
        ("tile/1/000.p/17", TilePath(level: 1, index: 0, width: 17)),
        ("tile/0/x001/x234/067", TilePath(level: 0, index: 1_234_067)),
        ("tile/63/999.p/255", TilePath(level: 63, index: 999, width: 255)),
        ("tile/2/x001/000.p/1", TilePath(level: 2, index: 1000, width: 1)),
        ("tile/entries/000", TilePath(entriesAt: 0)),
        ("tile/entries/x012/345.p/3", TilePath(entriesAt: 12345, width: 3)),
        ("tile/0/x018/x446/x744/x073/x709/x551/615", TilePath(level: 0, index: UInt64.max)),
    ])
    func goodPathsParseAndPrintBack(text: String, expected: TilePath) throws {
        #expect(try TilePath(parsing: text) == expected)
        #expect(try TilePath(parsing: "/" + text) == expected)
        #expect(expected.description == text)
    }

    @Test(arguments: [
        "", "/", "tile", "tile/", "tile/0", "tile/0/", "/tile/0/", "tiles/0/000", "Tile/0/000", "tile/00/000",
        "tile/01/000", "tile/64/000", "tile/-1/000", "tile/+1/000", "tile/1a/000", "tile/ 0/000", "tile/0/0",
        "tile/0/00", "tile/0/0000", "tile/0/x000", "tile/0/x000/001", "tile/0/001/234", "tile/0/x01/234",
        "tile/0/xx01/234", "tile/0/X001/234", "tile/0/x001/x234", "tile/0/x001//234", "tile/0/000.p/0",
        "tile/0/000.p/256", "tile/0/000.p/017", "tile/0/000.p/", "tile/0/000.p", "tile/0/000.P/5", "tile/0/000.q/5",
        "tile/0/000.p/5/", "tile/0/000/", "tile/0/000.p/5/6", "tile/0/x000.p/5", "tile/0/x001.p/5/234",
        "tile/entries", "tile/entries/", "tile/entries/0", "tile/Entries/000", "tile/entries/x000/000",
        "tile/0/../000", "tile/../0/000", "tile/0/./000", "../tile/0/000", "tile/0/%30%30%30", "tile/0/000?x=1",
        "tile/0/000#", "tile/0/０００", "tile/0/x019/x000/x000/x000/x000/x000/000",
        "tile/0/x001/x001/x001/x001/x001/x001/x001/001",
        "tile/0/x018/x446/x744/x073/x709/x551/616", "//tile/0/000", "tile/0/000.p/1.p/1", "tile/0/\u{0}00",
    ])
    func badPathsAreRefused(text: String) {
        #expect(throws: TilePathError.self) { try TilePath(parsing: text) }
    }

    @Test func indexEncodingMatchesTheSpecExample() throws {
        #expect(TilePath.encode(index: 1_234_067) == "x001/x234/067")
        #expect(TilePath.encode(index: 999) == "999")
        #expect(TilePath.encode(index: 1000) == "x001/000")
        for index: UInt64 in [0, 5, 999, 1000, 65_535, 1_000_000, 123_456_789_012, UInt64.max - 1] {
            let path = TilePath(level: 3, index: index, width: 9)
            #expect(try TilePath(parsing: path.description) == path)
        }
    }
}
