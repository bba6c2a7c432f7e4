import Casework
import Stores
import Testing

@testable import CaseIndex

/// Filing reads only the clear head of each record (its kind and case tag, at fixed offsets); the full
/// parse, with the reply key's low-order check, is left to the summaries on every core.
@Suite("CaseIndex: filing reads the clear head of envelopes and events")
struct CaseIndexFilingTests {
    @Test func theHeadOfEveryRecordIsWhatTheFullParseSays() throws {
        let device = try DeviceSealedCase(receivedOn: nil)
        try device.act(.accept)
        try device.act(.note, EventDetails(text: "Gọi lại cho phòng CSGT."))
        var seen = 0
        for index in 0..<device.store.recordCount {
            let record = try device.store.record(at: index)
            if record.type == IntakeRecord.envelopeType {
                let envelope = try Envelope(parsing: record.payload)
                let head = try #require(CaseIndex.envelopeHead(record.payload))
                #expect(head.kind == envelope.kind && head.tag == envelope.caseTag)
                seen += 1
            } else if record.type == IntakeRecord.eventType {
                #expect(CaseIndex.eventTag(record.payload) == (try InspectorEvent(parsing: record.payload)).caseTag)
                seen += 1
            }
        }
        #expect(seen >= 3)
    }

    @Test func aHeadThatTheFullParseRefusesIsStillReadAndGarbageIsNot() throws {
        let device = try DeviceSealedCase(receivedOn: nil)
        var report = try device.store.record(at: device.reportIndex).payload
        // A low-order reply key (all zeros): the full parse refuses it, the summary then drops the case.
        for offset in Envelope.replyKeyOffset..<(Envelope.replyKeyOffset + 32) { report[offset] = 0 }
        #expect((try? Envelope(parsing: report)) == nil)
        #expect(CaseIndex.envelopeHead(report)?.kind == .report)
        #expect(CaseIndex.envelopeHead([]) == nil)
        #expect(CaseIndex.envelopeHead([9] + Array(report.dropFirst())) == nil)
        #expect(CaseIndex.envelopeHead([2, 0] + Array(report.dropFirst(2))) == nil)
        #expect(CaseIndex.eventTag([2, 1, 2, 3]) == nil)
        #expect(CaseIndex.eventTag([7] + [UInt8](repeating: 1, count: 40)) == nil)
    }
}
