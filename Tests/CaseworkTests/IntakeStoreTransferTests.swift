import Foundation
import Sodium
import TestSupport
import Testing

@testable import Casework
@testable import Stores

/// Authority with units: who may act on a case, and the transfer that hands it to another unit.
@Suite("IntakeStore: authority and transfers with units")
struct IntakeStoreTransferTests {
    static let now = Int64(FixedClock.may2026.now.timeIntervalSince1970)

    struct Case {
        let store: IntakeStore
        let receipt: Receipt
        let folder: TemporaryDirectory
        var replyKey: SealedBox.PublicKey { receipt.token.replyKey().publicKey }

        /// An event by test inspector `signer`, sealed to `units`' current keys.
        func event(
            _ action: InspectorEvent.Action, _ details: EventDetails = EventDetails(), signer: UInt8,
            units: [String], unit: String? = nil, replyKey: SealedBox.PublicKey? = nil
        ) throws -> InspectorEvent {
            let keys = units.map { ThreeUnits.key($0).publicKey }
            if let replyKey {
                let envelope = try Envelope.seal(
                    plaintext: details.encoded(), kind: action.envelopeKind, caseTag: receipt.caseTag,
                    replyKey: replyKey, recipients: keys + [replyKey])
                return try InspectorEvent.sign(
                    caseTag: receipt.caseTag, action: action, time: IntakeStoreTransferTests.now,
                    inspector: "inspector-\(signer)", unit: unit, envelope: envelope,
                    with: TestInspectors.signingKey(signer))
            }
            return try InspectorEvent.make(
                action: action, details: details, caseTag: receipt.caseTag, replyKey: self.replyKey,
                inspectors: keys, time: IntakeStoreTransferTests.now, inspector: "inspector-\(signer)", unit: unit,
                signingKey: TestInspectors.signingKey(signer))
        }

        func transfer(to unit: String, signer: UInt8, units: [String]) throws -> InspectorEvent {
            try event(
                .transfer, EventDetails(reason: "Chính quyền địa phương có liên quan", grants: grants), signer: signer,
                units: units, unit: unit, replyKey: nil)
        }

        var grants: [EventDetails.Grant] {
            [EventDetails.Grant(record: receipt.logIndex, key: Data(repeating: 1, count: 32).base64EncodedString())]
        }
    }

    static func makeCase(_ province: String = "ha-noi") throws -> Case {
        let folder = TemporaryDirectory("transfer")
        let store = try ThreeUnits.store(folder)
        let receipt = try store.submit(report: ThreeUnits.report(province))
        return Case(store: store, receipt: receipt, folder: folder)
    }

    static func rejection(_ body: () throws -> Void) -> EventRejection? {
        do {
            try body()
            return nil
        } catch let error as EventRejection {
            return error
        } catch {
            Issue.record("unexpected error: \(error)")
            return nil
        }
    }

    @Test("a member of another unit gets not_your_unit, and nothing is appended")
    func notYourUnit() throws {
        let c = try Self.makeCase()
        defer { c.store.close() }
        let count = c.store.recordCount
        let event = try c.event(.accept, signer: 2, units: ["ha-noi", "chinh-phu"])
        let error = Self.rejection { _ = try c.store.appendEvent(event.bytes) }
        #expect(error == .notYourUnit("inspector-2 is a member of ca-mau; this case is handled by ha-noi, chinh-phu"))
        #expect(c.store.recordCount == count)
        // Members of both units act on it.
        _ = try c.store.appendEvent(c.event(.accept, signer: 1, units: ["ha-noi", "chinh-phu"]).bytes)
        _ = try c.store.appendEvent(
            c.event(.note, EventDetails(text: "Theo dõi"), signer: 4, units: ["ha-noi", "chinh-phu"]).bytes)
    }

    @Test("an event must be sealed to every unit of the case")
    func eventRecipients() throws {
        let c = try Self.makeCase()
        defer { c.store.close() }
        let error = Self.rejection { _ = try c.store.appendEvent(c.event(.accept, signer: 1, units: ["ha-noi"]).bytes) }
        #expect("\(error.map { "\($0)" } ?? "accepted")".contains("missing: chinh-phu"))
    }

    @Test("the national unit takes over an accepted case: it handles it, and the decision is due again")
    func transferToNational() throws {
        let c = try Self.makeCase()
        defer { c.store.close() }
        _ = try c.store.appendEvent(c.event(.accept, signer: 1, units: ["ha-noi", "chinh-phu"]).bytes)
        let transfer = try c.transfer(to: "chinh-phu", signer: 4, units: ["ha-noi", "chinh-phu"])
        #expect(transfer.version == 3 && transfer.unit == "chinh-phu")
        _ = try c.store.appendEvent(transfer.bytes)
        #expect(try c.store.handlingUnit(of: c.receipt.caseTag)?.id == "chinh-phu")
        let state = try #require(try c.store.caseState(c.receipt.caseTag))
        #expect(state.progress.status == .new)
        #expect(state.progress.transferredAt == Date(timeIntervalSince1970: TimeInterval(transfer.time)))
        #expect(state.units == ["ha-noi", "chinh-phu"])
        // The national unit decides again and resolves it.
        _ = try c.store.appendEvent(c.event(.accept, signer: 4, units: ["ha-noi", "chinh-phu"]).bytes)
        _ = try c.store.appendEvent(
            c.event(
                .resolve, EventDetails(outcome: "can-bo-canh-cao", summary: "Cán bộ bị cảnh cáo."), signer: 4,
                units: ["ha-noi", "chinh-phu"]
            ).bytes)
        #expect(try c.store.isResolved(c.receipt.caseTag))
    }

    @Test("a transfer to another province's unit adds it to the case's units and readers")
    func transferToAnotherUnit() throws {
        let c = try Self.makeCase()
        defer { c.store.close() }
        #expect(!c.store.mayRead("inspector-2", caseTag: c.receipt.caseTag))
        _ = try c.store.appendEvent(
            c.transfer(to: "ca-mau", signer: 1, units: ["ha-noi", "chinh-phu", "ca-mau"]).bytes)
        #expect(c.store.mayRead("inspector-2", caseTag: c.receipt.caseTag), "the cache follows the transfer")
        #expect(try c.store.handlingUnit(of: c.receipt.caseTag)?.id == "ca-mau")
        // Follow-ups now reach the three units; Cà Mau's members act on it.
        let followUp = try c.store.addFollowUp(token: c.receipt.token, followUp: FollowUp(text: "Thêm"))
        let envelope = try Envelope(parsing: c.store.record(at: followUp.logIndex).payload)
        #expect(envelope.isSealed(to: ThreeUnits.key("ca-mau").publicKey))
        _ = try c.store.appendEvent(c.event(.accept, signer: 3, units: ["ha-noi", "chinh-phu", "ca-mau"]).bytes)
    }

    @Test("transfers refused: an undeployed unit, a missing target key, the citizen's key, a closed case, an outsider")
    func refusals() throws {
        let c = try Self.makeCase()
        defer { c.store.close() }
        let units = ["ha-noi", "chinh-phu"]
        let count = c.store.recordCount
        #expect(
            Self.rejection { _ = try c.store.appendEvent(c.transfer(to: "da-nang", signer: 1, units: units).bytes) }
                == .unknownUnit("da-nang"))
        let missing = Self.rejection {
            _ = try c.store.appendEvent(c.transfer(to: "ca-mau", signer: 1, units: units).bytes)
        }
        #expect("\(missing.map { "\($0)" } ?? "accepted")".contains("missing: ca-mau"))
        let toCitizen = Self.rejection {
            _ = try c.store.appendEvent(
                c.event(
                    .transfer, EventDetails(reason: "x", grants: c.grants), signer: 1, units: units + ["ca-mau"],
                    unit: "ca-mau", replyKey: c.replyKey
                ).bytes)
        }
        #expect("\(toCitizen.map { "\($0)" } ?? "accepted")".contains("internal"))
        #expect(
            Self.rejection { _ = try c.store.appendEvent(c.transfer(to: "chinh-phu", signer: 2, units: units).bytes) }
                == .notYourUnit("inspector-2 is a member of ca-mau; this case is handled by ha-noi, chinh-phu"))
        _ = try c.store.appendEvent(c.event(.decline, EventDetails(reason: "Không đủ"), signer: 1, units: units).bytes)
        let closed = Self.rejection {
            _ = try c.store.appendEvent(c.transfer(to: "chinh-phu", signer: 4, units: units).bytes)
        }
        guard case .conflict? = closed else {
            Issue.record("expected a conflict, got \(String(describing: closed))")
            return
        }
        #expect(c.store.recordCount == count + 1, "only the decline")
    }

    @Test("a flat Keys/ refuses a transfer's target as no deployed unit, and lets everyone act")
    func flat() throws {
        let folder = TemporaryDirectory("flat")
        let store = try makeStore(folder)
        defer { store.close() }
        let receipt = try store.submit(report: sampleReport())
        let transfer = try InspectorEvent.make(
            action: .transfer,
            details: EventDetails(
                reason: "x", grants: [EventDetails.Grant(record: 1, key: Data(count: 32).base64EncodedString())]),
            caseTag: receipt.caseTag, replyKey: receipt.token.replyKey().publicKey,
            inspectors: TestInspectors.two.sealingKeys, time: Self.now, inspector: "inspector-2", unit: "chinh-phu",
            signingKey: TestInspectors.signingKey(2))
        #expect(Self.rejection { _ = try store.appendEvent(transfer.bytes) } == .unknownUnit("chinh-phu"))
    }
}
