import Casework
import Catalogue
import Deployment
import Foundation
import Sodium
import TestSupport

@testable import Stores
@testable import Triage

/// Argon2id at its minimum (1 pass, 8 KiB): the format is the same, the unlock takes microseconds.
let fastLimits = PasswordHash.Limits(opsLimit: 1, memLimit: 8192)

/// A clock pinned to one instant.
struct PinnedClock: WallClock {
    var now: Date
    /// 2026-05-04 10:00 in Vietnam.
    static let may2026 = PinnedClock(now: Date(timeIntervalSince1970: 1_777_863_600))
}

/// An intake whose clock reads 4 May 2026, and a citizen whose own software seals a report to it: what
/// the pre-sealed JSON API stores, with whatever the device put in `receivedOn`.
struct DeviceSealedCase {
    static func sealing(_ n: UInt8) -> SealedBox.PrivateKey {
        try! SealedBox.PrivateKey(seed: SecureBytes([UInt8](repeating: n, count: 32)))
    }
    static func signing(_ n: UInt8) -> Signing.PrivateKey {
        try! Signing.PrivateKey(seed: SecureBytes([UInt8](repeating: n &+ 0x40, count: 32)))
    }
    static let lan = try! InspectorKey(name: "lan", sealingKey: sealing(1).publicKey, signingKey: signing(1).publicKey)
    static let signers = [KnownSigner(name: lan.name, signingKey: lan.signingKey)]

    let folder = TemporaryDirectory()
    let store: IntakeStore
    let token = CaseToken()
    let tag: CaseTag
    let reportIndex: UInt64

    /// Submits a device-sealed report whose message says `receivedOn` (nil: the key is left out).
    init(receivedOn: CalendarDay?) throws {
        var configuration = IntakeStore.Configuration(catalog: try Catalog.bundled())
        configuration.clock = PinnedClock.may2026
        configuration.signsReceiptsEagerly = false
        configuration.isResolved = { _ in true }
        store = try IntakeStore(
            dataDirectory: folder.child("data"), inspectorKeys: try InspectorKeys([Self.lan]),
            configuration: configuration)
        tag = store.caseTag(for: token)
        let report = Report(
            province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Phòng CSGT", misconduct: ["hoi-lo"],
            account: "Cán bộ đòi 500.000 đồng để nhận hồ sơ.", month: 4, year: 2026)
        let reply = token.replyKey().publicKey
        let envelope = try Envelope.seal(
            plaintext: CaseMessage(body: .report(report), receivedOn: receivedOn).encoded(), kind: .report,
            caseTag: tag, replyKey: reply, signingKey: token.signingKey(), recipients: [Self.lan.sealingKey, reply])
        reportIndex = try store.submit(sealedEnvelope: envelope).logIndex
    }

    /// Signs and stores an inspector event at the intake's time.
    func act(_ action: InspectorEvent.Action, _ details: EventDetails = EventDetails()) throws {
        let event = try InspectorEvent.make(
            action: action, details: details, caseTag: tag, replyKey: token.replyKey().publicKey,
            inspectors: [Self.lan.sealingKey], time: Int64(PinnedClock.may2026.now.timeIntervalSince1970),
            inspector: "lan", signingKey: Self.signing(1))
        _ = try store.appendEvent(event.bytes)
    }

    /// The case as the inspector's tool opens it from the log.
    func book() throws -> CaseBook {
        let records = try (0..<store.recordCount).map { try store.record(at: $0) }
        return CaseBook(records: records, keys: [Self.sealing(1)], signers: Self.signers)
    }
}
