import Foundation
import TestSupport
import Testing

/// Issue 6's hostile input, end to end: malformed, oversized, traversing, forged and slow requests sent
/// over raw sockets to the real candor-server binary. Each gets its own clear error (the status, and a
/// JSON error under /api/ or an HTML page in the citizen's language elsewhere), a good request is served
/// after each, a good client is served during the slow ones, and the intake ledger's bytes and signed
/// checkpoint are the same before and after.
///
/// The server runs with the hidden `--header-timeout 2 --body-timeout 2` (ServerOptions.swift), so a
/// slowloris is cut off in about two seconds instead of ten; and with `--pow-bits 8-8`, so that the
/// suite solves a real challenge in a few hundred hashes.
@Suite("End to end: hostile requests against a real candor-server", .serialized)
final class HostileServerTests {
    let folder: String
    let data: String
    let keys: String
    let inspector: TestInspector
    let server: CandorServer

    init() throws {
        folder = NSTemporaryDirectory() + "candor-hostile-\(UUID().uuidString.prefix(8))"
        data = folder + "/data"
        keys = folder + "/Keys"
        try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
        inspector = try TestInspector(name: "lan", folder: folder, keys: keys)
        server = try CandorServer(
            data: data, keys: keys, extra: ["--header-timeout", "2", "--body-timeout", "2", "--pow-bits", "8-8"])
    }

    deinit {
        server.stop()
        try? FileManager.default.removeItem(atPath: folder)
    }

    // MARK: checks

    /// Checks one answer: status, and a JSON error or an HTML page in the right language.
    static func expect(_ response: RawResponse?, _ hostile: Hostile) {
        guard let response else {
            Issue.record("\(hostile.name): no response")
            return
        }
        #expect(response.status == hostile.status, "\(hostile.name): \(response.status) \(response.text.prefix(300))")
        let type = response.header("Content-Type") ?? ""
        switch hostile.answer {
        case .json(let code):
            #expect(type.hasPrefix("application/json"), "\(hostile.name): \(type)")
            let object = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]
            if response.status >= 400 {
                #expect(object?["error"] is String, "\(hostile.name): \(response.text.prefix(300))")
                #expect(object?["message"] is String, "\(hostile.name)")
                if let code {
                    #expect(object?["error"] as? String == code, "\(hostile.name): \(response.text.prefix(300))")
                }
            } else {
                #expect(object != nil, "\(hostile.name)")
            }
        case .html(let language):
            #expect(type.hasPrefix("text/html"), "\(hostile.name): \(type)")
            #expect(
                response.text.contains("<html lang=\"\(language)\">"), "\(hostile.name): \(response.text.prefix(300))")
        }
        #expect(response.header("X-Content-Type-Options") == "nosniff", "\(hostile.name): security headers")
        #expect(!response.text.contains("root:x:0"), "\(hostile.name): a file leaked")
    }

    /// A good request still gets its page.
    func expectServing(after name: String) {
        do {
            let page = try server.request("GET", "/en/", timeout: 10)
            #expect(page.status == 200, "after \(name): \(page.status)")
            #expect(page.text.contains("<html lang=\"en\">"), "after \(name)")
        } catch {
            Issue.record("after \(name): \(error)")
        }
        #expect(server.process.isRunning, "the server died after \(name)")
    }

    /// Every file of the data folder: the intake and outcomes logs (segments, checkpoints) and the
    /// server's secrets. A hostile request may change none of them.
    func ledgerFiles() -> [String: [UInt8]] { snapshot(data) }

    /// The public outcomes log's checkpoint (`GET /checkpoint`, tlog-tiles) as status and body: a 404
    /// until that log is served (issue 5), and then the same signed note before and after.
    func publicCheckpoint() throws -> String {
        let reply = try server.request("GET", "/checkpoint")
        return "\(reply.status)\n" + (reply.status == 200 ? reply.text : "")
    }

    /// The intake log's signed checkpoint, through a signed request, as `candor-inspect sync` reads it.
    func signedCheckpoint() throws -> String {
        let target = "/api/v1/inspect/checkpoint"
        let reply = try server.request("GET", target, headers: inspector.headers("GET", target))
        try #require(reply.status == 200, "\(reply.status) \(reply.text)")
        return reply.text
    }

    /// One real report through the web form, so that the hostile requests meet a ledger and a case.
    func fileOneReport() throws -> String {
        let (type, body) = HTMLForms.multipart(
            Self.reportFields(ticket: try ticket()).map { ($0.0, String(decoding: $0.1, as: UTF8.self)) })
        let receipt = try server.request("POST", "/en/report", headers: [("Content-Type", type)], body: body)
        try #require(receipt.status == 200, "\(receipt.status)")
        return try #require(HTMLForms.receiptToken(in: receipt.text))
    }

    // MARK: tests

    @Test func eachHostileRequestGetsItsErrorAndTheLedgerIsUntouched() throws {
        let token = try fileOneReport()
        // The checkpoint first: signing it may write it to the log, which the snapshot then holds.
        let checkpointBefore = try signedCheckpoint()
        let publicBefore = try publicCheckpoint()
        let ledgerBefore = ledgerFiles()
        try #require(ledgerBefore.keys.contains { $0.hasPrefix("intake/segment-") }, "\(ledgerBefore.keys.sorted())")
        let hostile = try hostileRequests(token: token)
        #expect(hostile.count >= 60)
        #expect(Set(hostile.map(\.name)).count == hostile.count, "names are unique")
        for request in hostile {
            let connection = try server.connect()
            connection.send(request.bytes)
            Self.expect(connection.readResponse(timeout: 15), request)
            expectServing(after: request.name)
        }
        let ledgerAfter = ledgerFiles()
        #expect(
            ledgerAfter == ledgerBefore,
            "the data folder changed: \(ledgerBefore.mapValues(\.count)) → \(ledgerAfter.mapValues(\.count))")
        #expect(try signedCheckpoint() == checkpointBefore, "the signed checkpoint changed")
        #expect(try publicCheckpoint() == publicBefore, "the public outcomes checkpoint changed")
        #expect(server.process.isRunning)
        #expect(server.stderr.text.isEmpty, "the server complained: \(server.stderr.text.prefix(2000))")
        print("hostile requests answered: \(hostile.count)")
    }

    @Test func slowClientsAreCutOffWhileOthersAreServed() throws {
        let ledgerBefore = ledgerFiles()
        let good = GoodClient(server: server)
        good.start()
        defer { good.stop() }
        var count = 0

        // 1. Slowloris: a head trickled a byte at a time never completes within the header timeout.
        let loris = try server.connect()
        loris.send("GET /en/ HTTP/1.1\r\n\(Self.host)")
        let started = Date()
        var cut = false
        for byte in "X-Slow: " + String(repeating: "z", count: 200) {
            if !loris.send(String(byte)) {
                cut = true
                break
            }
            if loris.isReadable(timeout: 0.1) || Date().timeIntervalSince(started) > 6 { break }
        }
        let lorisAnswer = loris.readResponse(timeout: 5)
        #expect(cut || lorisAnswer?.status == 408, "slowloris: \(String(describing: lorisAnswer?.status))")
        print("slowloris cut after \(Date().timeIntervalSince(started)) s")
        // The head never completed, but its request line names /en/: the page is in English.
        if let lorisAnswer { #expect(lorisAnswer.text.contains("<html lang=\"en\">")) }
        #expect(Date().timeIntervalSince(started) < 8, "the slowloris was not cut off in time")
        count += 1

        // 2. Fifty slow heads at once, then each is cut off; the good client goes on.
        let many = try (0..<50).map { _ in try server.connect() }
        for connection in many { connection.send("POST /api/v1/status HTTP/1.1\r\n") }
        for _ in 0..<5 {
            for connection in many { connection.send("X") }
            usleep(300_000)
        }
        for connection in many {
            let answer = connection.readResponse(timeout: 6)
            #expect(answer?.status == 408, "slow head: \(String(describing: answer?.status))")
            #expect(connection.isClosedByServer(timeout: 6))
        }
        count += many.count

        // 3. A body trickled below the minimum rate is cut off after the body timeout.
        let slowBody = try server.connect()
        slowBody.send(
            "POST /en/status HTTP/1.1\r\n\(Self.host)Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\ntoken="
        )
        let bodyStart = Date()
        while Date().timeIntervalSince(bodyStart) < 6, slowBody.send("A"), !slowBody.isReadable(timeout: 0.4) {}
        let slowAnswer = slowBody.readResponse(timeout: 5)
        #expect(slowAnswer?.status == 408, "slow body: \(String(describing: slowAnswer?.status))")
        #expect(slowAnswer?.text.contains("<html lang=\"en\">") == true)
        print("slow body cut after \(Date().timeIntervalSince(bodyStart)) s")
        #expect(slowBody.isClosedByServer(timeout: 5))
        count += 1

        // 4. A multipart upload that stops halfway and never ends: cut off, nothing stored.
        let stalled = try server.connect()
        let fields = Self.multipart(Self.reportFields(ticket: try ticket()), end: false)
        stalled.send(
            Self.raw("POST", "/en/report", [Self.multipartType], body: fields, length: fields.count + 1_000_000))
        let stalledAnswer = stalled.readResponse(timeout: 10)
        #expect(stalledAnswer?.status == 408, "stalled upload: \(String(describing: stalledAnswer?.status))")
        #expect(stalledAnswer?.text.contains("<html lang=\"en\">") == true)
        #expect(stalled.isClosedByServer(timeout: 10))
        count += 1

        // 5. A connection that opens and says nothing, and one that sends half a request line and leaves.
        let silent = try server.connect()
        do {
            let gone = try server.connect()
            gone.send("GET /en/rep")
        }
        #expect(silent.readResponse(timeout: 1) == nil)
        count += 2

        good.stop()
        #expect(good.failures == 0, "the good client failed \(good.failures) times")
        #expect(good.successes >= 5, "the good client was served \(good.successes) times")
        expectServing(after: "the slow clients")
        #expect(ledgerFiles() == ledgerBefore, "the data folder changed")
        print("slow hostile connections: \(count)")
    }
}
