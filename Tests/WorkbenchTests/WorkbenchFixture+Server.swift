import Foundation
import TestSupport
import Testing

/// A workbench that syncs with a real candor-server (the binary), and the citizen's report through its form.
extension WorkbenchFixture {
    /// The workbench and its server, whose log key is in the workbench's Keys/.
    static func withServer(reminderDays: Int = 3) throws -> (WorkbenchFixture, CandorServer) {
        var started: CandorServer?
        let fixture = try WorkbenchFixture(reminderDays: reminderDays) { folder, keys in
            started = try CandorServer(
                arguments: [
                    "--data", folder.child("data"), "--keys", keys, "--listen", "127.0.0.1:0",
                    "--min-fill-seconds", "0", "--origin", "wb.candor.example/intake",
                ], environment: WorkbenchFixture.environment)
            let key = try #require(started?.printed("log verifier key"))
            try (key + "\n").write(toFile: keys + "/log.key", atomically: true, encoding: .utf8)
            return started?.url
        }
        return (fixture, try #require(started))
    }

    /// The citizen's report through the web form, with a photo that carries GPS; returns the token.
    static func report(_ account: String, to server: CandorServer) throws -> String {
        let form = try server.request("GET", "/en/report")
        let ticket = try #require(HTMLForms.hiddenValue("ticket", in: form.text))
        let (type, body) = HTMLForms.multipart(
            [
                ("ticket", ticket), ("province", "ha-noi"), ("procedure", "doi-giay-phep-lai-xe"),
                ("agency", "Ba Dinh ward one-stop desk"), ("misconduct", "hoi-lo"), ("account", account),
                ("month", "10"), ("year", "2026"),
            ], files: [("file", "IMG_0042.jpg", "image/jpeg", HTMLForms.jpegWithGPS())])
        let receipt = try server.request("POST", "/en/report", headers: [("Content-Type", type)], body: body)
        try #require(receipt.status == 200, "\(receipt.text.prefix(400))")
        return try #require(HTMLForms.receiptToken(in: receipt.text))
    }

    /// Presses Sync and follows the Sync page's refreshes until it ends; returns its last page.
    @discardableResult
    func sync() throws -> RawResponse {
        let started = try browser.post("/en/sync", [("csrf", try csrf())])
        try #require(started.status == 303, "\(started.status): \(started.text.prefix(500))")
        try #require(started.header("Location") == "/en/sync")
        let deadline = Date().addingTimeInterval(60)
        var page = try browser.get("/en/sync")
        while page.text.contains("http-equiv=\"refresh\""), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            page = try browser.get("/en/sync")
        }
        try #require(!page.text.contains("http-equiv=\"refresh\""), "the sync did not end within 60 s")
        return page
    }

    /// The id of the first case the inbox links to.
    func firstCaseID() throws -> Int {
        let inbox = try browser.get("/en/")
        let link = try #require(inbox.text.range(of: "href=\"/en/case/"), "\(inbox.text)")
        return try #require(Int(inbox.text[link.upperBound...].prefix { $0.isNumber }))
    }
}
