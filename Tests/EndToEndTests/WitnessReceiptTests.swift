import API
import Foundation
import Synchronization
import TestSupport
import Testing
import Transparency

/// Issue 16's "receipts carry the cosignatures", with the real binaries: the receipt a citizen is given
/// at submission (the form's page and the API's 201) proves against a checkpoint a quorum of three
/// `candor-audit witness` processes cosigned, and with the witnesses down intake still answers within
/// `receipt-wait` and the receipt says the cosignatures are pending (CitizenWeb.docc/Receipts.md).
@Suite("End to end: a new report's receipt carries the witnesses' cosignatures", .serialized)
final class WitnessReceiptTests {
    let base = try! AuditTests()
    var witnesses: [WitnessProcess] = []
    var server: Process?
    var port: UInt16 = 0

    deinit {
        server?.terminate()
        server?.waitUntilExit()
        for witness in witnesses { witness.stop() }
    }

    /// Three witnesses of both logs (a first start makes the intake log's key), a quorum of two, and
    /// the server started with easy proofs of work.
    func start(receiptWait: String) throws {
        let (first, _, _) = try Binaries.startServer(data: base.data, keys: base.keys)
        first.terminate()
        first.waitUntilExit()
        witnesses = try (1...3).map {
            try WitnessProcess(
                name: "w\($0)", folder: base.folder, logs: [base.keys + "/outcomes.key", base.keys + "/log.key"])
        }
        try FileManager.default.createDirectory(atPath: base.keys + "/witnesses", withIntermediateDirectories: true)
        let lines =
            witnesses.map { "witness \($0.verifierKey) \($0.url)" } + [
                "quorum 2", "short-of-quorum publish", "receipt-wait \(receiptWait)",
            ]
        try (lines.joined(separator: "\n") + "\n").write(
            toFile: base.keys + "/witnesses/policy", atomically: true, encoding: .utf8)
    }

    func startServer(_ extra: [String] = []) throws {
        let (process, _, port) = try Binaries.startServer(
            data: base.data, keys: base.keys, arguments: ["--pow-bits", "0-0"] + extra)
        server = process
        self.port = port
    }

    var client: HTTPClient { HTTPClient(server: try! HTTPClient.ServerURL("http://127.0.0.1:\(port)")) }

    /// A report through the web form; returns the receipt page.
    func formReport() throws -> String {
        let form = try client.send(method: "GET", target: "/en/report")
        let ticket = try #require(HTMLForms.hiddenValue("ticket", in: String(decoding: form.body, as: UTF8.self)))
        let (type, body) = HTMLForms.multipart([
            ("ticket", ticket), ("province", "ha-noi"), ("procedure", "doi-giay-phep-lai-xe"),
            ("agency", "Phòng CSGT"), ("misconduct", "hoi-lo"),
            ("account", "Tôi bị đòi tiền khi đổi giấy phép lái xe."), ("month", "10"), ("year", "2026"),
        ])
        let page = try client.send(method: "POST", target: "/en/report", headers: [("Content-Type", type)], body: body)
        try #require(page.status == 200, "\(String(decoding: page.body, as: UTF8.self).prefix(300))")
        return String(decoding: page.body, as: UTF8.self)
    }

    /// A report through the JSON API, with its proof of work solved; returns the 201's body.
    func apiReport() throws -> SubmissionReply { try Self.apiReport(port: port) }

    static func apiReport(port: UInt16) throws -> SubmissionReply {
        let client = HTTPClient(server: try HTTPClient.ServerURL("http://127.0.0.1:\(port)"))
        let challenge = try #require(
            ChallengeReply(json: JSONReader.parse(client.send(method: "GET", target: "/api/v1/challenge").body)))
        let counter = try #require(Hashcash.solve(challenge.challenge))
        let body = """
            {"challenge":"\(challenge.challenge)","counter":\(counter),"report":{"province":"ha-noi",\
            "procedure":"doi-giay-phep-lai-xe","agency":"Phòng CSGT","misconduct":["hoi-lo"],\
            "account":"Tôi bị đòi tiền khi đổi giấy phép lái xe.","month":10,"year":2026}}
            """
        let response = try client.send(
            method: "POST", target: "/api/v1/reports", headers: [("Content-Type", "application/json")],
            body: Array(body.utf8))
        try #require(response.status == 201, "\(String(decoding: response.body, as: UTF8.self).prefix(300))")
        return try #require(SubmissionReply(json: JSONReader.parse(response.body)))
    }

    /// The receipt in a receipt page's `<pre id="receipt">`.
    static func receipt(inPage html: String) throws -> String {
        let start = try #require(html.range(of: "<pre id=\"receipt\">"))
        let end = try #require(html[start.upperBound...].range(of: "</pre>"))
        return String(html[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Verifies a receipt as CitizenWeb.docc/Receipts.md says, with the log's key and the witnesses'
    /// vkeys; returns its `witnesses:` line and how many witnesses' cosignatures verify.
    func verify(_ receipt: String, quorum: Int) throws -> (line: String, cosignatures: Int) {
        let parts = receipt.components(separatedBy: "\n\n")
        try #require(parts.count >= 2)
        let fields = parts[0].split(separator: "\n").map(String.init)
        func field(_ name: String) throws -> String {
            let line = try #require(fields.first { $0.hasPrefix(name + ": ") }, "no \(name) in \(receipt)")
            return String(line.dropFirst(name.count + 2))
        }
        #expect(fields.first == "Candor receipt v1")
        let logKey = try String(contentsOfFile: base.keys + "/log.key", encoding: .utf8)
            .trimmingCharacters(in: .newlines)
        let note = try SignedNote(parsing: parts.dropFirst().joined(separator: "\n\n"))
        _ = try note.verify(with: [NoteVerifier(verifierKey: logKey)])
        let checkpoint = try Checkpoint(text: note.text)
        #expect(try field("log") == checkpoint.origin)
        #expect(try UInt64(field("tree-size")) == checkpoint.size)
        let index = try #require(UInt64(try field("index")))
        let start = try #require(fields.firstIndex(of: "inclusion-proof:"))
        let hashes = fields[(start + 1)...].prefix { !$0.contains(":") }.map { Array(Data(base64Encoded: $0)!) }
        try InclusionProof(leafIndex: index, treeSize: checkpoint.size, hashes: hashes).verify(
            leafHash: Array(try #require(Data(base64Encoded: try field("leaf-hash")))), rootHash: checkpoint.rootHash)
        let policy = try WitnessPolicy(
            witnesses: witnesses.map { try CosignatureVerifier(verifierKey: $0.verifierKey) }, quorum: quorum)
        return (try field("witnesses"), try policy.check(note).count)
    }

    /// `candor-audit verify-receipt` on `receipt` with the log's key and the three witnesses' keys.
    func auditReceipt(_ receipt: String, quorum: Int) throws -> Transcript {
        let file = base.folder + "/receipt-\(UUID().uuidString.prefix(8)).txt"
        try receipt.write(toFile: file, atomically: true, encoding: .utf8)
        return try Binaries.run(
            "candor-audit",
            ["verify-receipt", file, "--key", base.keys + "/log.key"]
                + witnesses.flatMap { ["--witness", $0.publicKeyFile] } + ["--quorum", "\(quorum)"], in: base.folder)
    }

    @Test func aNewReportsReceiptVerifiesWithTheWitnessKeys() throws {
        try start(receiptWait: "8")
        try startServer()
        let started = Date()
        let page = try formReport()
        print("WitnessReceiptTests: the form's receipt came in \(Date().timeIntervalSince(started)) s")
        let (line, count) = try verify(try Self.receipt(inPage: page), quorum: 2)
        #expect(count >= 2 && line.hasPrefix("cosigned ") && line.hasSuffix(" of 3, quorum 2"), "\(line)")
        #expect(page.contains("id=\"witnesses\" class=\"ok\""))
        let audited = try auditReceipt(try Self.receipt(inPage: page), quorum: 2)
        #expect(audited.status == 0, "\(audited.stderr)")
        #expect(audited.stdout.contains("cosigned by "), "\(audited.stdout)")

        let apiStarted = Date()
        let reply = try apiReport()
        print("WitnessReceiptTests: the API's receipt came in \(Date().timeIntervalSince(apiStarted)) s")
        let text = try #require(reply.receiptText)
        let (apiLine, apiCount) = try verify(text, quorum: 2)
        #expect(apiCount >= 2 && apiLine.hasPrefix("cosigned "), "\(apiLine)")
        #expect(reply.checkpoint.map { text.hasSuffix("\n\n" + $0) } == true)
        #expect(try auditReceipt(text, quorum: 2).status == 0)
    }

    @Test func withTheWitnessesDownIntakeAnswersWithinTheBoundAndTheReceiptSaysPending() throws {
        try start(receiptWait: "1.5")
        for witness in witnesses { witness.stop() }
        try startServer()
        let started = Date()
        let page = try formReport()
        let waited = Date().timeIntervalSince(started)
        print("WitnessReceiptTests: with the witnesses down the form's answer came in \(waited) s")
        #expect(waited >= 1.5 && waited < 4, "the form's answer took \(waited) s")
        let receipt = try Self.receipt(inPage: page)
        let (line, count) = try verify(receipt, quorum: 0)
        #expect(count == 0 && line.hasPrefix("pending 0 of 3, quorum 2; fetch /receipt/"), "\(line)")
        #expect(page.contains("id=\"witnesses\" class=\"warning\""))
        #expect(page.contains("have not countersigned this receipt yet"))
        let refused = try auditReceipt(receipt, quorum: 2)
        #expect(refused.status == 2 && refused.stderr.hasPrefix("UNWITNESSED RECEIPT:"), "\(refused.stderr)")
        #expect(try auditReceipt(receipt, quorum: 0).status == 0)

        let apiStarted = Date()
        let reply = try apiReport()
        #expect(Date().timeIntervalSince(apiStarted) < 4)
        #expect(try verify(try #require(reply.receiptText), quorum: 0).line.hasPrefix("pending 0 of 3, quorum 2;"))
        // The file fetched later says the same while the witnesses stay down.
        let file = String(
            decoding: try client.send(method: "GET", target: "/receipt/\(reply.index)").body, as: UTF8.self)
        #expect(
            file.contains("\nwitnesses: pending 0 of 3, quorum 2; fetch /receipt/\(reply.index) later\n\n"), "\(file)")
    }

    /// A flood of reports while the witnesses are down holds no more workers than the bound (an eighth
    /// of them: 2 of 16), each for `receipt-wait` at most; the rest are answered at once, and a page is
    /// served meanwhile.
    @Test func aFloodOfReportsHoldsNoMoreWorkersThanTheBound() throws {
        try start(receiptWait: "3")
        for witness in witnesses { witness.stop() }
        try startServer(["--worker-threads", "16"])
        let times = Mutex<[(seconds: Double, hasReceipt: Bool)]>([])
        let started = Date()
        let port = port
        // Threads, not concurrentPerform: that runs only as many at once as there are cores.
        for _ in 0..<10 {
            Thread {
                let begun = Date()
                let reply = try? Self.apiReport(port: port)
                times.withLock { $0.append((Date().timeIntervalSince(begun), reply?.receiptText != nil)) }
            }.start()
        }
        usleep(500_000)
        let page = Date()
        #expect(try client.send(method: "GET", target: "/en/").status == 200)
        #expect(Date().timeIntervalSince(page) < 2, "a page waited behind the receipts")
        while times.withLock({ $0.count }) < 10, Date().timeIntervalSince(started) < 20 { usleep(50_000) }
        let answers = times.withLock { $0 }
        #expect(answers.count == 10)
        let waited = answers.filter { $0.seconds >= 2.5 }
        print("WitnessReceiptTests: \(waited.count) of 10 flooding reports waited for the witnesses")
        #expect(waited.count <= 2 && waited.allSatisfy { $0.seconds < 5 }, "\(answers)")
        // Those that could not wait were not signed for: their 201 names the receipt's path only.
        #expect(answers.filter(\.hasReceipt).count <= 2, "\(answers)")
    }
}
