import API
import Casework
import Foundation
import TestSupport
import Testing

/// Service feedback from the citizen's form to `candor-inspect feedback`, with the real binaries.
@Suite("End to end: service feedback in the inspectors' tool", .serialized)
final class FeedbackInspectTests {
    let folder = NSTemporaryDirectory() + "candor-feedback-\(UUID().uuidString.prefix(8))"
    let server: Process
    let url: String
    let port: UInt16

    init() throws {
        let keys = folder + "/Keys"
        try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
        let made = try Binaries.run(
            "candor-inspect", ["keygen", "--name", "lan", "--out", "\(folder)/lan.candor-key"], in: folder)
        try #require(made.status == 0, "\(made.stderr)")
        try made.stdout.write(toFile: "\(keys)/lan.pub", atomically: true, encoding: .utf8)
        (server, url, port) = try Binaries.startServer(data: folder + "/data", keys: keys)
    }

    deinit {
        server.terminate()
        server.waitUntilExit()
        try? FileManager.default.removeItem(atPath: folder)
    }

    func inspect(_ arguments: [String]) throws -> Transcript {
        let common = ["--key", "\(folder)/lan.candor-key", "--keys", folder + "/Keys", "--mirror", folder + "/mirror"]
        return try Binaries.run("candor-inspect", [arguments[0]] + common + Array(arguments.dropFirst()), in: folder)
    }

    func rate(province: String, overall: String, comment: String) throws {
        let client = HTTPClient(server: try HTTPClient.ServerURL("http://127.0.0.1:\(port)"))
        let form = String(decoding: try client.send(method: "GET", target: "/feedback").body, as: UTF8.self)
        let ticket = try #require(HTMLForms.hiddenValue("ticket", in: form))
        let month = VisitMonth(CalendarDay(Date())).description
        let (type, body) = Binaries.urlencoded([
            ("ticket", ticket), ("province", province), ("agency", "cong-an"), ("procedure", "dang-ky-khai-sinh"),
            ("month", month), ("staff", "2"), ("timeliness", "4"), ("extras", "1"), ("overall", overall),
            ("comment", comment),
        ])
        let response = try client.send(
            method: "POST", target: "/feedback", headers: [("Content-Type", type)], body: body)
        #expect(response.status == 200)
    }

    @Test func inspectorsReadFeedbackPerAgencyApartFromCases() throws {
        try rate(province: "hue", overall: "1", comment: "Cán bộ bàn 3 đòi 200.000 đồng mới nhận hồ sơ")
        try rate(province: "ha-noi", overall: "5", comment: "")
        let sync = try inspect(["sync", "--server", url])
        try #require(sync.status == 0, "\(sync.stderr)")
        let json = try inspect(["feedback", "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items.first?["comment"] as? String == "Cán bộ bàn 3 đòi 200.000 đồng mới nhận hồ sơ")
        #expect(items.first?["overall"] as? Int == 1 && items.first?["extras"] as? Int == 1)
        let text = try inspect(["feedback", "--agency", "cong-an", "--province", "hue"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("Công an (xã, phường, tỉnh), Huế: 1 rating"))
        #expect(text.stdout.contains("đòi 200.000 đồng") && !text.stdout.contains("Hà Nội"))
        let list = try inspect(["list", "--json"])
        #expect(list.status == 0 && !list.stdout.contains("200.000"), "feedback is not a case")
        let unknown = try inspect(["feedback", "--agency", "bo-ngoai-giao"])
        #expect(unknown.status == 2 && unknown.stderr.contains("--agency bo-ngoai-giao is not in the catalogue"))
    }
}
