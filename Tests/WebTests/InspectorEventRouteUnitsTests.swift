import Casework
import Catalogue
import Deployment
import Foundation
import HTTP
import Sodium
import TestSupport
import Testing

@testable import InspectorWeb
@testable import Stores

/// `POST /api/v1/inspect/events` with units: an inspector of another unit gets 403 `not_your_unit`.
@Suite("Inspector API: events with units")
struct InspectorEventRouteUnitsTests {
    typealias Inspector = InspectorAuthenticatorTests.Inspector

    /// lan of Hà Nội, minh of Cà Mau, a national unit with no member; the events route on a store.
    struct Fixture {
        let folder = NSTemporaryDirectory() + "candor-events-units-\(UUID().uuidString.prefix(8))"
        let clock = ManualClock()
        let lan: Inspector
        let minh: Inspector
        let epochs = [
            "ha-noi": SealedBox.PrivateKey(), "ca-mau": SealedBox.PrivateKey(), "chinh-phu": SealedBox.PrivateKey(),
        ]
        let store: IntakeStore
        var router = Router()
        var now: Int64 { Int64(clock.now.timeIntervalSince1970) }

        init() throws {
            lan = try Inspector("lan", seed: 1)
            minh = try Inspector("minh", seed: 3)
            let epochs = self.epochs
            func file(_ unit: String, _ members: [Inspector]) throws -> UnitKeyFile {
                try UnitKeyFile(
                    unit: unit, epochs: [UnitKeyFile.Epoch(number: 1, sealingKey: epochs[unit]!.publicKey)],
                    members: members.map {
                        UnitKeyFile.Member(
                            name: $0.name, keyID: $0.key.keyID, epochCount: 1,
                            sealedKeys: SealedBox.seal(
                                epochs[unit]!.rawRepresentation.unsafeCopiedBytes(), to: $0.key.sealingKey))
                    })
            }
            let keys = try InspectorKeys([lan.key, minh.key])
            let catalog = try Catalog.bundled()
            var configuration = IntakeStore.Configuration(catalog: catalog)
            configuration.clock = clock
            store = try IntakeStore(
                dataDirectory: folder,
                inspectorates: Inspectorates(
                    inspectors: keys, units: [file("ha-noi", [lan]), file("ca-mau", [minh]), file("chinh-phu", [])],
                    catalog: catalog.units),
                configuration: configuration)
            InspectorAPI.installEvents(
                into: &router, authenticator: InspectorAuthenticator(keys: keys, clock: clock), store: store)
        }

        func close() {
            store.close()
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    @Test func aMemberOfAnotherUnitGets403AndNothingIsAppended() throws {
        let f = try Fixture()
        defer { f.close() }
        let (store, minh, epochs, router, now) = (f.store, f.minh, f.epochs, f.router, f.now)
        let receipt = try store.submit(
            report: Report(
                province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Phòng CSGT", misconduct: ["hoi-lo"],
                account: "Cán bộ đòi tiền.", month: 1, year: 2026))
        let accept = try InspectorEvent.make(
            action: .accept, details: EventDetails(), caseTag: receipt.caseTag,
            replyKey: receipt.token.replyKey().publicKey,
            inspectors: [epochs["ha-noi"]!.publicKey, epochs["chinh-phu"]!.publicKey], time: now, inspector: "minh",
            signingKey: minh.signing)
        let before = store.recordCount
        let (status, json) = try minh.signedPost(accept.bytes, to: "/api/v1/inspect/events", time: now, router: router)
        #expect(status == 403)
        #expect(json["error"] as? String == "not_your_unit")
        #expect(json["message"] as? String == "minh is a member of ca-mau; this case is handled by ha-noi, chinh-phu")
        #expect(store.recordCount == before)
    }
}
