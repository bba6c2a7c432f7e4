import API
import Casework
import Catalogue
import Deployment
import Foundation
import HTTP
import Sodium
import TestSupport
import Testing

@testable import CitizenWeb
@testable import Stores
@testable import Web

/// The citizen's side of units: the local-authority box, and the unit that handles the case on the
/// receipt, the status page and the JSON API, in both languages.
@Suite("Citizen site with units: the local-authority choice and the handling unit")
final class CitizenSiteUnitsTests {
    let folder = NSTemporaryDirectory() + "candor-web-units-\(UUID().uuidString.prefix(8))"
    /// The current epoch key of each unit: Hà Nội (lan), Cà Mau (minh), national (tam).
    let unitKeys = [
        "ha-noi": SealedBox.PrivateKey(), "ca-mau": SealedBox.PrivateKey(), "chinh-phu": SealedBox.PrivateKey(),
    ]
    let signing = ["lan": Signing.PrivateKey(), "minh": Signing.PrivateKey(), "tam": Signing.PrivateKey()]
    let store: IntakeStore
    let site: CitizenSite
    let router: Router

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let catalog = try Catalog.bundled()
        var keys: [InspectorKey] = []
        var files: [UnitKeyFile] = []
        for (name, unit) in [("lan", "ha-noi"), ("minh", "ca-mau"), ("tam", "chinh-phu")] {
            let sealing = SealedBox.PrivateKey()
            let key = try InspectorKey(name: name, sealingKey: sealing.publicKey, signingKey: signing[name]!.publicKey)
            keys.append(key)
            let epoch = unitKeys[unit]!
            files.append(
                try UnitKeyFile(
                    unit: unit, epochs: [UnitKeyFile.Epoch(number: 1, sealingKey: epoch.publicKey)],
                    members: [
                        UnitKeyFile.Member(
                            name: name, keyID: key.keyID, epochCount: 1,
                            sealedKeys: SealedBox.seal(
                                epoch.rawRepresentation.unsafeCopiedBytes(), to: sealing.publicKey))
                    ]))
        }
        let inspectorates = try Inspectorates(
            inspectors: try InspectorKeys(keys), units: files, catalog: catalog.units)
        store = try IntakeStore(
            dataDirectory: folder, inspectorates: inspectorates,
            configuration: IntakeStore.Configuration(catalog: catalog))
        var configuration = try CitizenSite.Configuration(secret: SecureBytes.random(count: 32))
        configuration.proofOfWorkBits = 0...0
        site = try CitizenSite(store: store, configuration: configuration)
        router = site.router()
    }

    deinit {
        store.close()
        try? FileManager.default.removeItem(atPath: folder)
    }

    func report(localAuthorityInvolved: Bool? = nil) throws -> Receipt {
        try store.submit(
            report: Report(
                province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Phòng một cửa", misconduct: ["hoi-lo"],
                account: "Cán bộ đòi tiền.", month: 4, year: 2026, localAuthorityInvolved: localAuthorityInvolved))
    }

    func page(_ token: CaseToken, _ language: Language) -> String {
        String(decoding: site.caseResponse(token, language, typed: "", notice: nil).body, as: UTF8.self)
    }

    @Test("the form offers the box in both languages, with its hint, and it works without JavaScript")
    func formOffersTheChoice() throws {
        for language in [Language.vi, .en] {
            let html = String(decoding: site.reportForm(language).body, as: UTF8.self)
            #expect(html.contains("<input type=\"checkbox\" name=\"localAuthorityInvolved\" value=\"yes\">"))
            #expect(html.contains(language.strings.fieldLocalAuthority))
            #expect(html.contains(language.strings.fieldLocalAuthorityHint))
        }
        #expect(Language.vi.strings.fieldLocalAuthority == "Tôi lo ngại chính quyền / cơ quan địa phương có liên quan")
        // The posted box becomes the report's choice, and is kept when the form comes back.
        let state = site.formState(["localAuthorityInvolved": ["yes"]])
        #expect(site.makeReport(state).localAuthorityInvolved == true)
        #expect(site.makeReport(site.formState([:])).localAuthorityInvolved == nil)
        let again = String(decoding: site.reportForm(.en, state: state).body, as: UTF8.self)
        #expect(again.contains("name=\"localAuthorityInvolved\" value=\"yes\" checked>"))
    }

    @Test("the receipt and the status page name the handling unit, and the new one after a transfer")
    func handlingUnit() throws {
        let receipt = try report()
        #expect(receipt.handlingUnit?.id == "ha-noi")
        let receiptHTML = receiptPage(
            .vi, groupedToken: receipt.token.grouped, receiptIndex: nil, receiptText: nil, metadataStripped: false,
            handlingUnit: receipt.handlingUnit?.vi)
        #expect(receiptHTML.contains("Đơn vị xử lý: <strong>Thanh tra thành phố Hà Nội</strong>"))
        #expect(page(receipt.token, .vi).contains("Đơn vị xử lý: <strong>Thanh tra thành phố Hà Nội</strong>"))
        #expect(page(receipt.token, .en).contains("Handled by: <strong>Hanoi City Inspectorate</strong>"))

        let transfer = try InspectorEvent.make(
            action: .transfer,
            details: EventDetails(
                reason: "Trung ương xử lý",
                grants: [EventDetails.Grant(record: receipt.logIndex, key: Data(count: 32).base64EncodedString())]),
            caseTag: receipt.caseTag, replyKey: receipt.token.replyKey().publicKey,
            inspectors: [unitKeys["ha-noi"]!.publicKey, unitKeys["chinh-phu"]!.publicKey],
            time: Int64(Date().timeIntervalSince1970), inspector: "tam", unit: "chinh-phu", signingKey: signing["tam"]!)
        _ = try store.appendEvent(transfer.bytes)
        #expect(page(receipt.token, .vi).contains("Đơn vị xử lý: <strong>Thanh tra Chính phủ</strong>"))
        #expect(page(receipt.token, .en).contains("Handled by: <strong>Government Inspectorate</strong>"))
    }

    /// POSTs `object` as JSON to the API; the status and the JSON reply.
    func post(_ target: String, _ object: [String: Any]) throws -> (status: Int, reply: [String: Any]) {
        let body = Array(try JSONSerialization.data(withJSONObject: object))
        let request = try HTTPRequest(
            method: .post, target: target,
            headers: HTTPHeaders([("Host", "localhost"), ("Content-Type", "application/json")]), body: body)
        let response = router.respond(to: request)
        let reply = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        return (response.status.code, reply)
    }

    @Test("the JSON API takes the choice and names the unit in the receipt and the status")
    func api() throws {
        let get = try HTTPRequest(
            method: .get, target: "/api/v1/challenge", headers: HTTPHeaders([("Host", "localhost")]), body: [])
        let answer = try #require(
            try JSONSerialization.jsonObject(with: Data(router.respond(to: get).body)) as? [String: Any])
        let challenge = try #require(answer["challenge"] as? String)
        let report: [String: Any] = [
            "province": "ha-noi", "procedure": "doi-giay-phep-lai-xe", "agency": "Phòng một cửa",
            "misconduct": ["hoi-lo"], "account": "Cán bộ đòi tiền.", "year": 2026, "localAuthorityInvolved": true,
        ]
        let (status, reply) = try post(
            "/api/v1/reports",
            ["report": report, "challenge": challenge, "counter": try #require(Hashcash.solve(challenge))])
        #expect(status == 201)
        let unit = try #require(reply["unit"] as? [String: Any])
        #expect(unit["id"] as? String == "chinh-phu" && unit["vi"] as? String == "Thanh tra Chính phủ")
        let token = try #require(reply["token"] as? String)
        let (statusCode, statusReply) = try post("/api/v1/status", ["token": token])
        #expect(statusCode == 200)
        #expect((statusReply["unit"] as? [String: Any])?["en"] as? String == "Government Inspectorate")
    }
}

extension CitizenSiteUnitsTests {
    @Test("GET /api/v1/keys lists the units' current keys and the routes; a report sealed to one route is taken")
    func keysAndPreSealed() throws {
        let get = try HTTPRequest(
            method: .get, target: "/api/v1/keys", headers: HTTPHeaders([("Host", "localhost")]), body: [])
        let keys = try #require(KeysReply(jsonBytes: router.respond(to: get).body))
        let units = try #require(keys.units)
        #expect(units.map(\.id) == ["ca-mau", "chinh-phu", "ha-noi"])
        #expect(units.first { $0.id == "ha-noi" }?.provinces == ["ha-noi"])
        #expect(
            units.first { $0.id == "chinh-phu" }?.sealingKey
                == Data(unitKeys["chinh-phu"]!.publicKey.rawRepresentation).base64EncodedString())
        #expect(keys.routes?["ordinary"] == ["@province", "chinh-phu"])
        #expect(keys.routes?["local-authority-involved"] == ["chinh-phu"])
    }
}

@Suite("Citizen site, flat Keys/: nothing new about units")
final class CitizenSiteFlatUnitsTests {
    @Test func noUnitIsNamedAndTheHintIsLeftOut() throws {
        let folder = NSTemporaryDirectory() + "candor-web-flat-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let key = try InspectorKey(
            name: "lan", sealingKey: SealedBox.PrivateKey().publicKey, signingKey: Signing.PrivateKey().publicKey)
        let store = try IntakeStore(
            dataDirectory: folder, inspectorKeys: try InspectorKeys([key]),
            configuration: IntakeStore.Configuration(catalog: try Catalog.bundled()))
        defer { store.close() }
        let site = try CitizenSite(
            store: store, configuration: CitizenSite.Configuration(secret: SecureBytes.random(count: 32)))
        let receipt = try store.submit(
            report: Report(
                province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Phòng một cửa", misconduct: ["hoi-lo"],
                account: "Cán bộ đòi tiền.", month: 4, year: 2026))
        #expect(receipt.handlingUnit == nil)
        let html = String(decoding: site.caseResponse(receipt.token, .vi, typed: "", notice: nil).body, as: UTF8.self)
        #expect(!html.contains("id=\"unit\""))
        let form = String(decoding: site.reportForm(.vi).body, as: UTF8.self)
        #expect(!form.contains(Language.vi.strings.fieldLocalAuthorityHint))
    }
}
