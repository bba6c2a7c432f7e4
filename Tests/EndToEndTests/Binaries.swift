import API
import Casework
import Catalogue
import Foundation
import Stores
import Testing

/// The built executables, run as a user would run them.
enum Binaries {
    struct Transcript {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The folder of the built products (next to this test bundle).
    static var directory: URL {
        let exe =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent()
    }

    /// A built product by name, or any program by its absolute path.
    static func path(_ name: String) throws -> String {
        let path = name.hasPrefix("/") ? name : directory.appendingPathComponent(name).path
        try #require(FileManager.default.isExecutableFile(atPath: path), "build \(name) first: \(path)")
        return path
    }

    /// Environment of every run: fast key files, a passphrase, no colours.
    static let environment = [
        "PATH": "/usr/bin:/bin", "CANDOR_KDF_LIMITS": "interactive", "CANDOR_PASSPHRASE": "thanh tra e2e",
        "NO_COLOR": "1",
    ]

    static func run(_ name: String, _ arguments: [String], in directory: String) throws -> Transcript {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try path(name))
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes at once so neither fills up.
        nonisolated(unsafe) var stderr = Data()
        let reader = Thread { stderr = err.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        return Transcript(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Starts candor-server on a free loopback port; returns it, its URL and port once it listens.
    /// The log's verifier key it prints is saved as KEYS/log.key, as an operator would.
    static func startServer(data: String, keys: String, arguments: [String] = []) throws -> (Process, String, UInt16) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try path("candor-server"))
        process.arguments =
            [
                "--data", data, "--keys", keys, "--listen", "127.0.0.1:0", "--min-fill-seconds", "0",
                "--origin", "e2e.candor.example/intake",
            ] + arguments
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        let handle = out.fileHandleForReading
        let deadline = Date().addingTimeInterval(30)
        while !(text.contains("log verifier key:") && text.contains("Stop with")), Date() < deadline {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let urlLine = text.split(separator: "\n").first(where: { $0.hasPrefix("Candor is running: ") }),
            let keyLine = text.split(separator: "\n").first(where: { $0.contains("log verifier key: ") })
        else {
            process.terminate()
            throw TestFailure("candor-server did not start:\n\(text)")
        }
        var url = String(urlLine.dropFirst("Candor is running: ".count))
        if url.hasSuffix("/") { url.removeLast() }
        let port = UInt16(url.split(separator: ":").last!)!
        let key = keyLine.components(separatedBy: "log verifier key: ")[1].trimmingCharacters(in: .whitespaces)
        try (key + "\n").write(toFile: keys + "/log.key", atomically: true, encoding: .utf8)
        return (process, url, port)
    }

    struct TestFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    static func multipart(_ fields: [(String, String)]) -> (String, [UInt8]) {
        let boundary = "----candore2e\(UInt32.random(in: 0...UInt32.max))"
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return ("multipart/form-data; boundary=\(boundary)", body)
    }

    static func urlencoded(_ fields: [(String, String)]) -> (String, [UInt8]) {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let text = fields.map { name, value in
            name + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&")
        return ("application/x-www-form-urlencoded", Array(text.utf8))
    }

    static func hiddenValue(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// The token on a receipt page: the text of the element with id "token", tags removed.
    static func token(in html: String) -> String? {
        guard let start = html.range(of: "id=\"token\""), let end = html[start.upperBound...].range(of: "</p>") else {
            return nil
        }
        var text = ""
        var inTag = true
        for character in html[start.upperBound..<end.lowerBound] {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        let token = text.trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
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
        let ticket = try #require(hiddenValue("ticket", in: String(decoding: form.body, as: UTF8.self)))
        let (type, body) = multipart([
            ("ticket", ticket), ("province", "ha-noi"), ("procedure", "doi-giay-phep-lai-xe"), ("agency", agency),
            ("misconduct", "hoi-lo"), ("account", account), ("month", "10"), ("year", "2026"),
        ])
        let receipt = try client.send(
            method: "POST", target: "/en/report", headers: [("Content-Type", type)], body: body)
        try #require(
            receipt.status == 200,
            "the report was refused: \(String(decoding: receipt.body, as: UTF8.self).prefix(400))")
        return try #require(token(in: String(decoding: receipt.body, as: UTF8.self)), "no token on the receipt page")
    }
}
