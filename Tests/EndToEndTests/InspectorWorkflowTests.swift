import API
import Foundation
import TestSupport
import Testing

/// Issue 4's end-to-end path, with the real binaries only: two inspectors make keys, a citizen
/// reports through the web form, the inspectors sync, show, accept, reply (the citizen reads it),
/// extend, assign, note, resolve, and the citizen rates the outcome; history verifies every event.
@Suite("End to end: the inspectors' workflow against a real candor-server", .serialized)
final class InspectorWorkflowTests {
    let folder: String
    let server: Process
    let url: String
    let port: UInt16
    let keys: String

    init() throws {
        folder = NSTemporaryDirectory() + "candor-e2e-\(UUID().uuidString.prefix(8))"
        keys = folder + "/Keys"
        try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
        for name in ["lan", "minh"] {
            let made = try Binaries.run(
                "candor-inspect", ["keygen", "--name", name, "--out", "\(folder)/\(name).candor-key"], in: folder)
            try #require(made.status == 0, "\(made.stderr)")
            try made.stdout.write(toFile: "\(keys)/\(name).pub", atomically: true, encoding: .utf8)
        }
        (server, url, port) = try Binaries.startServer(data: folder + "/data", keys: keys)
    }

    deinit {
        server.terminate()
        server.waitUntilExit()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// candor-inspect as `name`, with their key, the deployment's keys and their own mirror.
    func inspect(_ name: String, _ arguments: [String]) throws -> Transcript {
        let command = arguments[0]
        let common = ["--key", "\(folder)/\(name).candor-key", "--keys", keys, "--mirror", "\(folder)/mirror-\(name)"]
        return try Binaries.run("candor-inspect", [command] + common + Array(arguments.dropFirst()), in: folder)
    }

    /// A citizen's request: a multipart form for the report, an urlencoded one for the status pages.
    func citizen(_ method: String, _ path: String, form: [(String, String)]? = nil) throws -> (Int, String) {
        let client = HTTPClient(server: try HTTPClient.ServerURL("http://127.0.0.1:\(port)"))
        var headers: [(String, String)] = []
        var body: [UInt8] = []
        if let form, path.hasSuffix("/report") {
            let (type, bytes) = HTMLForms.multipart(
                form, files: [("file", "IMG_0042.jpg", "image/jpeg", HTMLForms.jpegWithGPS())])
            headers.append(("Content-Type", type))
            body = bytes
        } else if let form {
            let (type, bytes) = Binaries.urlencoded(form)
            headers.append(("Content-Type", type))
            body = bytes
        }
        let response = try client.send(method: method, target: path, headers: headers, body: body)
        return (response.status, String(decoding: response.body, as: UTF8.self))
    }

    @Test func theWholeWorkflow() throws {
        // 2. A citizen reports through the web form.
        let (formStatus, form) = try citizen("GET", "/en/report")
        #expect(formStatus == 200)
        let ticket = try #require(HTMLForms.hiddenValue("ticket", in: form))
        let account = "At the one-stop desk the officer asked for 500,000 dong to accept the licence file."
        let (receiptStatus, receipt) = try citizen(
            "POST", "/en/report",
            form: [
                ("ticket", ticket), ("province", "ha-noi"), ("procedure", "doi-giay-phep-lai-xe"),
                ("agency", "Ba Dinh ward one-stop desk"), ("misconduct", "hoi-lo"), ("account", account),
                ("month", "10"), ("year", "2026"),
            ])
        #expect(receiptStatus == 200)
        let token = try #require(HTMLForms.receiptToken(in: receipt), "no token on the receipt page")

        // 3. Both inspectors sync.
        for name in ["lan", "minh"] {
            let sync = try inspect(name, ["sync", "--server", url])
            #expect(sync.status == 0, "\(sync.stderr)")
        }
        let again = try inspect("lan", ["sync", "--server", url])
        #expect(again.status == 0)
        #expect(again.stdout.contains("up to date"), "\(again.stdout)")
        let quiet = try inspect("minh", ["sync", "--json"])
        #expect(quiet.stdout.contains("\"newRecords\":0"), "\(quiet.stdout)")

        // 4. list and show.
        let list = try inspect("lan", ["list", "--json"])
        #expect(list.status == 0, "\(list.stderr)")
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])
        let cases = try #require(listed["cases"] as? [[String: Any]])
        #expect(cases.count == 1)
        let id = String(try #require(cases.first?["id"] as? Int))
        #expect(cases.first?["status"] as? String == "new")
        let show = try inspect("lan", ["show", id])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains(account))
        #expect(show.stdout.contains("IMG_0042.jpg"))
        // The photo, decrypted on request only, without its GPS block.
        let exported = folder + "/export"
        let withFiles = try inspect("lan", ["show", id, "--attachments", exported])
        #expect(withFiles.status == 0, "\(withFiles.stderr)")
        #expect(withFiles.stdout.contains("metadata stripped: yes"))
        let files = try FileManager.default.contentsOfDirectory(atPath: exported)
        #expect(files.count == 1)
        let photo = try #require(FileManager.default.contents(atPath: exported + "/" + files[0]))
        #expect(Array(photo.prefix(2)) == [0xFF, 0xD8])
        #expect(!String(decoding: photo, as: UTF8.self).contains("GPS-CANARY"))
        #expect(
            (try FileManager.default.attributesOfItem(atPath: exported + "/" + files[0])[.posixPermissions] as? Int)
                == 0o600)
        // The mirror itself holds no plaintext: not the account, not the photo's pixels in clear.
        for file in FileManager.default.enumerator(atPath: folder + "/mirror-lan")!.compactMap({ $0 as? String }) {
            guard let bytes = FileManager.default.contents(atPath: folder + "/mirror-lan/" + file) else { continue }
            #expect(
                !String(decoding: bytes, as: UTF8.self).contains("500,000 dong"), "plaintext in the mirror: \(file)")
        }
        #expect(try inspect("lan", ["show", id, "--attachments", exported]).status == 1, "never overwrites")

        // 5–7. accept, reply (the citizen reads it), extend.
        let accept = try inspect("lan", ["accept", id])
        #expect(accept.status == 0, "\(accept.stderr)")
        let replyText = "We have received your report and asked the ward to explain."
        let reply = try inspect("lan", ["reply", id, replyText])
        #expect(reply.status == 0, "\(reply.stderr)")
        let (statusCode, statusPage) = try citizen("POST", "/en/status", form: [("token", token)])
        #expect(statusCode == 200)
        #expect(statusPage.contains(replyText))
        #expect(statusPage.contains("Accepted"))
        let extend = try inspect("lan", ["extend", id, "--reason", "Witnesses must be heard."])
        #expect(extend.status == 0, "\(extend.stderr)")

        // Deadlines: accepted today and extended once, the case is due in 60 days (rolled to a working
        // day); as of a day far ahead it is overdue, and a forged --today is refused.
        let ahead = try inspect("lan", ["list", "--overdue", "--today", "2099-01-01", "--json"])
        #expect(ahead.stdout.contains("\"id\":\(id)"), "\(ahead.stdout)")
        #expect(ahead.stdout.contains("\"overdue\":1"))
        let now = try inspect("lan", ["list", "--overdue", "--json"])
        #expect(!now.stdout.contains("\"id\":\(id)"))
        #expect(try inspect("lan", ["list", "--today", "2026-02-30"]).status == 2)
        let table = try inspect("lan", ["list"])
        #expect(table.stdout.contains("accepted+1"), "\(table.stdout)")
        #expect(!table.stdout.contains("\u{1B}["), "no colours when stdout is not a terminal")

        // Several inspectors: lan assigns the case to minh, who adds a note the citizen never sees.
        #expect(try inspect("lan", ["assign", id, "--to", "minh"]).status == 0)
        let note = try inspect("minh", ["note", id, "Called the ward chief; awaiting the roster."])
        #expect(note.status == 0, "\(note.stderr)")
        let mine = try inspect("minh", ["list", "--assignee", "minh", "--json"])
        #expect(mine.stdout.contains("\"id\":\(id)"))

        // 8. resolve.
        let summary = folder + "/summary.txt"
        try "The officer was reprimanded.".write(toFile: summary, atomically: true, encoding: .utf8)
        let resolve = try inspect("minh", ["resolve", id, "--outcome", "can-bo-khien-trach", "--summary", summary])
        #expect(resolve.status == 0, "\(resolve.stderr)")
        let third = try inspect("lan", ["extend", id, "--reason", "again"])
        #expect(third.status == 1)

        // 9. The citizen sees the result and rates it.
        let (_, resolvedPage) = try citizen("POST", "/en/status", form: [("token", token)])
        #expect(resolvedPage.contains("The officer was reprimanded."))
        #expect(!resolvedPage.contains("Called the ward chief"))
        let rateTicket = try #require(
            HTMLForms.hiddenValue("ticket", in: resolvedPage), "the rating form carries a ticket")
        let (rateStatus, rated) = try citizen(
            "POST", "/en/status/rate", form: [("token", token), ("ticket", rateTicket), ("rating", "4")])
        #expect(rateStatus == 200, "\(rated)")

        // history: every event verified.
        #expect(try inspect("lan", ["sync", "--server", url]).status == 0)
        let history = try inspect("lan", ["history", id])
        #expect(history.status == 0, "\(history.stderr)")
        for action in ["accept", "reply", "extend", "assign", "note", "resolve"] {
            #expect(history.stdout.contains("  \(action)"), "\(action) missing from:\n\(history.stdout)")
        }
        #expect(!history.stdout.contains("⚠"))
        let final = try inspect("lan", ["list", "--json", "--status", "resolved"])
        #expect(final.stdout.contains("\"id\":\(id)"))
    }
}
