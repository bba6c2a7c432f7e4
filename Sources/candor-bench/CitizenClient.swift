import API
import Foundation

/// One simulated citizen for the crash loop: submits reports through the web form or the JSON API
/// and remembers, in memory only, each token the server acknowledged.
///
/// Every report's account carries a marker (`CrashMarker`) that is unique in the run, so the checks
/// can tell which stored report is which, and whether one is stored twice. A report counts as
/// acknowledged only when the whole success response was read: a 200 receipt page with the token
/// (the form) or a 201 with the token (the API). Both are sent after the fsync.
struct CitizenClient {
    enum Channel: String, Sendable {
        case webForm = "web"
        case api = "api"
    }

    /// What the server acknowledged: the token (kept in memory, never written) and the report's marker.
    struct Acknowledged: Sendable {
        let token: String
        let marker: String
        let channel: Channel
    }

    let channel: Channel
    let client: LoadClient

    init(channel: Channel, port: UInt16) {
        self.channel = channel
        client = LoadClient(port: port, timeoutSeconds: 5)
    }

    /// Submits one report carrying `marker`; the acknowledgement, or nil if the server refused or died.
    func submit(marker: String) throws -> Acknowledged? {
        let account = CrashMarker.account(with: marker)
        let token: String?
        switch channel {
        case .webForm: token = try submitForm(account: account)
        case .api: token = try submitJSON(account: account)
        }
        return token.map { Acknowledged(token: $0, marker: marker, channel: channel) }
    }

    private var port: UInt16 { client.port }

    /// GET /en/report for a ticket, then the multipart POST a browser sends; the token on the receipt.
    private func submitForm(account: String) throws -> String? {
        let form = try client.send(LoadClient.request("GET", "/en/report", port: port))
        let page = String(decoding: form.body, as: UTF8.self)
        guard form.status == 200, let ticket = Self.hiddenValue("ticket", in: page) else { return nil }
        let boundary = "----candorcrashloop\(UInt32.random(in: 0...UInt32.max))"
        var body: [UInt8] = []
        for (name, value) in [
            ("ticket", ticket), ("province", "ha-noi"), ("procedure", "doi-giay-phep-lai-xe"),
            ("agency", "Phòng CSGT Công an thành phố Hà Nội"), ("misconduct", "hoi-lo"), ("account", account),
            ("month", "4"), ("year", "2026"),
        ] {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        let response = try client.send(
            LoadClient.request(
                "POST", "/en/report", port: port,
                headers: [("Content-Type", "multipart/form-data; boundary=\(boundary)")], body: body))
        guard response.status == 200 else { return nil }
        return Self.receiptToken(in: String(decoding: response.body, as: UTF8.self))
    }

    /// GET /api/v1/challenge (0 bits: counter 0 solves it), then POST /api/v1/reports; the token of the 201.
    private func submitJSON(account: String) throws -> String? {
        let challenge = try client.send(LoadClient.request("GET", "/api/v1/challenge", port: port))
        guard challenge.status == 200, let value = IntakeBenchmark.challengeValue(in: challenge.body) else {
            return nil
        }
        let submission = Submission(
            challenge: String(decoding: value, as: UTF8.self), counter: 0,
            report: ReportBody(
                province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Phòng CSGT Công an thành phố Hà Nội",
                misconduct: ["hoi-lo"], account: account, month: 4, year: 2026))
        let body = submission.jsonBytes
        let response = try client.send(
            LoadClient.request(
                "POST", "/api/v1/reports", port: port, headers: [("Content-Type", "application/json")], body: body))
        guard response.status == 201 else { return nil }
        return SubmissionReply(jsonBytes: response.body)?.token
    }

    /// The value of the hidden input `name` in a page.
    static func hiddenValue(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// The token on a receipt page: the text of the element with id "token", tags removed.
    static func receiptToken(in html: String) -> String? {
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

/// The marker in a crash-loop report's account: `CL-RUN-CYCLE-CLIENT-SEQUENCE`, unique in a run.
enum CrashMarker {
    static let prefix = "CL-"

    static func make(run: String, cycle: Int, client: Int, sequence: Int) -> String {
        "\(prefix)\(run)-\(cycle)-\(client)-\(sequence)"
    }

    /// A plausible account (the form asks for specifics) with the marker as its own word.
    static func account(with marker: String) -> String {
        "Cán bộ tiếp nhận yêu cầu nộp thêm \"phí nhanh\" 500.000 đồng không có biên lai. Mã kiểm tra: \(marker) ."
    }

    /// The marker in an opened report's account, if there is one.
    static func find(in account: String) -> String? {
        guard let range = account.range(of: prefix) else { return nil }
        let word = account[range.lowerBound...].prefix { !$0.isWhitespace }
        return String(word)
    }
}
