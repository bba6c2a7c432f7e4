import Casework
import Foundation
import Ledger
import Sodium
import Stores
import TestSupport
import Testing

@testable import CaseBundle

/// The framing of a bundle of a case opened from feedback (CaseBundle.md, "The records"): the record at
/// the case id is the opening, and the only feedback record allowed is the one it names.
@Suite("Case bundle: a case opened from feedback")
struct BundleFeedbackFramingTests {
    static let tag = try! CaseTag(rawRepresentation: [UInt8](repeating: 5, count: 32))
    static let reader = SealedBox.PrivateKey()

    static func feedback(_ index: UInt64, tag: CaseTag = tag) throws -> LedgerRecord {
        let signing = Signing.PrivateKey()
        let envelope = try Envelope.seal(
            plaintext: Array("{}".utf8), kind: .feedback, caseTag: tag, replyKey: SealedBox.PrivateKey().publicKey,
            signingKey: signing, recipients: [reader.publicKey])
        return LedgerRecord(index: index, type: IntakeRecord.feedbackType, payload: envelope, leafHash: [])
    }

    static func opening(_ index: UInt64, of source: UInt64) throws -> LedgerRecord {
        let event = try InspectorEvent.make(
            action: .open, details: EventDetails(reason: "Đòi tiền"), caseTag: tag,
            replyKey: SealedBox.PrivateKey().publicKey, inspectors: [reader.publicKey], time: 1_777_827_600,
            inspector: "lan", feedbackRecord: source, signingKey: Signing.PrivateKey())
        return LedgerRecord(index: index, type: IntakeRecord.eventType, payload: event.bytes, leafHash: [])
    }

    @Test func theOpeningAndItsFeedbackRecordFrame() throws {
        try BundleVerifier.checkFraming([try Self.feedback(1), try Self.opening(2, of: 1)], caseID: 2)
    }

    @Test(arguments: [
        "another feedback record", "its feedback record missing", "a feedback record of another tag",
    ])
    func refused(_ what: String) throws {
        var records = [try Self.opening(2, of: 1)]
        switch what {
        case "another feedback record": records += [try Self.feedback(1), try Self.feedback(3)]
        case "its feedback record missing": break
        default:
            records.append(try Self.feedback(1, tag: try CaseTag(rawRepresentation: [UInt8](repeating: 6, count: 32))))
        }
        #expect(throws: BundleError.self) { try BundleVerifier.checkFraming(records, caseID: 2) }
    }
}
