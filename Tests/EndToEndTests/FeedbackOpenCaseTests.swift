import API
import Casework
import Foundation
import TestSupport
import Testing

/// A feedback comment that reveals misconduct becomes a case with `candor-inspect feedback open-case`,
/// against the real server (Events.md, "Opening a case from feedback").
@Suite("End to end: a case opened from a feedback comment", .serialized)
final class FeedbackOpenCaseTests {
    let folder = NSTemporaryDirectory() + "candor-open-case-\(UUID().uuidString.prefix(8))"
    var server: Process?
    var url = ""
    var port: UInt16 = 0

    init() throws {
        try FileManager.default.createDirectory(atPath: folder + "/Keys", withIntermediateDirectories: true)
    }

    deinit {
        server?.terminate()
        server?.waitUntilExit()
        try? FileManager.default.removeItem(atPath: folder)
    }

    func keygen(_ names: [String]) throws {
        for name in names {
            let made = try Binaries.run(
                "candor-inspect", ["keygen", "--name", name, "--out", "\(folder)/\(name).candor-key"], in: folder)
            try #require(made.status == 0, "\(made.stderr)")
            try made.stdout.write(toFile: "\(folder)/Keys/\(name).pub", atomically: true, encoding: .utf8)
        }
    }

    func startServer() throws {
        server?.terminate()
        server?.waitUntilExit()
        (server, url, port) = try Binaries.startServer(data: folder + "/data", keys: folder + "/Keys")
    }

    func inspect(_ name: String, _ arguments: [String]) throws -> Transcript {
        let head =
            arguments[0] == "unit" || arguments[0] == "feedback" && arguments.count > 1 && arguments[1] == "open-case"
            ? Array(arguments.prefix(2)) : [arguments[0]]
        var common = ["--key", "\(folder)/\(name).candor-key", "--keys", folder + "/Keys"]
        if arguments[0] != "unit" { common += ["--mirror", "\(folder)/mirror-\(name)"] }
        return try Binaries.run("candor-inspect", head + common + Array(arguments.dropFirst(head.count)), in: folder)
    }

    /// Rates a visit in `province` with `comment` through the web form.
    func rate(_ province: String, _ comment: String) throws {
        let client = HTTPClient(server: try HTTPClient.ServerURL("http://127.0.0.1:\(port)"))
        let form = String(decoding: try client.send(method: "GET", target: "/feedback").body, as: UTF8.self)
        let ticket = try #require(HTMLForms.hiddenValue("ticket", in: form))
        let (type, body) = Binaries.urlencoded([
            ("ticket", ticket), ("province", province), ("agency", "cong-an"), ("procedure", "dang-ky-khai-sinh"),
            ("month", VisitMonth(CalendarDay(Date())).description), ("staff", "1"), ("timeliness", "2"),
            ("extras", "1"), ("overall", "1"), ("comment", comment),
        ])
        let response = try client.send(
            method: "POST", target: "/feedback", headers: [("Content-Type", type)], body: body)
        try #require(response.status == 200)
    }

    /// The index of the feedback record whose comment is `comment`, as `name`'s tool lists it.
    func feedbackID(_ name: String, _ comment: String) throws -> Int {
        let synced = try inspect(name, ["sync", "--server", url])
        try #require(synced.status == 0, "\(synced.stderr)")
        // A case opened from a feedback record of an earlier sync is filed without rebuilding the index.
        #expect(!synced.stderr.contains("rebuilding"), "\(synced.stderr)")
        let listed = try inspect(name, ["feedback", "--json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        return try #require(items.first { $0["comment"] as? String == comment }?["index"] as? Int)
    }

    @Test func aCommentBecomesACaseOnceWithNoCitizen() throws {
        try keygen(["lan", "minh"])
        try startServer()
        let comment = "Cán bộ bàn 3 đòi 200.000 đồng mới nhận hồ sơ"
        try rate("hue", comment)
        let record = try feedbackID("lan", comment)
        _ = try feedbackID("minh", comment)  // minh's mirror knows the feedback, not the opening to come

        let noReason = try inspect("lan", ["feedback", "open-case", String(record), "--yes"])
        #expect(noReason.status == 2 && noReason.stderr.contains("--reason"))
        let unconfirmed = try inspect("lan", ["feedback", "open-case", String(record), "--reason", "Đòi tiền"])
        #expect(unconfirmed.status == 2 && unconfirmed.stderr.contains("Nothing was signed"))
        #expect(unconfirmed.stdout.contains("comment (the case's report text): \(comment)"))

        let opened = try inspect(
            "lan", ["feedback", "open-case", "#\(record)", "--reason", "Cán bộ đòi tiền", "--yes", "--json"])
        try #require(opened.status == 0, "\(opened.stderr)")
        #expect(!opened.stderr.contains("rebuilding"), "\(opened.stderr)")
        #expect(opened.stderr.contains("the case has no citizen") || opened.stderr.contains("citizen: none"))
        let reply = try #require(try JSONSerialization.jsonObject(with: Data(opened.stdout.utf8)) as? [String: Any])
        let id = try #require(reply["case"] as? Int)
        #expect(reply["feedback"] as? Int == record && id > record)

        // list, the index and show: the comment is the report, marked as opened from feedback.
        let list = try inspect("lan", ["list", "--json"])
        let cases = try #require(
            (try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])?["cases"]
                as? [[String: Any]])
        let listed = try #require(cases.first { $0["id"] as? Int == id })
        #expect(listed["fromFeedback"] as? Bool == true && listed["status"] as? String == "new")
        #expect(listed["receivedOn"] as? String == CalendarDay(Date()).description)
        let show = try inspect("lan", ["show", String(id)])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("Opened from feedback #\(record)") && show.stdout.contains(comment))
        #expect(show.stdout.contains("open from feedback #\(record): Cán bộ đòi tiền"))

        // No citizen: the tool refuses a reply; the case is otherwise worked as any case.
        let replied = try inspect("lan", ["reply", String(id), "Cảm ơn"])
        #expect(
            replied.status == 1 && replied.stderr.contains("it has no citizen, so no reply can be sent"),
            "\(replied.status) \(replied.stderr)")
        #expect(try inspect("lan", ["accept", String(id)]).status == 0)

        // Opened once: lan's tool refuses; minh's, whose mirror predates the opening, is refused by the server.
        let again = try inspect("lan", ["feedback", "open-case", String(record), "--reason", "Lại", "--yes"])
        #expect(
            again.status == 1 && again.stderr.contains("was already opened as case \(id)"),
            "\(again.status) \(again.stderr)")
        let late = try inspect("minh", ["feedback", "open-case", String(record), "--reason", "Lại", "--yes"])
        #expect(late.status == 1 && late.stderr.contains("was already opened as case \(id)"), "\(late.stderr)")

        // Its case bundle holds the feedback record it was opened from, and verifies.
        let exported = try inspect("lan", ["export", String(id), "--out", folder + "/bundle"])
        #expect(exported.status == 0, "\(exported.stderr)")
        let verified = try Binaries.run(
            "candor-audit", ["verify-bundle", folder + "/bundle", "--keys", folder + "/Keys"], in: folder)
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/bundle/records/\(record).entry"))

        #expect(try inspect("lan", ["feedback"]).stdout.contains("\(comment) → case \(id)"))

        // minh, synced, sees the case.
        _ = try feedbackID("minh", comment)
        let shown = try inspect("minh", ["show", String(id)])
        #expect(shown.stdout.contains(comment))
    }

    @Test func withUnitsTheCaseGoesToTheFeedbacksUnitsOnly() throws {
        try keygen(["lan", "tuan", "cuong"])
        for (lead, unit) in [("lan", "ha-noi"), ("tuan", "chinh-phu"), ("cuong", "ca-mau")] {
            let made = try inspect(lead, ["unit", "create", "--unit", unit, "--members", lead])
            try #require(made.status == 0, "\(made.stderr)")
        }
        try startServer()
        let comment = "Cán bộ một cửa phường Ba Đình đòi 500.000 đồng"
        try rate("ha-noi", comment)
        let record = try feedbackID("lan", comment)

        // Cà Mau's member opens neither the comment nor a case from it.
        #expect(try inspect("cuong", ["sync", "--server", url]).status == 0)
        let outsider = try inspect("cuong", ["feedback", "open-case", String(record), "--reason", "x", "--yes"])
        #expect(outsider.status == 1 && outsider.stderr.contains("is not a feedback record your keys open"))

        let opened = try inspect(
            "lan", ["feedback", "open-case", String(record), "--reason", "Đòi tiền", "--yes", "--json"])
        try #require(opened.status == 0, "\(opened.stderr)")
        #expect(opened.stderr.contains("sealed to: ha-noi, chinh-phu"))
        let reply = try #require(try JSONSerialization.jsonObject(with: Data(opened.stdout.utf8)) as? [String: Any])
        let id = try #require(reply["case"] as? Int)
        // The national unit reads it; Cà Mau's sync withholds it.
        _ = try feedbackID("tuan", comment)
        #expect(try inspect("tuan", ["show", String(id)]).stdout.contains(comment))
        #expect(try inspect("cuong", ["sync", "--server", url]).status == 0)
        let withheld = try inspect("cuong", ["show", String(id)])
        #expect(withheld.status != 0 && !withheld.stdout.contains(comment), "\(withheld.stdout)")
    }
}
