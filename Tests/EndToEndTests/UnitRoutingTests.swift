import API
import Casework
import Deployment
import Foundation
import Sodium
import TestSupport
import Testing

/// candor-server with three units (Hà Nội: lan, Cà Mau: minh, national: tam), the real binary over
/// HTTP: the receipt names the unit that handles the report, the conflict choice reaches the national
/// unit only, and an inspector of another unit gets 403 `not_your_unit` with nothing appended.
@Suite("End to end: candor-server routes to units")
struct UnitRoutingTests {
    @Test func threeUnits() throws {
        let folder = NSTemporaryDirectory() + "candor-routing-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let keys = folder + "/Keys"
        try FileManager.default.createDirectory(atPath: keys + "/units", withIntermediateDirectories: true)
        let lan = try TestInspector(name: "lan", folder: folder, keys: keys)
        let minh = try TestInspector(name: "minh", folder: folder, keys: keys)
        _ = try TestInspector(name: "tam", folder: folder, keys: keys)
        let inspectors = try InspectorKeys(directory: keys)
        var epochs: [String: SealedBox.PrivateKey] = [:]
        for (unit, member) in [("ha-noi", "lan"), ("ca-mau", "minh"), ("chinh-phu", "tam")] {
            let epoch = SealedBox.PrivateKey()
            epochs[unit] = epoch
            let key = try #require(inspectors.inspectors.first { $0.name == member })
            let file = try UnitKeyFile(
                unit: unit, epochs: [UnitKeyFile.Epoch(number: 1, sealingKey: epoch.publicKey)],
                members: [
                    UnitKeyFile.Member(
                        name: member, keyID: key.keyID, epochCount: 1,
                        sealedKeys: SealedBox.seal(epoch.rawRepresentation.unsafeCopiedBytes(), to: key.sealingKey))
                ])
            try file.text.write(toFile: "\(keys)/units/\(unit).unit", atomically: true, encoding: .utf8)
        }
        let server = try CandorServer(data: folder + "/data", keys: keys)
        defer { server.stop() }
        let port = try #require(server.port, "candor-server did not start:\n\(server.stderr.text)")
        let client = HTTPClient(server: try HTTPClient.ServerURL("http://127.0.0.1:\(port)"))

        func report(conflict: Bool) throws -> (page: String, token: String) {
            let form = try client.send(method: "GET", target: "/en/report")
            let ticket = try #require(HTMLForms.hiddenValue("ticket", in: String(decoding: form.body, as: UTF8.self)))
            let (type, body) = HTMLForms.multipart(
                [
                    ("ticket", ticket), ("province", "ha-noi"), ("procedure", "doi-giay-phep-lai-xe"),
                    ("agency", "Phòng một cửa"), ("misconduct", "hoi-lo"), ("account", "Cán bộ đòi tiền."),
                    ("month", "10"), ("year", "2026"),
                ] + (conflict ? [("localAuthorityInvolved", "yes")] : []))
            let receipt = try client.send(
                method: "POST", target: "/en/report", headers: [("Content-Type", type)], body: body)
            let page = String(decoding: receipt.body, as: UTF8.self)
            try #require(receipt.status == 200, "\(page.prefix(400))")
            return (page, try #require(HTMLForms.receiptToken(in: page)))
        }
        let ordinary = try report(conflict: false)
        #expect(ordinary.page.contains("Handled by: <strong>Hanoi City Inspectorate</strong>"))
        let conflict = try report(conflict: true)
        #expect(conflict.page.contains("Handled by: <strong>Government Inspectorate</strong>"))

        // Cà Mau's minh accepts the Hà Nội case: 403, nothing appended; Hà Nội's lan may.
        let token = try CaseToken(parsing: ordinary.token)
        let tagReply = try client.send(
            method: "POST", target: "/api/v1/case-tag", headers: [("Content-Type", "application/json")],
            body: Array(#"{"token":"\#(ordinary.token)"}"#.utf8))
        let tag = try CaseTag(hex: try #require(CaseTagReply(jsonBytes: tagReply.body)).caseTag)
        func accept(by inspector: TestInspector) throws -> (Int, String) {
            let event = try InspectorEvent.make(
                action: .accept, details: EventDetails(), caseTag: tag, replyKey: token.replyKey().publicKey,
                inspectors: [epochs["ha-noi"]!.publicKey, epochs["chinh-phu"]!.publicKey],
                time: Int64(Date().timeIntervalSince1970), inspector: inspector.name,
                signingKey: inspector.signer.key.signingKey)
            let target = "/api/v1/inspect/events"
            let reply = try client.send(
                method: "POST", target: target, headers: inspector.headers("POST", target, body: event.bytes),
                body: event.bytes)
            return (reply.status, String(decoding: reply.body, as: UTF8.self))
        }
        let refused = try accept(by: minh)
        #expect(refused.0 == 403)
        #expect(refused.1.contains("not_your_unit") && refused.1.contains("minh is a member of ca-mau"))
        #expect(try accept(by: lan).0 == 200)
    }
}
