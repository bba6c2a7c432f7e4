import API
import Casework
import Catalogue
import Deployment
import Foundation
import HTTP
import HTTPServing
import Ledger
import Sodium
import TestSupport
import Testing

@testable import Attachments
@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Stores
@testable import Transparency
@testable import Web

/// The citizen's whole path over a real socket: form, receipt, status, follow-up; then the inspector's
/// side opens what was stored, and the data folder is searched for anything that should not be there.
@Suite("Citizen site end to end", .serialized)
final class CitizenSiteEndToEndTests {
    let data: String
    let sealing = SealedBox.PrivateKey()
    let store: IntakeStore
    let server: HTTPServer
    let client: TestClient

    init() throws {
        data = NSTemporaryDirectory() + "candor-web-e2e-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let key = try InspectorKey(
            name: "lan", sealingKey: sealing.publicKey, signingKey: Signing.PrivateKey().publicKey)
        var configuration = IntakeStore.Configuration(catalog: try Catalog.bundled())
        configuration.checkpointSigner = try CheckpointSignerKey.loadOrCreate(in: data, name: "test.candor/intake")
        configuration.signsReceiptsEagerly = false
        store = try IntakeStore(
            dataDirectory: data, inspectorKeys: try InspectorKeys([key]), configuration: configuration)
        var site = try CitizenSite.Configuration(secret: SecureBytes.random(count: 32))
        site.tickets = FormTicketIssuer(key: SecureBytes.random(count: 32), minimumFillSeconds: 0)
        server = HTTPServer(
            address: .tcp(host: "127.0.0.1", port: 0),
            router: try CitizenSite(store: store, configuration: site).router())
        try server.start()
        client = TestClient(port: server.port!)
    }

    deinit {
        server.shutdown()
        store.close()
        try? FileManager.default.removeItem(atPath: data)
    }

    static let account = "CANARY-ĐÒI-TIỀN: cán bộ bàn số 3 đòi 500.000 đồng để nhận hồ sơ đổi giấy phép lái xe."

    func submitReport(
        _ extra: [(String, String)] = [], files: [(name: String, filename: String, type: String, bytes: [UInt8])] = []
    )
        throws -> TestClient.Response
    {
        let form = try client.send("GET", "/report")
        #expect(form.status == 200)
        let ticket = try #require(HTMLForms.hiddenValue("ticket", in: form.text))
        let fields =
            [
                ("ticket", ticket), ("province", "ha-noi"), ("procedure", "doi-giay-phep-lai-xe"),
                ("agency", "Bộ phận một cửa phường Ba Đình"), ("misconduct", "hoi-lo"), ("account", Self.account),
                ("month", "4"), ("year", "2026"),
            ] + extra
        let (contentType, body) = HTMLForms.multipart(fields, files: files)
        return try client.send("POST", "/report", headers: ["Content-Type": contentType], body: body)
    }

    @Test func aReportWithAPhotoGoesInAndComesBackWithoutItsMetadata() throws {
        let receipt = try submitReport(files: [("file", "IMG_0042.jpg", "image/jpeg", HTMLForms.jpegWithGPS())])
        #expect(receipt.status == 200)
        #expect(receipt.headers["cache-control"] == "no-store")
        #expect(receipt.headers["content-security-policy"]?.contains("frame-ancestors 'none'") == true)
        #expect(receipt.headers["set-cookie"] == nil)
        let token = try #require(HTMLForms.receiptToken(in: receipt.text))
        #expect(receipt.text.contains(Language.vi.strings.receiptMetadataNote))

        // Check back: lower case, no dashes.
        let status = try client.send(
            "POST", "/status", headers: ["Content-Type": "application/x-www-form-urlencoded"],
            body: Array("token=\(token.replacingOccurrences(of: "-", with: "").lowercased())".utf8))
        #expect(status.status == 200)
        #expect(status.text.contains("CANARY-ĐÒI-TIỀN"))
        #expect(status.text.contains(Language.vi.strings.statusYouSentReport))

        // Add information, with the ticket the case page carries.
        let ticket = try #require(HTMLForms.hiddenValue("ticket", in: status.text))
        let (contentType, body) = HTMLForms.multipart(
            [("token", token), ("ticket", ticket), ("text", "Thêm: có người làm chứng.")], files: [])
        let added = try client.send("POST", "/status/add", headers: ["Content-Type": contentType], body: body)
        #expect(added.status == 200)
        #expect(added.text.contains(Language.vi.strings.statusAdded))
        #expect(added.text.contains("có người làm chứng"))

        // The inspector's side: open the report with the inspector key, then its photo.
        let photo = try openFirstAttachment()
        #expect(!photo.contains(bytes: Array("GPS-CANARY".utf8)))
        #expect(!photo.contains(bytes: Array("COMMENT-CANARY".utf8)))
        #expect(!photo.contains(bytes: [0xFF, 0xE1]), "an APP1 (EXIF) segment is left")
        #expect(Array(photo.prefix(2)) == [0xFF, 0xD8] && Array(photo.suffix(2)) == [0xFF, 0xD9])

        // Nothing in the data folder holds the canary, the token or the client's details.
        server.shutdown()
        store.close()
        let needles: [(String, [UInt8])] = [
            ("report text", Array("CANARY-ĐÒI-TIỀN".utf8)),
            ("token", Array(token.replacingOccurrences(of: "-", with: "").utf8)),
            ("grouped token", Array(token.utf8)), ("client address", Array("127.0.0.1".utf8)),
            ("user agent", Array("CanaryAgent".utf8)), ("photo GPS", Array("GPS-CANARY".utf8)),
        ]
        for file in FileManager.default.enumerator(atPath: data)!.compactMap({ $0 as? String }) {
            guard let bytes = FileManager.default.contents(atPath: data + "/" + file) else { continue }
            for (what, needle) in needles {
                #expect(!Array(bytes).contains(bytes: needle), "\(what) found in \(file)")
            }
        }
    }

    /// Reads the intake log as the inspectors' tool will: every envelope opened with the inspector key.
    func openFirstAttachment() throws -> [UInt8] {
        for index in 0..<store.recordCount {
            let record = try store.record(at: index)
            guard record.type == IntakeRecord.envelopeType else { continue }
            let envelope = try Envelope(parsing: record.payload)
            let message = try CaseMessage(decoding: envelope.open(with: sealing), kind: envelope.kind)
            if let attachment = message.attachments.first {
                return try AttachmentOpener.open(attachment, payloads: store.attachmentChunkPayloads(attachment.id))
            }
        }
        Issue.record("no attachment was stored")
        return []
    }

    @Test("the status page dates a device-sealed report by the day the server received it, not its own claim")
    func theStatusPageShowsTheServersDay() throws {
        let token = CaseToken()
        let reply = token.replyKey().publicKey
        let report = Report(
            province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Phòng CSGT", misconduct: ["hoi-lo"],
            account: "Cán bộ đòi tiền.", month: 1, year: 2020)
        let claimed = CaseMessage(body: .report(report), receivedOn: CalendarDay(iso: "2020-01-01"))
        _ = try store.submit(
            sealedEnvelope: Envelope.seal(
                plaintext: claimed.encoded(), kind: .report, caseTag: store.caseTag(for: token), replyKey: reply,
                signingKey: token.signingKey(), recipients: [sealing.publicKey, reply]))
        let status = try client.send(
            "POST", "/status", headers: ["Content-Type": "application/x-www-form-urlencoded"],
            body: Array("token=\(token.grouped)".utf8))
        #expect(status.status == 200)
        let today = CalendarDay(Date())
        #expect(status.text.contains("\(today.month)/\(today.year)"))
        #expect(!status.text.contains("1/2020"))
    }

    @Test func theSignedReceiptProvesTheReportIsInTheLog() throws {
        _ = try submitReport()
        let page = try submitReport()
        let link = try #require(page.text.range(of: "href=\"/receipt/").map { page.text[$0.upperBound...] })
        let index = String(link.prefix { $0.isNumber })
        let receipt = try client.send("GET", "/receipt/\(index)")
        #expect(receipt.status == 200)
        #expect(receipt.headers["content-disposition"]?.contains("attachment") == true)
        #expect(try String(verifiedReceipt(receipt.text)) == index)
        #expect(try client.send("GET", "/receipt/999999").status == 404)
        #expect(try client.send("GET", "/receipt/abc").status == 404)
    }

    /// Issue 12, M4: the page shown after the form carries the signed receipt itself, as text to copy or
    /// save (no script, no download needed), beside the link.
    @Test func theReceiptPageItselfCarriesTheSignedReceipt() throws {
        _ = try submitReport()
        let page = try submitReport()
        #expect(page.status == 200)
        let link = try #require(page.text.range(of: "href=\"/receipt/").map { page.text[$0.upperBound...] })
        let index = String(link.prefix { $0.isNumber })
        let opening = "<details><summary>\(Language.vi.strings.receiptShowText)</summary>\n<pre id=\"receipt\">"
        let start = try #require(page.text.range(of: opening), "no receipt text on the page").upperBound
        let end = try #require(page.text[start...].range(of: "</pre></details>")).lowerBound
        let text = String(page.text[start..<end]).replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        #expect(try String(verifiedReceipt(text)) == index)
    }

    /// Checks a receipt's signature and inclusion proof against the stored record; returns its index.
    func verifiedReceipt(_ text: String) throws -> UInt64 {
        #expect(!text.contains("CANARY"))
        let parts = text.components(separatedBy: "\n\n")
        let fields = parts[0].split(separator: "\n").map(String.init)
        func field(_ name: String) -> String? {
            fields.first { $0.hasPrefix(name + ": ") }.map { String($0.dropFirst(name.count + 2)) }
        }
        #expect(fields.first == "Candor receipt v1")
        let logKey = try #require(field("log-key"))
        let verifier = try NoteVerifier(verifierKey: logKey)
        let note = try SignedNote(parsing: parts.dropFirst().joined(separator: "\n\n"))
        #expect(try note.verify(with: [verifier]).count == 1)
        let checkpoint = try Checkpoint(text: note.text)
        let indexText = try #require(field("index"))
        let leafIndex = try #require(UInt64(indexText))
        let proofStart = try #require(fields.firstIndex(of: "inclusion-proof:"))
        let hashes = fields[(proofStart + 1)...].prefix { !$0.hasPrefix("log-key") }.map {
            Array(Data(base64Encoded: $0)!)
        }
        let leafText = try #require(field("leaf-hash"))
        let leaf = Array(Data(base64Encoded: leafText)!)
        try InclusionProof(leafIndex: leafIndex, treeSize: checkpoint.size, hashes: hashes).verify(
            leafHash: leaf, rootHash: checkpoint.rootHash)
        // The leaf is the stored record: SHA-256(0x00 ‖ type ‖ envelope).
        let record = try store.record(at: leafIndex)
        #expect(RFC6962.leafHash([record.type] + record.payload) == leaf)
        return leafIndex
    }

    @Test func aFormWithMistakesComesBackWithEverythingTypedAndNothingStored() throws {
        let before = store.recordCount
        let form = try client.send("GET", "/en/report")
        let ticket = try #require(HTMLForms.hiddenValue("ticket", in: form.text))
        let (contentType, body) = HTMLForms.multipart(
            [
                ("ticket", ticket), ("province", "atlantis"), ("agency", "Office <b>7</b>"), ("account", ""),
                ("month", "13"), ("year", "2026"),
            ], files: [("file", "a.jpg", "image/jpeg", HTMLForms.jpegWithGPS())])
        let page = try client.send("POST", "/en/report", headers: ["Content-Type": contentType], body: body)
        #expect(page.status == 422)
        let s = Language.en.strings
        #expect(page.text.contains(s.errorChoose))
        #expect(page.text.contains(s.errorChooseKind))
        #expect(page.text.contains(s.errorRequired))
        #expect(page.text.contains("Office &lt;b&gt;7&lt;/b&gt;"))
        #expect(store.recordCount == before, "a refused form stored something")
        // The ticket was spent: posting the same form again is refused with the ticket message.
        let again = try client.send("POST", "/en/report", headers: ["Content-Type": contentType], body: body)
        #expect(again.text.contains(s.errorTicket))
    }

    @Test func tokensThatAreMistypedOrUnknownGetDistinctMessages() throws {
        let receipt = try submitReport()
        let token = try #require(HTMLForms.receiptToken(in: receipt.text)).replacingOccurrences(of: "-", with: "")
        let last = token.last!
        let typo = String(token.dropLast()) + (last == "0" ? "1" : "0")
        func status(_ text: String) throws -> TestClient.Response {
            try client.send(
                "POST", "/status", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                body: Array("token=\(text)".utf8))
        }
        let s = Language.vi.strings
        #expect(try status(typo).text.contains(s.statusBadCheck))
        #expect(try status("ABC").text.contains(s.statusMalformed))
        let unknown = CaseToken().canonical
        let missing = try status(unknown)
        #expect(missing.status == 404)
        #expect(missing.text.contains(s.statusNoSuchCase))
    }

    @Test func theJSONAPISubmitsWithProofOfWorkAndAnswersErrorsInJSON() throws {
        let challenge = try client.send("GET", "/api/v1/challenge")
        #expect(challenge.status == 200)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(challenge.body)) as? [String: Any])
        let text = try #require(object["challenge"] as? String)
        let counter = try #require(Hashcash.solve(text))
        let report: [String: Any] = [
            "province": "hue", "procedure": "dang-ky-khai-sinh", "agency": "UBND phường", "misconduct": ["sach-nhieu"],
            "account": "Cán bộ hẹn lên hẹn xuống, đòi thêm giấy tờ.", "month": 3, "year": 2026,
        ]
        let body = try JSONSerialization.data(withJSONObject: ["challenge": text, "counter": counter, "report": report])
        let created = try client.send(
            "POST", "/api/v1/reports", headers: ["Content-Type": "application/json"], body: Array(body))
        #expect(created.status == 201)
        let reply = try #require(try JSONSerialization.jsonObject(with: Data(created.body)) as? [String: Any])
        let token = try #require(reply["token"] as? String)
        // The same solved challenge cannot be used twice.
        let replay = try client.send(
            "POST", "/api/v1/reports", headers: ["Content-Type": "application/json"], body: Array(body))
        #expect(replay.status == 403)
        #expect(replay.text.contains("\"error\""))

        let status = try client.send(
            "POST", "/api/v1/status", headers: ["Content-Type": "application/json"],
            body: Array("{\"token\": \"\(token)\"}".utf8))
        #expect(status.status == 200)
        #expect(status.text.contains("hẹn lên hẹn xuống"))
        // A case with no outcome yet cannot be rated. A rating and a follow-up each cost a proof of work,
        // the one the last answer carried.
        func solved(_ response: TestClient.Response) throws -> String {
            let next = try #require(response.headers["candor-challenge"])
            return "\"challenge\": \"\(next)\", \"counter\": \(try #require(Hashcash.solve(next)))"
        }
        let early = try client.send(
            "POST", "/api/v1/ratings", headers: ["Content-Type": "application/json"],
            body: Array("{\"token\": \"\(token)\", \"level\": \"satisfied\", \(try solved(replay))}".utf8))
        #expect(early.status == 409)
        #expect(early.text.contains("not_resolved"))
        let followUp = try client.send(
            "POST", "/api/v1/followups", headers: ["Content-Type": "application/json"],
            body: Array("{\"token\": \"\(token)\", \"text\": \"Thêm chi tiết.\", \(try solved(early))}".utf8))
        #expect(followUp.status == 201)
        let bad = try client.send(
            "POST", "/api/v1/status", headers: ["Content-Type": "application/json"], body: Array("{\"token\": 5}".utf8))
        #expect(bad.status == 400)
        #expect(bad.headers["content-type"]?.hasPrefix("application/json") == true)
        #expect(try client.send("GET", "/api/v1/nothing").status == 404)
    }

    /// Errors found before a request head parses (431, 414) still answer in the path's language, and in
    /// JSON under /api/: the path is read from the request line as far as it came.
    @Test func errorsBeforeTheHeadParsesFollowThePath() throws {
        let big = ["X-Padding": String(repeating: "a", count: 20_000)]
        let english = try client.send("GET", "/en/report", headers: big)
        #expect(english.status == 431)
        #expect(english.text.contains(Language.en.strings.badRequest))
        let vietnamese = try client.send("GET", "/report", headers: big)
        #expect(vietnamese.status == 431)
        #expect(vietnamese.text.contains(Language.vi.strings.badRequest))
        let api = try client.send("POST", "/api/v1/reports", headers: big)
        #expect(api.status == 431)
        #expect(api.headers["content-type"]?.hasPrefix("application/json") == true)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(api.body)) as? [String: Any])
        #expect(object["error"] as? String == "http_431")
        #expect(object["message"] is String)
        let long = try client.send("GET", "/api/v1/" + String(repeating: "a", count: 3_000))
        #expect(long.status == 414)
        #expect(long.headers["content-type"]?.hasPrefix("application/json") == true)
        let longEnglish = try client.send("GET", "/en/" + String(repeating: "a", count: 3_000))
        #expect(longEnglish.status == 414)
        #expect(longEnglish.text.contains(Language.en.strings.badRequest))
        // The server goes on serving.
        #expect(try client.send("GET", "/en/").status == 200)
    }

    /// Every answer to a submission carries a fresh challenge: a client chains them without asking
    /// `GET /api/v1/challenge` again, also after a refused report whose challenge was spent.
    @Test func everySubmissionAnswerCarriesTheNextChallenge() throws {
        func submit(_ challenge: String, account: String) throws -> TestClient.Response {
            let report: [String: Any] = [
                "province": "hue", "procedure": "dang-ky-khai-sinh", "agency": "UBND phường",
                "misconduct": ["sach-nhieu"], "account": account, "month": 3, "year": 2026,
            ]
            let counter = try #require(Hashcash.solve(challenge))
            let body = try JSONSerialization.data(withJSONObject: [
                "challenge": challenge, "counter": counter, "report": report,
            ])
            return try client.send(
                "POST", "/api/v1/reports", headers: ["Content-Type": "application/json"], body: Array(body))
        }
        func next(_ response: TestClient.Response) throws -> String {
            let challenge = try #require(response.headers["candor-challenge"])
            #expect(
                response.headers["candor-challenge-difficulty"]
                    == challenge.split(separator: ".").first.map(String.init))
            return challenge
        }
        let first = try #require(
            try JSONSerialization.jsonObject(with: Data(try client.send("GET", "/api/v1/challenge").body))
                as? [String: Any])
        let before = store.recordCount
        let created = try submit(try #require(first["challenge"] as? String), account: "Lần một: đòi tiền.")
        #expect(created.status == 201)
        let second = try next(created)
        // A refused report (blank account) spends its challenge and still hands out the next one.
        let refused = try submit(second, account: "   ")
        #expect(refused.status == 422)
        let third = try next(refused)
        #expect(third != second)
        #expect(try submit(second, account: "Lần hai.").status == 403, "a spent challenge was accepted again")
        let again = try submit(third, account: "Lần hai: hẹn lên hẹn xuống.")
        #expect(again.status == 201)
        #expect(store.recordCount == before + 3, "the day mark and two reports")
        // A forged or malformed challenge is refused, and the answer still carries a real one.
        let forged = try submit("0.AAAA", account: "Giả.")
        #expect(forged.status == 403)
        #expect(try submit(try next(forged), account: "Lần ba.").status == 201)
    }

    @Test func theBudgetAnswers503WithRetryAfterAndStoresNothing() throws {
        var site = try CitizenSite.Configuration(secret: SecureBytes.random(count: 32))
        site.tickets = FormTicketIssuer(key: SecureBytes.random(count: 32), minimumFillSeconds: 0)
        site.budget = IntakeBudget(perSecond: 0.001, burst: 1)
        let tight = HTTPServer(
            address: .tcp(host: "127.0.0.1", port: 0),
            router: try CitizenSite(store: store, configuration: site).router())
        try tight.start()
        defer { tight.shutdown() }
        let tightClient = TestClient(port: tight.port!)
        func post() throws -> TestClient.Response {
            let ticket = try #require(HTMLForms.hiddenValue("ticket", in: try tightClient.send("GET", "/report").text))
            let (contentType, body) = HTMLForms.multipart(
                [
                    ("ticket", ticket), ("province", "ha-noi"), ("procedure", "khac"), ("agency", "X"),
                    ("misconduct", "khac"), ("account", "Y"), ("month", "1"), ("year", "2026"),
                ], files: [])
            return try tightClient.send("POST", "/report", headers: ["Content-Type": contentType], body: body)
        }
        #expect(try post().status == 200)
        let before = store.recordCount
        let busy = try post()
        #expect(busy.status == 503)
        #expect(Int(busy.headers["retry-after"] ?? "") ?? 0 > 0)
        #expect(busy.text.contains(Language.vi.strings.busyTitle))
        #expect(store.recordCount == before)
    }
}
