import API
import Casework
import Catalogue
import Foundation
import Stores
import TestSupport
import Testing

/// The built executables, run as a user would run them.
enum Binaries {
    /// Environment of every run: fast key files, a passphrase, no colours.
    static let environment = [
        "PATH": "/usr/bin:/bin", "CANDOR_KDF_LIMITS": "interactive", "CANDOR_PASSPHRASE": "thanh tra e2e",
        "NO_COLOR": "1",
    ]

    static func run(_ name: String, _ arguments: [String], in directory: String) throws -> Transcript {
        try ChildProcess.run(try BuiltProducts.path(name), arguments, in: directory, environment: environment)
    }

    /// Starts candor-server on a free loopback port; returns it, its URL and port once it listens.
    /// The log's verifier key it prints is saved as KEYS/log.key, as an operator would.
    static func startServer(data: String, keys: String, arguments: [String] = []) throws -> (Process, String, UInt16) {
        let server = try CandorServer(data: data, keys: keys, extra: arguments)
        guard let key = server.printed("log verifier key"), let port = server.port else {
            server.stop()
            throw TestFailure("candor-server did not print its log verifier key:\n\(server.stdout.text)")
        }
        try (key + "\n").write(toFile: keys + "/log.key", atomically: true, encoding: .utf8)
        return (server.process, server.url, port)
    }

    struct TestFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    static func urlencoded(_ fields: [(String, String)]) -> (String, [UInt8]) {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let text = fields.map { name, value in
            name + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&")
        return ("application/x-www-form-urlencoded", Array(text.utf8))
    }
}

extension Binaries {
    /// Creates the outcomes log's checkpoint key in `data` (as the server would on first start) and
    /// saves its verifier key as KEYS/outcomes.key, as an operator would.
    static func saveOutcomesKey(data: String, keys: String) throws {
        let store = try OutcomeStore(
            dataDirectory: data, origin: "candor.example/outcomes", catalog: try Catalog.bundled())
        defer { store.close() }
        try (store.verifierKey + "\n").write(toFile: keys + "/outcomes.key", atomically: true, encoding: .utf8)
    }

    /// A citizen's report through the web form (GET the form for its ticket, POST it); returns the token.
    @discardableResult
    static func report(port: UInt16, account: String, agency: String) throws -> String {
        let client = HTTPClient(server: try HTTPClient.ServerURL("http://127.0.0.1:\(port)"))
        let form = try client.send(method: "GET", target: "/en/report", headers: [], body: [])
        let ticket = try #require(HTMLForms.hiddenValue("ticket", in: String(decoding: form.body, as: UTF8.self)))
        let (type, body) = HTMLForms.multipart([
            ("ticket", ticket), ("province", "ha-noi"), ("procedure", "doi-giay-phep-lai-xe"), ("agency", agency),
            ("misconduct", "hoi-lo"), ("account", account), ("month", "10"), ("year", "2026"),
        ])
        let receipt = try client.send(
            method: "POST", target: "/en/report", headers: [("Content-Type", type)], body: body)
        try #require(
            receipt.status == 200,
            "the report was refused: \(String(decoding: receipt.body, as: UTF8.self).prefix(400))")
        return try #require(
            HTMLForms.receiptToken(in: String(decoding: receipt.body, as: UTF8.self)), "no token on the receipt page")
    }
}
