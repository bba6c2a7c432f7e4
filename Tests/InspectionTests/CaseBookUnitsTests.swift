import Casework
import Catalogue
import Deployment
import Foundation
import Keys
import Sodium
import TestSupport
import Testing
import Unlocking

@testable import Stores
@testable import Triage

/// A case's units as the inspectors' tool counts them, and what each unit's member opens: the report
/// routed to Hà Nội and the national unit, then handed to Cà Mau by a transfer whose keys Cà Mau opens.
@Suite("CaseBook: the units of a case")
struct CaseBookUnitsTests {
    static func inspector(_ n: UInt8, _ name: String) -> InspectorPrivateKey {
        try! InspectorPrivateKey(
            name: name, sealingSeed: SecureBytes([UInt8](repeating: n, count: 32)),
            signingSeed: SecureBytes([UInt8](repeating: n &+ 0x40, count: 32)))
    }

    let lan = inspector(1, "lan")
    let cuong = inspector(2, "cuong")
    let tuan = inspector(3, "tuan")
    let folder = TemporaryDirectory()
    let inspectorates: Inspectorates
    let store: IntakeStore

    init() throws {
        let files = try [("ha-noi", lan), ("ca-mau", cuong), ("chinh-phu", tuan)].map {
            try UnitKeyFile.create(unit: $0.0, members: [$0.1.publicKey]).file
        }
        inspectorates = try Inspectorates(
            inspectors: InspectorKeys([lan, cuong, tuan].map(\.publicKey)), units: files,
            catalog: try Catalog.bundled().units)
        var configuration = IntakeStore.Configuration(catalog: try Catalog.bundled())
        configuration.clock = PinnedClock.may2026
        configuration.signsReceiptsEagerly = false
        store = try IntakeStore(
            dataDirectory: folder.child("data"), inspectorates: inspectorates, configuration: configuration)
    }

    func book(_ member: InspectorPrivateKey) throws -> CaseBook {
        let records = try (0..<store.recordCount).map { try store.record(at: $0) }
        let signers = [lan, cuong, tuan].map { KnownSigner(name: $0.name, signingKey: $0.publicKey.signingKey) }
        return CaseBook(records: records, keys: try inspectorates.openingKeys(for: member), signers: signers)
    }

    @Test("a Hà Nội case is Hà Nội's and the national unit's; a transfer adds Cà Mau and gives it the keys")
    func unitsAndTransfer() throws {
        defer { store.close() }
        let report = Report(
            province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Phòng CSGT", misconduct: ["hoi-lo"],
            account: "Cán bộ đòi 500.000 đồng để nhận hồ sơ.", month: 4, year: 2026)
        _ = try store.submit(report: report)
        let item = try #require(try book(lan).cases.first)
        #expect(try book(lan).units(of: item, in: inspectorates) == ["ha-noi", "chinh-phu"])
        #expect(try book(lan).cases[0].reportBody != nil)
        #expect(try book(tuan).cases[0].reportBody != nil)
        #expect(try book(cuong).cases[0].reportBody == nil)

        let national = try book(tuan)
        let grants = national.openableRecords(of: national.cases[0]).map {
            EventDetails.Grant(
                record: $0, key: Data(national.contentKey(record: $0)!.unsafeCopiedBytes()).base64EncodedString())
        }
        var recipients = inspectorates.sealingKeys(forUnits: national.units(of: national.cases[0], in: inspectorates))
        recipients += inspectorates.sealingKeys(forUnits: ["ca-mau"])
        let transfer = try InspectorEvent.make(
            action: .transfer, details: EventDetails(reason: "Cà Mau's office handled the file.", grants: grants),
            caseTag: item.tag, replyKey: item.replyKey, inspectors: recipients,
            time: Int64(PinnedClock.may2026.now.timeIntervalSince1970), inspector: "tuan", unit: "ca-mau",
            signingKey: tuan.signingKey)
        _ = try store.appendEvent(transfer.bytes, requester: tuan.publicKey)

        let after = try book(cuong)
        #expect(after.units(of: after.cases[0], in: inspectorates) == ["ha-noi", "chinh-phu", "ca-mau"])
        #expect(after.cases[0].reportBody?.account == report.account)
        #expect(after.cases[0].events.first?.details?.reason == "Cà Mau's office handled the file.")
    }

    @Test("in a flat Keys/ a case has no unit")
    func flat() throws {
        defer { store.close() }
        let flat = try Inspectorates(
            inspectors: InspectorKeys([lan.publicKey]), units: [], catalog: try Catalog.bundled().units)
        _ = try store.submit(
            report: Report(
                province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Phòng CSGT", misconduct: ["hoi-lo"],
                account: "Cán bộ đòi tiền.", month: 4, year: 2026))
        let opened = try book(lan)
        #expect(opened.units(of: opened.cases[0], in: flat).isEmpty)
        #expect(flat.sealingKeys(forUnits: []) == [lan.publicKey.sealingKey])
    }
}
