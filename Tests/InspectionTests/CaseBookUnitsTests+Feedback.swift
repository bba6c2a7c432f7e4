import Casework
import Foundation
import Keys
import Ledger
import Sodium
import TestSupport
import Testing

@testable import Stores
@testable import Triage

/// A case opened from a feedback comment, as the inspectors' tool reads it (Events.md, "Opening a case
/// from feedback"): the comment is its report, received on the opening's day, with the feedback's units;
/// an opening that does not verify opens nothing.
extension CaseBookUnitsTests {
    func feedbackAndOpening(signer: InspectorPrivateKey, name: String? = nil) throws -> (UInt64, InspectorEvent) {
        let index = try store.submitFeedback(
            ServiceFeedback(
                province: "ha-noi", agency: "cong-an", procedure: "dang-ky-khai-sinh",
                month: VisitMonth(year: 2026, month: 4), levels: [.staff: 1, .timeliness: 2, .extras: 1, .overall: 1],
                comment: "Cán bộ đòi 200.000 đồng"))
        let envelope = try Envelope(parsing: store.record(at: index).payload)
        let opening = try InspectorEvent.make(
            action: .open, details: EventDetails(reason: "Đòi tiền"), caseTag: envelope.caseTag,
            replyKey: envelope.replyKey, inspectors: inspectorates.sealingKeys(forUnits: ["ha-noi", "chinh-phu"]),
            time: Int64(PinnedClock.may2026.now.timeIntervalSince1970), inspector: name ?? signer.name,
            feedbackRecord: index, signingKey: signer.signingKey)
        return (index, opening)
    }

    @Test("a case opened from feedback: the comment is its report, received that day, for the feedback's units")
    func openedFromFeedback() throws {
        defer { store.close() }
        let (feedback, opening) = try feedbackAndOpening(signer: lan)
        let id = try store.appendEvent(opening.bytes, requester: lan.publicKey)
        for member in [lan, tuan] {
            let book = try book(member)
            let item = try #require(book.case(id: id))
            #expect(item.feedbackRecord == feedback && item.progress.status == .new)
            #expect(item.reportBody?.account == "Cán bộ đòi 200.000 đồng" && item.reportBody?.misconduct == [])
            #expect(item.receivedOn == CalendarDay(PinnedClock.may2026.now))
            #expect(book.units(of: item, in: inspectorates) == ["ha-noi", "chinh-phu"])
            #expect(item.events.first?.details?.reason == "Đòi tiền")
        }
        #expect(try book(cuong).case(id: id)?.reportBody == nil, "Cà Mau opens neither the comment nor the reason")
    }

    @Test("an opening signed by an unknown key opens no case")
    func forgedOpening() throws {
        defer { store.close() }
        let (_, forged) = try feedbackAndOpening(signer: cuong, name: "lan")
        let records = try (0..<store.recordCount).map { try store.record(at: $0) }
        let withForged =
            records + [LedgerRecord(index: store.recordCount, type: 3, payload: forged.bytes, leafHash: [])]
        let signers = [lan, cuong, tuan].map { KnownSigner(name: $0.name, signingKey: $0.publicKey.signingKey) }
        let book = CaseBook(records: withForged, keys: try inspectorates.openingKeys(for: lan), signers: signers)
        #expect(book.cases.isEmpty && book.strays == [store.recordCount])
    }
}
