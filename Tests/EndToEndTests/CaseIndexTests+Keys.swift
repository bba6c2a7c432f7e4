import Foundation
import TestSupport
import Testing

/// A Keys/ folder that gains a colleague's key: the index is refreshed, not rebuilt, and says the same as
/// one rebuilt from the mirror.
extension CaseIndexTests {
    @Test func aKeyAddedToKeysRefreshesTheIndexWithoutARebuild() throws {
        try keygen("lan")
        try keygen("minh")
        // lan's copy of Keys/ does not list minh yet; the server's does.
        let lanKeys = folder + "/LanKeys"
        try FileManager.default.createDirectory(atPath: lanKeys, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: keys + "/lan.pub", toPath: lanKeys + "/lan.pub")
        let (server, url, port) = try Binaries.startServer(data: folder + "/data", keys: keys)
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        try FileManager.default.copyItem(atPath: keys + "/log.key", toPath: lanKeys + "/log.key")
        func lan(_ arguments: [String]) throws -> Transcript {
            let common = ["--key", "\(folder)/lan.candor-key", "--keys", lanKeys, "--mirror", "\(folder)/mirror-lan"]
            return try Binaries.run(
                "candor-inspect", [arguments[0]] + common + Array(arguments.dropFirst()), in: folder)
        }
        try Binaries.report(port: port, account: "The clerk asked for an envelope of cash.", agency: "Phòng CSGT số 7")
        try Binaries.report(port: port, account: "A second report about the same desk.", agency: "Phòng CSGT số 7")
        #expect(try lan(["sync", "--server", url]).status == 0)
        #expect(try inspect("minh", ["sync", "--server", url]).status == 0)
        #expect(try inspect("minh", ["accept", "1"]).status == 0)
        #expect(try lan(["sync"]).status == 0)

        // minh's accept counts for nothing while lan's Keys/ does not know minh.
        let unknown = try lan(["list", "--json", "--today", "2026-11-02"])
        #expect(unknown.stderr.isEmpty, "\(unknown.stderr)")
        #expect(unknown.stdout.contains("\"flaggedEvents\":true"), "\(unknown.stdout)")
        let pagesBefore = try pages()

        try FileManager.default.copyItem(atPath: keys + "/minh.pub", toPath: lanKeys + "/minh.pub")
        let known = try lan(["list", "--json", "--today", "2026-11-02"])
        #expect(!known.stderr.contains("rebuilding the case index"), "\(known.stderr)")
        #expect(known.stdout.contains("\"status\":\"accepted\""), "\(known.stdout)")
        #expect(!known.stdout.contains("\"flaggedEvents\":true"), "\(known.stdout)")
        #expect(try pages().count == pagesBefore.count)
        let show = try lan(["show", "1", "--json", "--today", "2026-11-02"])
        #expect(!show.stderr.contains("rebuilding the case index"), "\(show.stderr)")

        // The same as an index rebuilt from the mirror.
        try FileManager.default.removeItem(atPath: index)
        let rebuilt = try lan(["list", "--json", "--today", "2026-11-02"])
        #expect(rebuilt.stderr.contains("rebuilding the case index"), "\(rebuilt.stderr)")
        #expect(rebuilt.stdout == known.stdout)
        #expect(try lan(["show", "1", "--json", "--today", "2026-11-02"]).stdout == show.stdout)

        // A key that goes (or is revoked) may change any case: the index is rebuilt.
        try FileManager.default.removeItem(atPath: lanKeys + "/minh.pub")
        let gone = try lan(["list", "--json", "--today", "2026-11-02"])
        #expect(gone.stderr.contains("rebuilding the case index"), "\(gone.stderr)")
        #expect(gone.stdout == unknown.stdout)
    }
}
