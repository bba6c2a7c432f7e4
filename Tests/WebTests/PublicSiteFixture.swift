import Casework
import Catalogue
import Deployment
import Foundation
import HTTP
import Ledger
import Outcomes
import Sodium
import TestSupport

@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Stores
@testable import Web

/// A router with the citizen site and the public pages over a temporary intake log and outcomes log,
/// with a few outcomes signed by one inspector.
final class PublicSiteFixture {
    let folder = NSTemporaryDirectory() + "candor-public-\(UUID().uuidString.prefix(8))"
    let catalog: Catalog
    let inspector: InspectorAuthenticatorTests.Inspector
    let intake: IntakeStore
    let outcomes: OutcomeStore
    let router: Router
    static let origin = "test.candor/outcomes"
    static let samplesSigner = try! Signing.PrivateKey(seed: SecureBytes([UInt8](repeating: 9, count: 32)))

    /// The sample outcomes, in publication order (index = position).
    static let samples: [PublicOutcome] = [
        sample(
            "00000000000000a0", "ha-noi", "Phòng CSGT Công an phường Ba Đình", "doi-giay-phep-lai-xe", ["hoi-lo"],
            "can-bo-canh-cao", "2026-03", "2026-04", 21, true),
        sample(
            "00000000000000a1", "da-nang", "Điện lực Hải Châu", "cap-dien", ["sach-nhieu", "keo-dai"],
            "cong-chuc-khien-trach", "2026-04", "2026-06", 45, false),
        sample(
            "00000000000000a2", "ha-noi", "UBND phường Hoàn Kiếm", "dang-ky-khai-sinh", ["keo-dai"],
            "can-bo-khien-trach", "2026-05", "2026-05", 10, true,
            summary: "Cán bộ hẹn lại nhiều lần. <script>alert(1)</script> & \"trích\""),
        sample(
            "00000000000000a3", "ho-chi-minh", "Chi cục Thuế khu vực", "nop-thue-dien-tu", ["hoi-lo"],
            "can-bo-canh-cao", "2026-01", "2026-03", 60, false),
    ]

    static func sample(
        _ id: String, _ province: String, _ agency: String, _ procedure: String, _ kinds: [String], _ outcome: String,
        _ received: String, _ resolved: String, _ days: Int, _ met: Bool, summary: String = "Đã xử lý theo quy định."
    ) -> PublicOutcome {
        let label = try! Catalog.bundled().outcomes[outcome]!.vi
        return PublicOutcome(
            id: id, province: province, agency: agency, procedure: procedure, kinds: kinds, outcome: outcome,
            outcomeLabel: label, summary: summary, monthReceived: received, monthResolved: resolved,
            daysToResolve: days, deadlineMet: met)
    }

    init(
        publishing samples: [PublicOutcome] = PublicSiteFixture.samples, ratings: Int = 0,
        clock: any WallClock = SystemWallClock(), namesAllowed: Bool = false
    ) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        catalog = try Catalog.bundled()
        inspector = try InspectorAuthenticatorTests.Inspector("lan", seed: 7)
        var configuration = IntakeStore.Configuration(catalog: catalog)
        configuration.isResolved = { _ in true }
        configuration.signsReceiptsEagerly = false
        configuration.clock = clock
        intake = try IntakeStore(
            dataDirectory: folder, inspectorKeys: try InspectorKeys([inspector.key]), configuration: configuration)
        outcomes = try OutcomeStore(
            dataDirectory: folder, origin: Self.origin, catalog: catalog, namesAllowed: namesAllowed)
        for outcome in samples {
            _ = try outcomes.publish(outcome.entry(signedWith: inspector.signing), signer: inspector.key)
        }
        let site = try CitizenSite(
            store: intake, configuration: try CitizenSite.Configuration(secret: SecureBytes.random(count: 32)))
        var router = site.router()
        PublicSite.install(into: &router, outcomes: outcomes, intake: intake)
        self.router = router
        for _ in 0..<ratings { try rate(.satisfied) }
    }

    /// Files a report and rates it at `level`, through the intake as the form does.
    func rate(_ level: Rating.Level) throws {
        let receipt = try intake.submit(
            report: Report(
                province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Phòng CSGT", misconduct: ["hoi-lo"],
                account: "Cán bộ đòi 500.000 đồng để nhận hồ sơ.", month: 1, year: 2026))
        _ = try intake.rate(token: receipt.token, rating: Rating(level: level))
    }

    deinit {
        outcomes.close()
        intake.close()
        try? FileManager.default.removeItem(atPath: folder)
    }

    func get(_ target: String) throws -> HTTPResponse {
        router.respond(to: try HTTPRequest(method: .get, target: target))
    }

    func text(_ target: String) throws -> String { String(decoding: try get(target).body, as: UTF8.self) }
}
