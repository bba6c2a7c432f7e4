import API
import Casework
import Catalogue
import Foundation
import Stores
import TestSupport
import Testing

/// Issue 5's publishing path, with the real binaries: a citizen reports through the web form, an
/// inspector accepts and resolves, then `candor-inspect publish` sanitizes the summary, prints the
/// public record, refuses a flagged quote of the citizen's words, and publishes signed entries that the
/// server's outcomes log holds, each verifying with the inspector's key and free of personal data.
@Suite("End to end: publishing outcomes against a real candor-server", .serialized)
final class PublishTests {
    let folder: String
    let data: String
    let keys: String
    let server: Process
    let url: String
    let port: UInt16

    static let account =
        "Hôm đó cán bộ một cửa nói thẳng với tôi rằng không có năm trăm nghìn thì đừng mong nhận hồ sơ."
    /// A phone number, a name and an 8-word quote of the account.
    static let summary =
        "Ông Nguyễn Văn An, số 0912 345 678, bị cảnh cáo vì cán bộ một cửa nói thẳng với tôi rằng không có năm trăm nghìn."
    static let rewritten = "Ông Nguyễn Văn An, số 0912 345 678, bị cảnh cáo vì đòi tiền khi nhận hồ sơ."
    /// A capitalised word after a role that is no known name: kept, flagged.
    static let unsure = "Kế toán Xíu bị cảnh cáo vì đòi tiền khi nhận hồ sơ."

    init() throws {
        folder = NSTemporaryDirectory() + "candor-publish-\(UUID().uuidString.prefix(8))"
        data = folder + "/data"
        keys = folder + "/Keys"
        try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let made = try Binaries.run(
            "candor-inspect", ["keygen", "--name", "lan", "--out", "\(folder)/lan.candor-key"], in: folder)
        try #require(made.status == 0, "\(made.stderr)")
        try made.stdout.write(toFile: "\(keys)/lan.pub", atomically: true, encoding: .utf8)
        try Binaries.saveOutcomesKey(data: data, keys: keys)
        (server, url, port) = try Binaries.startServer(data: data, keys: keys)
    }

    deinit {
        if server.isRunning {
            server.terminate()
            server.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    func inspect(_ arguments: [String]) throws -> Transcript {
        let common = ["--key", "\(folder)/lan.candor-key", "--keys", keys, "--mirror", "\(folder)/mirror"]
        return try Binaries.run("candor-inspect", [arguments[0]] + common + Array(arguments.dropFirst()), in: folder)
    }

    func write(_ text: String, _ name: String) throws -> String {
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func publishSanitizesRefusesQuotesAndAppendsSignedEntries() throws {
        for _ in 0..<3 {
            try Binaries.report(port: port, account: Self.account, agency: "Bộ phận một cửa phường Ba Đình")
        }
        #expect(try inspect(["sync", "--server", url]).status == 0)
        let list = try inspect(["list", "--json"])
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])
        let ids = try #require(listed["cases"] as? [[String: Any]]).compactMap { $0["id"] as? Int }.map(String.init)
            .sorted()
        try #require(ids.count == 3)

        let summary = try write(Self.summary, "summary.txt")
        let rewritten = try write(Self.rewritten, "rewritten.txt")

        // A case that is not resolved is refused, clearly.
        let early = try inspect(["publish", ids[0], "--summary", rewritten, "--yes"])
        #expect(early.status == 1)
        #expect(early.stderr.contains("not resolved"), "\(early.stderr)")

        for id in ids {
            #expect(try inspect(["accept", id]).status == 0)
            let resolve = try inspect(["resolve", id, "--outcome", "can-bo-canh-cao", "--summary", summary])
            #expect(resolve.status == 0, "\(resolve.stderr)")
        }

        // The quote of the citizen's words refuses publication, even with --yes.
        let quoted = try inspect(["publish", ids[0], "--summary", summary, "--yes"])
        #expect(quoted.status == 1)
        #expect(quoted.stderr.contains("--accept-quotes"), "\(quoted.stderr)")
        #expect(quoted.stdout.contains("»"))
        #expect(quoted.stdout.contains("[đã ẩn]"))

        // Without a terminal and without --yes: refused (only checkable when this process has no terminal).
        if FileHandle(forUpdatingAtPath: "/dev/tty") == nil {
            let unconfirmed = try inspect(["publish", ids[0], "--summary", rewritten])
            #expect(unconfirmed.status == 1)
            #expect(unconfirmed.stderr.contains("--yes"), "\(unconfirmed.stderr)")
        }

        // A rewritten summary publishes; the record shows the redactions and none of the data.
        let published = try inspect(["publish", ids[0], "--summary", rewritten, "--yes"])
        #expect(published.status == 0, "\(published.stderr)")
        for field in [
            "id", "province", "agency", "procedure", "kinds", "outcome", "outcomeLabel", "summary",
            "monthReceived", "monthResolved", "resolvedWithin", "deadlineMet",
        ] {
            #expect(published.stdout.contains("  \(field):"), "\(field) missing from:\n\(published.stdout)")
        }
        #expect(!published.stdout.contains("daysToResolve"), "the exact days are not published")
        #expect(published.stdout.contains("[đã ẩn]"))
        #expect(published.stdout.contains("phone at characters"))
        #expect(!published.stdout.contains("0912"))
        #expect(!published.stdout.contains("Nguyễn Văn An"))
        #expect(published.stdout.contains("entry 0 of the public log"), "\(published.stdout)")
        #expect(published.stdout.contains("verifies with Keys/outcomes.key"))

        // A span the sanitizer is unsure of refuses publication, even with --yes, until --accept-flags.
        let unsure = try write(Self.unsure, "unsure.txt")
        let flagged = try inspect(["publish", ids[2], "--summary", unsure, "--yes"])
        #expect(flagged.status == 1)
        #expect(flagged.stderr.contains("--accept-flags"), "\(flagged.stderr)")
        #expect(flagged.stdout.contains("possibleName at characters 8..<11: «Xíu»"), "\(flagged.stdout)")

        // --accept-quotes publishes a flagged quote deliberately; --json for scripts.
        let accepted = try inspect(["publish", ids[1], "--summary", summary, "--yes", "--accept-quotes"])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        let scripted = try inspect([
            "publish", ids[2], "--summary", unsure, "--yes", "--accept-flags", "--json", "--agency", "Công an phường",
        ])
        #expect(scripted.status == 0, "\(scripted.stderr)")
        let last = try #require(scripted.stdout.split(separator: "\n").last)
        let reply = try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
        #expect(reply["index"] as? Int == 2)
        #expect(reply["checkpointVerified"] as? Bool == true)

        // Anyone can now verify the log with candor-audit, and read the outcomes on the public pages.
        let audit = try Binaries.run(
            "candor-audit",
            ["verify", url, "--key", "\(keys)/outcomes.key", "--keys", keys, "--state", "\(folder)/audit"],
            in: folder)
        #expect(audit.status == 0, "\(audit.stdout)\(audit.stderr)")
        #expect(audit.stdout.contains("verified 3 outcomes"), "\(audit.stdout)")
        let client = HTTPClient(server: try HTTPClient.ServerURL(url))
        let api = try client.send(method: "GET", target: "/api/v1/outcomes", headers: [], body: [])
        let published3 = try #require(try JSONSerialization.jsonObject(with: Data(api.body)) as? [String: Any])
        #expect((published3["outcomes"] as? [Any])?.count == 3)
        let page = String(
            decoding: try client.send(method: "GET", target: "/en/outcomes", headers: [], body: []).body, as: UTF8.self)
        let outcomeIDs = (published3["outcomes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(outcomeIDs.count == 3)
        for id in outcomeIDs { #expect(page.contains("/en/outcomes/\(id)"), "outcome \(id) is listed") }
        let detail = try client.send(
            method: "GET", target: "/en/outcomes/\(outcomeIDs.last ?? "")", headers: [], body: [])
        #expect(String(decoding: detail.body, as: UTF8.self).contains("Công an phường"))
        #expect(!page.contains("0912"))

        // The server's outcomes log: three entries, each signed by lan, none with the phone or the name.
        server.terminate()
        server.waitUntilExit()
        let store = try OutcomeStore(
            dataDirectory: data, origin: "candor.example/outcomes", catalog: try Catalog.bundled())
        defer { store.close() }
        #expect(store.count == 3)
        let lan = try InspectorKey(
            line: try String(contentsOfFile: "\(keys)/lan.pub", encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines))
        for signed in store.outcomes {
            #expect(signed.isSigned(by: lan.signingKey))
            let text = String(decoding: signed.entry, as: UTF8.self)
            #expect(!text.contains("0912"))
            #expect(!text.contains("345 678"))
            #expect(!text.contains("Nguyễn Văn An"))
            #expect(signed.outcome.outcome == "can-bo-canh-cao")
        }
        #expect(store.outcomes.map(\.outcome.agency).last == "Công an phường")
        #expect(Set(store.outcomes.map(\.outcome.id)).count == 3)
    }
}
