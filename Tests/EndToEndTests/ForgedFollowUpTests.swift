import Foundation
import TestSupport
import Testing

/// Finding H1 against the real server: a client written from Tokens.md and Envelope.md alone
/// (`Clients/h1_forged_followup.py`, Python with PyNaCl) submits a signed report, forgets its token,
/// and tries to add a follow-up and a rating from the report's clear header. Every forgery is refused
/// with `signature_invalid` (403) or `envelope_version` (400) and nothing is appended; the same client
/// with the token is accepted, so the refusals are about the signature.
@Suite("End to end: the H1 proof-of-concept client is refused", .serialized)
final class ForgedFollowUpTests {
    let folder = NSTemporaryDirectory() + "candor-h1-\(UUID().uuidString.prefix(8))"
    static let client = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Clients/h1_forged_followup.py").path

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    @Test func aFollowUpForgedFromTheClearHeaderIsRefused() throws {
        let keys = folder + "/Keys"
        try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
        _ = try TestInspector(name: "lan", folder: folder, keys: keys)
        let (server, url, _) = try Binaries.startServer(
            data: folder + "/data", keys: keys, arguments: ["--pow-bits", "0-4"])
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        let client = try ChildProcess.run("/usr/bin/python3", [Self.client, url])
        try #require(client.status == 0, "the client failed: \(client.stderr)")
        let results = try #require(
            try JSONSerialization.jsonObject(with: Data(client.stdout.utf8)) as? [String: Any])
        func step(_ name: String) -> (status: Int?, error: String?) {
            let object = results[name] as? [String: Any]
            return (object?["status"] as? Int, object?["error"] as? String)
        }

        #expect(step("report").status == 201, "\(results)")
        for forged in ["forged_own_key", "forged_case_key", "forged_rating"] {
            #expect(step(forged).status == 403 && step(forged).error == "signature_invalid", "\(forged): \(results)")
        }
        #expect(step("forged_version1").status == 400 && step("forged_version1").error == "envelope_version")
        #expect(step("with_token").status == 201, "\(results)")
        // Nothing forged was appended: the timeline holds the report and the genuine follow-up only.
        let timeline = try #require(results["timeline"] as? [[String: Any]])
        #expect(timeline.map { $0["kind"] as? String } == ["report", "follow-up"], "\(timeline)")
        #expect(timeline.allSatisfy { ($0["note"] as? String) == nil })
        #expect((timeline.last?["text"] as? String)?.hasPrefix("GENUINE") == true)
    }
}
