import Foundation
import TestSupport
import Testing

/// The case index with the real binaries: sync keeps it, list and show read it, and a deleted, damaged,
/// foreign or stale index is rebuilt from the mirror with a line on stderr, the output unchanged.
@Suite("End to end: the encrypted case index is kept by sync and rebuilt when it cannot be trusted", .serialized)
final class CaseIndexTests {
    let folder: String
    let keys: String

    init() throws {
        folder = NSTemporaryDirectory() + "candor-index-\(UUID().uuidString.prefix(8))"
        keys = folder + "/Keys"
        try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func keygen(_ name: String) throws {
        let made = try Binaries.run(
            "candor-inspect", ["keygen", "--name", name, "--out", "\(folder)/\(name).candor-key"], in: folder)
        try #require(made.status == 0, "\(made.stderr)")
        try made.stdout.write(toFile: "\(keys)/\(name).pub", atomically: true, encoding: .utf8)
    }

    func inspect(_ name: String, _ arguments: [String]) throws -> Transcript {
        let common = ["--key", "\(folder)/\(name).candor-key", "--keys", keys, "--mirror", "\(folder)/mirror-\(name)"]
        return try Binaries.run("candor-inspect", [arguments[0]] + common + Array(arguments.dropFirst()), in: folder)
    }

    var index: String { folder + "/mirror-lan/index" }

    func pages() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: index).filter { $0.hasPrefix("page-") }.sorted()
            .map { index + "/" + $0 }
    }

    /// `list --json` and `show 1 --json` give `expected`, and said on stderr whether they rebuilt the index.
    func expectSame(_ expected: (String, String), rebuilt: Bool, _ comment: Comment) throws {
        let list = try inspect("lan", ["list", "--json", "--today", "2026-11-02"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout == expected.0, comment)
        #expect(list.stderr.contains("rebuilding the case index") == rebuilt, "\(comment): \(list.stderr)")
        let show = try inspect("lan", ["show", "1", "--json", "--today", "2026-11-02"])
        #expect(show.stdout == expected.1, comment)
        #expect(!show.stderr.contains("rebuilding the case index"), "list rebuilt it already: \(show.stderr)")
    }

    /// A server for `inspectors` holding two reports about one desk, both in Hà Nội; lan has synced.
    func serveTwoReports(_ inspectors: [String]) throws -> (server: Process, url: String, port: UInt16) {
        for name in inspectors { try keygen(name) }
        let (server, url, port) = try Binaries.startServer(data: folder + "/data", keys: keys)
        try Binaries.report(port: port, account: "The clerk asked for an envelope of cash.", agency: "Phòng CSGT số 7")
        try Binaries.report(port: port, account: "A second report about the same desk.", agency: "Phòng CSGT số 7")
        #expect(try inspect("lan", ["sync", "--server", url]).status == 0)
        return (server, url, port)
    }

    @Test func syncKeepsTheIndexAndEveryUntrustworthyIndexIsRebuilt() throws {
        let (server, url, port) = try serveTwoReports(["lan", "thu"])
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        #expect(try inspect("thu", ["sync", "--server", url]).status == 0)
        #expect(try inspect("lan", ["accept", "1"]).status == 0)
        let list = try inspect("lan", ["list", "--json", "--today", "2026-11-02"])
        #expect(list.stderr.isEmpty, "sync and accept kept the index: \(list.stderr)")
        #expect(list.stdout.contains("\"status\":\"accepted\""), "\(list.stdout)")
        let show = try inspect("lan", ["show", "1", "--json", "--today", "2026-11-02"])
        #expect(show.stdout.contains("envelope of cash"))
        let expected = (list.stdout, show.stdout)

        // No plaintext at rest: nothing of the reports is readable in the index.
        for path in try pages() + [index + "/directory"] {
            let bytes = try #require(FileManager.default.contents(atPath: path))
            for secret in ["envelope of cash", "CSGT", "ha-noi", "hoi-lo", "lan"] {
                #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) in \(path)")
            }
        }

        try FileManager.default.removeItem(atPath: index)
        try expectSame(expected, rebuilt: true, "a deleted index")

        let page = try #require(try pages().first)
        var bytes = try #require(FileManager.default.contents(atPath: page))
        bytes[bytes.count / 2] ^= 0x40
        try bytes.write(to: URL(fileURLWithPath: page))
        try expectSame(expected, rebuilt: true, "a garbled page")

        let cut = try #require(try pages().first)
        let whole = try #require(FileManager.default.contents(atPath: cut))
        try whole.prefix(whole.count - 20).write(to: URL(fileURLWithPath: cut))
        try expectSame(expected, rebuilt: true, "a truncated page")

        var directory = try #require(FileManager.default.contents(atPath: index + "/directory"))
        directory[20] ^= 0x01
        try directory.write(to: URL(fileURLWithPath: index + "/directory"))
        try expectSame(expected, rebuilt: true, "a garbled directory")

        try FileManager.default.removeItem(atPath: index)
        try FileManager.default.copyItem(atPath: folder + "/mirror-thu/index", toPath: index)
        try expectSame(expected, rebuilt: true, "thu's index in lan's mirror")

        // An index behind the mirror: the one from before a third report and its sync.
        try FileManager.default.copyItem(atPath: index, toPath: folder + "/old-index")
        try Binaries.report(port: port, account: "A third report.", agency: "Phòng CSGT số 7")
        #expect(try inspect("lan", ["sync"]).status == 0)
        let three = try inspect("lan", ["list", "--json", "--today", "2026-11-02"])
        #expect(three.stderr.isEmpty, "sync filed the new report: \(three.stderr)")
        #expect(three.stdout.contains("\"cases\":3"), "\(three.stdout)")
        try FileManager.default.removeItem(atPath: index)
        try FileManager.default.copyItem(atPath: folder + "/old-index", toPath: index)
        let again = try inspect("lan", ["list", "--json", "--today", "2026-11-02"])
        #expect(again.stderr.contains("rebuilding the case index"), "\(again.stderr)")
        #expect(again.stdout == three.stdout)
    }

    /// A sync leaves its new reports sealed (CaseIndex.md, "Reports opened when needed"): `list` opens
    /// the ones it shows, and the first filter on a report's field opens all of them into the index, once.
    @Test func theFirstFilterOnAReportsFieldOpensTheSealedReportsOnce() throws {
        let (server, _, _) = try serveTwoReports(["lan"])
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        #expect(try inspect("lan", ["accept", "1"]).status == 0)
        let plain = try inspect("lan", ["list", "--json", "--today", "2026-11-02"])
        #expect(plain.stdout.contains("\"province\":\"ha-noi\""), "a page opens what it shows: \(plain.stdout)")
        #expect(plain.stdout.contains("\"status\":\"accepted\""), "\(plain.stdout)")
        #expect(plain.stderr.isEmpty, "\(plain.stderr)")

        let filtered = try inspect("lan", ["list", "--json", "--today", "2026-11-02", "--province", "ha-noi"])
        #expect(filtered.status == 0, "\(filtered.stderr)")
        #expect(filtered.stderr.contains("opening the reports"), "\(filtered.stderr)")
        #expect(filtered.stdout == plain.stdout, "both cases are in Hà Nội")
        let again = try inspect("lan", ["list", "--json", "--today", "2026-11-02", "--kind", "hoi-lo"])
        #expect(again.stderr.isEmpty, "opened once: \(again.stderr)")
        #expect(again.stdout == plain.stdout)
        let none = try inspect("lan", ["list", "--json", "--today", "2026-11-02", "--province", "ca-mau"])
        #expect(none.status == 0 && !none.stdout.contains("\"id\""), "\(none.stdout)")
        #expect(try inspect("lan", ["list", "--json", "--today", "2026-11-02"]).stdout == plain.stdout)
    }
}
