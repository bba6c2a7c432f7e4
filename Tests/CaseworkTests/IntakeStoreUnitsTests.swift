import Catalogue
import Deployment
import Foundation
import Sodium
import Synchronization
import TestSupport
import Testing

@testable import Casework
@testable import Stores

/// A deployment of three units: Hà Nội (inspector-1), Cà Mau (inspector-2 and inspector-3) and the
/// Government Inspectorate (inspector-4).
enum ThreeUnits {
    static let inspectors = try! InspectorKeys((1...4).map { TestInspectors.key($0) })

    static func inspectorates() throws -> Inspectorates {
        try Inspectorates(
            inspectors: inspectors,
            units: [
                TestUnits.file("ha-noi", members: [1]), TestUnits.file("ca-mau", members: [2, 3]),
                TestUnits.file("chinh-phu", members: [4]),
            ],
            catalog: bundledCatalog.units)
    }

    static func store(
        _ folder: TemporaryDirectory, resolved: Bool = false, onRecordRead: (@Sendable (UInt64) -> Void)? = nil
    ) throws -> IntakeStore {
        var configuration = IntakeStore.Configuration(catalog: bundledCatalog)
        configuration.clock = FixedClock.may2026
        configuration.onRecordRead = onRecordRead
        if resolved { configuration.isResolved = { _ in true } }
        return try IntakeStore(
            dataDirectory: folder.child("data"), inspectorates: inspectorates(), configuration: configuration)
    }

    /// The current epoch key of a unit, as a member's tool opens it.
    static func key(_ unit: String) -> SealedBox.PrivateKey { TestUnits.epochKey(unit, 1) }

    static func report(_ province: String = "ha-noi", localAuthorityInvolved: Bool? = nil) -> Report {
        var report = sampleReport()
        report.province = province
        report.localAuthorityInvolved = localAuthorityInvolved
        return report
    }
}

@Suite("IntakeStore: routing to units")
struct IntakeStoreUnitsTests {
    /// The units that can open record `index`, among the three.
    static func openers(_ store: IntakeStore, _ index: UInt64) throws -> [String] {
        let envelope = try Envelope(parsing: store.record(at: index).payload)
        return ["ha-noi", "ca-mau", "chinh-phu"].filter { (try? envelope.open(with: ThreeUnits.key($0))) != nil }
    }

    @Test("a Hà Nội report is sealed once to Hà Nội and once to the national unit, and Hà Nội handles it")
    func ordinaryRoute() throws {
        let folder = TemporaryDirectory("units")
        let store = try ThreeUnits.store(folder)
        defer { store.close() }
        let receipt = try store.submit(report: ThreeUnits.report())
        #expect(try Self.openers(store, receipt.logIndex) == ["ha-noi", "chinh-phu"])
        let envelope = try Envelope(parsing: store.record(at: receipt.logIndex).payload)
        #expect(envelope.recipients.count == 3, "two unit keys and the reply key: not one per inspector")
        #expect(receipt.handlingUnit?.id == "ha-noi")
        #expect(try store.handlingUnit(of: receipt.caseTag)?.vi == "Thanh tra thành phố Hà Nội")
    }

    @Test("a report about a province with no deployed unit goes to the national unit")
    func undeployedProvince() throws {
        let folder = TemporaryDirectory("units")
        let store = try ThreeUnits.store(folder)
        defer { store.close() }
        let receipt = try store.submit(report: ThreeUnits.report("da-nang"))
        #expect(try Self.openers(store, receipt.logIndex) == ["chinh-phu"])
        #expect(receipt.handlingUnit?.id == "chinh-phu")
    }

    @Test("a citizen who fears the local authority is involved reaches the national unit only")
    func conflictRoute() throws {
        let folder = TemporaryDirectory("units")
        let store = try ThreeUnits.store(folder)
        defer { store.close() }
        let receipt = try store.submit(report: ThreeUnits.report(localAuthorityInvolved: true))
        #expect(try Self.openers(store, receipt.logIndex) == ["chinh-phu"])
        #expect(receipt.handlingUnit?.id == "chinh-phu")
        let envelope = try Envelope(parsing: store.record(at: receipt.logIndex).payload)
        let message = try CaseMessage(decoding: envelope.open(with: ThreeUnits.key("chinh-phu")), kind: .report)
        guard case .report(let report) = message.body else {
            Issue.record("not a report")
            return
        }
        #expect(report.localAuthorityInvolved == true)
    }

    @Test("follow-ups and ratings are sealed to the case's units, not to the others")
    func followUpRecipients() throws {
        let folder = TemporaryDirectory("units")
        let store = try ThreeUnits.store(folder, resolved: true)
        defer { store.close() }
        let receipt = try store.submit(report: ThreeUnits.report("ca-mau"))
        let followUp = try store.addFollowUp(token: receipt.token, followUp: FollowUp(text: "Thêm chi tiết"))
        #expect(try Self.openers(store, followUp.logIndex) == ["ca-mau", "chinh-phu"])
        let rating = try store.rate(token: receipt.token, rating: Rating(level: .satisfied))
        #expect(try Self.openers(store, rating.logIndex) == ["ca-mau", "chinh-phu"])
        #expect(try store.timeline(token: receipt.token).allSatisfy { $0.isReadable })
    }

    @Test("who may read a case: members of its units; answered from memory, built at start after a restart")
    func mayRead() throws {
        let folder = TemporaryDirectory("units")
        var store = try ThreeUnits.store(folder)
        let receipt = try store.submit(report: ThreeUnits.report())
        #expect(store.mayRead("inspector-1", caseTag: receipt.caseTag))
        #expect(!store.mayRead("inspector-2", caseTag: receipt.caseTag))
        #expect(store.mayRead("inspector-4", caseTag: receipt.caseTag))
        #expect(!store.mayRead("nobody", caseTag: receipt.caseTag))
        #expect(!store.mayRead("inspector-1", caseTag: CaseTag(unchecked: [UInt8](repeating: 7, count: 32))))
        store.close()
        let reads = Mutex(0)
        store = try ThreeUnits.store(folder) { _ in reads.withLock { $0 += 1 } }
        defer { store.close() }
        #expect(!store.mayRead("inspector-3", caseTag: receipt.caseTag))
        for _ in 0..<100 { #expect(store.mayRead("inspector-1", caseTag: receipt.caseTag)) }
        #expect(reads.withLock { $0 } == 0, "the map was built when the store opened: no case is read")
    }

    @Test("a flat Keys/ seals to every inspector, names no unit, and lets everyone read")
    func flatUnchanged() throws {
        let folder = TemporaryDirectory("flat")
        let store = try makeStore(folder)
        defer { store.close() }
        let receipt = try store.submit(report: ThreeUnits.report(localAuthorityInvolved: true))
        let envelope = try Envelope(parsing: store.record(at: receipt.logIndex).payload)
        #expect(envelope.recipients.count == 3)
        #expect(envelope.isSealed(to: TestInspectors.key(1).sealingKey))
        #expect(envelope.isSealed(to: TestInspectors.key(2).sealingKey))
        #expect(receipt.handlingUnit == nil)
        #expect(try store.handlingUnit(of: receipt.caseTag) == nil)
        #expect(store.mayRead("anyone", caseTag: receipt.caseTag))
    }
}

@Suite("Inspectorates: a case's units from what is in clear")
struct CaseUnitsTests {
    @Test("route order, then transfers; a report sealed before units belongs to the national unit")
    func caseUnits() throws {
        let deployment = try ThreeUnits.inspectorates()
        let routes = deployment.possibleRoutes()
        let key = { (unit: String) in Envelope.keyID(of: ThreeUnits.key(unit).publicKey) }
        #expect(
            deployment.caseUnits(reportRecipients: [key("chinh-phu"), key("ca-mau")], routes: routes)
                == ["ca-mau", "chinh-phu"])
        #expect(
            deployment.caseUnits(
                reportRecipients: [key("ha-noi"), key("chinh-phu")], transfers: ["chinh-phu", "ca-mau"], routes: routes)
                == ["ha-noi", "chinh-phu", "ca-mau"])
        #expect(
            deployment.caseUnits(reportRecipients: [TestInspectors.key(1).keyID], routes: routes) == ["chinh-phu"])
        let flat = try Inspectorates(inspectors: ThreeUnits.inspectors, units: [], catalog: bundledCatalog.units)
        #expect(flat.caseUnits(reportRecipients: [key("ha-noi")], routes: flat.possibleRoutes()).isEmpty)
    }
}

@Suite("IntakeStore: pre-sealed envelopes with units")
struct IntakeStoreUnitsPreSealedTests {
    func seal(
        _ body: CaseMessage.Body, token: CaseToken, store: IntakeStore, to units: [String]
    ) throws -> [UInt8] {
        let message = CaseMessage(body: body)
        let reply = token.replyKey().publicKey
        return try Envelope.seal(
            plaintext: message.encoded(), kind: message.kind, caseTag: store.caseTag(for: token), replyKey: reply,
            signingKey: token.signingKey(), recipients: units.map { ThreeUnits.key($0).publicKey } + [reply])
    }

    @Test(
        "a report sealed to one possible route is accepted",
        arguments: [["ha-noi", "chinh-phu"], ["ca-mau", "chinh-phu"], ["chinh-phu"]])
    func reportAccepted(units: [String]) throws {
        let folder = TemporaryDirectory("units")
        let store = try ThreeUnits.store(folder)
        defer { store.close() }
        let token = CaseToken()
        let acknowledgement = try store.submit(
            sealedEnvelope: seal(.report(ThreeUnits.report()), token: token, store: store, to: units))
        #expect(try store.handlingUnit(of: acknowledgement.caseTag)?.id == units.first)
        #expect(store.mayRead("inspector-4", caseTag: acknowledgement.caseTag))
    }

    @Test(
        "a report sealed to no route is refused, saying what is expected",
        arguments: [["ha-noi"], ["ha-noi", "ca-mau"], ["ha-noi", "ca-mau", "chinh-phu"], []])
    func reportRefused(units: [String]) throws {
        let folder = TemporaryDirectory("units")
        let store = try ThreeUnits.store(folder)
        defer { store.close() }
        let envelope = try seal(.report(ThreeUnits.report()), token: CaseToken(), store: store, to: units)
        let error = storeError { try store.submit(sealedEnvelope: envelope) }
        #expect("\(error.map { "\($0)" } ?? "accepted")".contains("one route's units"))
        #expect(store.recordCount == 0)
    }

    @Test("a follow-up must be sealed to exactly its case's units")
    func followUp() throws {
        let folder = TemporaryDirectory("units")
        let store = try ThreeUnits.store(folder)
        defer { store.close() }
        let token = CaseToken()
        _ = try store.submit(
            sealedEnvelope: seal(.report(ThreeUnits.report()), token: token, store: store, to: ["ha-noi", "chinh-phu"]))
        let wrong = try seal(.followUp(FollowUp(text: "thêm")), token: token, store: store, to: ["chinh-phu"])
        let error = storeError { try store.submit(sealedEnvelope: wrong) }
        #expect("\(error.map { "\($0)" } ?? "accepted")".contains("its case's units (ha-noi, chinh-phu)"))
        _ = try store.submit(
            sealedEnvelope: seal(
                .followUp(FollowUp(text: "thêm")), token: token, store: store, to: ["chinh-phu", "ha-noi"]))
    }
}
