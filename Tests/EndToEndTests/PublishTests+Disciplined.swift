import API
import Foundation
import Outcomes
import TestSupport
import Testing

/// The named-official field through the real tools (Outcomes.md, "The disciplined official"): a name is
/// refused while Keys/outcomes.names is absent, a quote of the citizen is refused, the field is shown
/// first in the review and needs --confirm-disciplined even with --yes, and the public page shows it.
extension PublishTests {
    @Test func theDisciplinedOfficialIsConfirmedApartAndNeverTheCitizens() throws {
        for _ in 0..<2 {
            try Binaries.report(port: port, account: Self.account, agency: "Bộ phận một cửa phường Ba Đình")
        }
        #expect(try inspect(["sync", "--server", url]).status == 0)
        let list = try inspect(["list", "--json"])
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])
        let caseIDs = try #require(listed["cases"] as? [[String: Any]]).compactMap { $0["id"] as? Int }.sorted()
            .map(String.init)
        try #require(caseIDs.count == 2)
        let (caseID, secondID) = (caseIDs[0], caseIDs[1])
        let summary = try write(Self.rewritten, "rewritten.txt")
        for id in caseIDs {
            #expect(try inspect(["accept", id]).status == 0)
            #expect(try inspect(["resolve", id, "--outcome", "can-bo-canh-cao", "--summary", summary]).status == 0)
        }
        let official = ["--disciplined-position", "Phó Trưởng bộ phận", "--disciplined-unit", "Bộ phận một cửa"]

        let named = try inspect(
            [
                "publish", caseID, "--summary", summary, "--yes", "--confirm-disciplined", "--disciplined-name",
                "Lê Văn Bình",
            ]
                + official)
        #expect(named.status == 1)
        #expect(named.stderr.contains("does not publish officials' names"), "\(named.stderr)")
        #expect(named.stderr.contains("outcomes.names"))

        let quoting = try inspect(
            [
                "publish", caseID, "--summary", summary, "--yes", "--confirm-disciplined", "--disciplined-position",
                "Cán bộ", "--disciplined-unit", "cán bộ một cửa nói thẳng với tôi rằng không có năm trăm nghìn",
            ])
        #expect(quoting.status == 1)
        #expect(quoting.stderr.contains("quotes the citizen's own words"), "\(quoting.stderr)")

        let unconfirmed = try inspect(["publish", caseID, "--summary", summary, "--yes"] + official)
        #expect(unconfirmed.status == 1)
        #expect(unconfirmed.stdout.hasPrefix("==== The disciplined official"), "\(unconfirmed.stdout)")
        #expect(unconfirmed.stdout.contains("  position:      Phó Trưởng bộ phận"))
        #expect(unconfirmed.stderr.contains("--confirm-disciplined"), "\(unconfirmed.stderr)")

        let published = try inspect(
            ["publish", caseID, "--summary", summary, "--yes", "--confirm-disciplined"] + official)
        #expect(published.status == 0, "\(published.stderr)")
        #expect(published.stdout.contains("entry 0 of the public log"), "\(published.stdout)")

        let client = HTTPClient(server: try HTTPClient.ServerURL(url))
        let api = try client.send(method: "GET", target: "/api/v1/outcomes", headers: [], body: [])
        let page = try #require(try JSONSerialization.jsonObject(with: Data(api.body)) as? [String: Any])
        let id = try #require((page["outcomes"] as? [[String: Any]])?.first?["id"] as? String)
        for (prefix, label) in [("", "Cán bộ bị kỷ luật"), ("/en", "Official disciplined")] {
            let detail = String(
                decoding: try client.send(method: "GET", target: "\(prefix)/outcomes/\(id)", headers: [], body: [])
                    .body,
                as: UTF8.self)
            #expect(detail.contains(label), "\(detail)")
            #expect(detail.contains("Phó Trưởng bộ phận"))
            #expect(detail.contains("Bộ phận một cửa"))
        }

        // The operator allows names (Keys/outcomes.names) and restarts: a named outcome is published and
        // the audit, with that Keys folder, passes. A malformed setting stops the server instead.
        server.terminate()
        server.waitUntilExit()
        let names = keys + "/" + "outcomes.names"
        try "allowed\n".write(toFile: names, atomically: true, encoding: .utf8)
        let refused = try ChildProcess.run(
            try BuiltProducts.path("candor-server"),
            [
                "--data", data, "--keys", keys, "--listen", "127.0.0.1:0", "--origin", "e2e.candor.example/intake",
            ],
            in: folder, environment: Binaries.environment, timeout: 30)
        #expect(!refused.wasStopped && refused.status != 0)
        #expect(refused.stderr.contains("outcomes.names"), "\(refused.stderr)")
        try "# Quyết định kỷ luật được công khai.\ncandor-outcome-names v1 allowed\n".write(
            toFile: names, atomically: true, encoding: .utf8)
        let (restarted, newURL, _) = try Binaries.startServer(data: data, keys: keys)
        defer {
            restarted.terminate()
            restarted.waitUntilExit()
        }
        let allowed = try inspect(
            [
                "publish", secondID, "--summary", summary, "--yes", "--confirm-disciplined", "--server", newURL,
                "--disciplined-name", "Lê Văn Bình",
            ] + official)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stdout.contains("  name:          Lê Văn Bình"), "\(allowed.stdout)")
        let audit = try Binaries.run(
            "candor-audit",
            ["verify", newURL, "--key", "\(keys)/outcomes.key", "--keys", keys, "--state", "\(folder)/audit"],
            in: folder)
        #expect(audit.status == 0, "\(audit.stdout)\(audit.stderr)")
        #expect(audit.stdout.contains("verified 2 outcomes"), "\(audit.stdout)")
    }
}
