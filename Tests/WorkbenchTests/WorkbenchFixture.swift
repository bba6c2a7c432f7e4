import Foundation
import TestSupport
import Testing
import Workbench

/// A workbench on a free loopback port, its folders, and a browser that opened its one-time URL.
final class WorkbenchFixture: @unchecked Sendable {
    static let environment = [
        "PATH": "/usr/bin:/bin", "CANDOR_KDF_LIMITS": "interactive", "CANDOR_PASSPHRASE": "thanh tra workbench",
        "NO_COLOR": "1",
    ]
    static var passphrase: String { environment["CANDOR_PASSPHRASE"]! }

    let folder = TemporaryDirectory("workbench")
    var keys: String { folder.child("Keys") }
    var mirror: String { folder.child("mirror") }
    var keyFile: String { folder.child("lan.candor-key") }
    let workbench: Workbench
    let browser: FormBrowser

    /// Makes lan's key with `candor-inspect keygen` (its public line in Keys/), then starts the workbench.
    /// `server` starts a server for the workbench to sync with, given the folder and Keys/; it returns its URL.
    init(
        idleLock: Duration = .seconds(600), reminderDays: Int = 3,
        server: (TemporaryDirectory, String) throws -> String? = { _, _ in nil }
    ) throws {
        try FileManager.default.createDirectory(atPath: folder.child("Keys"), withIntermediateDirectories: true)
        let made = try ChildProcess.run(
            try BuiltProducts.path("candor-inspect"),
            ["keygen", "--name", "lan", "--out", folder.child("lan.candor-key")],
            in: folder.path, environment: Self.environment)
        try #require(made.status == 0, "\(made.stderr)")
        try made.stdout.write(toFile: folder.child("Keys") + "/lan.pub", atomically: true, encoding: .utf8)
        var configuration = Workbench.Configuration(
            keyPath: folder.child("lan.candor-key"), mirrorDirectory: folder.child("mirror"))
        configuration.listen = try ListenAddress("127.0.0.1:0")
        configuration.keysDirectory = folder.child("Keys")
        configuration.idleLock = idleLock
        configuration.reminderDays = reminderDays
        configuration.exportsDirectory = folder.child("exports")
        configuration.server = try server(folder, folder.child("Keys"))
        workbench = Workbench(configuration)
        browser = FormBrowser(port: 0)
        try workbench.start()
        browser.port = workbench.port
        browser.host = "127.0.0.1:\(workbench.port)"
    }

    deinit { workbench.shutdown() }

    /// Opens the one-time URL: the browser holds the session's cookie.
    func signIn() throws {
        let url = workbench.oneTimeURL
        let login = try #require(url.range(of: "/login"))
        let target = String(url[login.lowerBound...])
        let response = try browser.get(target)
        try #require(response.status == 303, "\(response.status)")
    }

    /// The CSRF token of the page at `target`.
    func csrf(_ target: String = "/") throws -> String {
        let page = try browser.get(target)
        return try #require(
            HTMLForms.hiddenValue("csrf", in: page.text), "no csrf on \(target): \(page.text.prefix(300))")
    }

    func unlock() throws {
        let response = try browser.post("/unlock", [("csrf", try csrf()), ("passphrase", Self.passphrase)])
        try #require(response.status == 303, "\(response.status): \(response.text.prefix(500))")
    }
}
