import Casework
import Foundation
import Ledger
import Stores
import TestSupport
import Testing

@Suite("IntakeStore: service feedback")
struct IntakeStoreFeedbackTests {
    @Test func feedbackIsSealedToItsInspectorsApartFromCases() throws {
        let folder = TemporaryDirectory("feedback")
        let store = try makeStore(folder)
        defer { store.close() }
        let index = try store.submitFeedback(sampleFeedback(comment: "Cán bộ đòi thêm 200.000 đồng"))
        let record = try store.record(at: index)
        #expect(record.type == IntakeRecord.feedbackType)
        #expect(IntakeRecord.caseTag(of: record) == nil)
        #expect(store.feedbackCount == 1)
        let envelope = try Envelope(parsing: record.payload)
        #expect(envelope.kind == Envelope.Kind.feedback && envelope.isSignatureValid)
        let opened = try envelope.open(with: TestInspectors.privateKey(1))
        #expect(ServiceFeedback(json: opened) == sampleFeedback(comment: "Cán bộ đòi thêm 200.000 đồng"))
    }

    @Test("a refused feedback stores nothing")
    func refusalsStoreNothing() throws {
        let folder = TemporaryDirectory("feedback-refused")
        let store = try makeStore(folder)
        defer { store.close() }
        let before = store.recordCount
        for feedback in [
            sampleFeedback(agency: "nope"), sampleFeedback(province: "x"), sampleFeedback(overall: 9),
            sampleFeedback(month: VisitMonth(year: 2027, month: 1)),
        ] {
            #expect(throws: StoreError.self) { try store.submitFeedback(feedback) }
        }
        #expect(store.recordCount == before && store.feedbackCount == 0)
    }

    @Test("ratings are published only at the next daily batch of 10 or more")
    func dailyBatch() throws {
        let folder = TemporaryDirectory("feedback-batch")
        let clock = SteppingClock()
        let store = try makeStore(folder) { $0.clock = clock }
        defer { store.close() }
        for overall in [5, 5, 4, 4, 4, 3, 2, 1, 5] { _ = try store.submitFeedback(sampleFeedback(overall: overall)) }
        clock.advance(days: 1)
        #expect(store.publishedFeedbackIndex.total == 0, "a batch of 9 waits")
        _ = try store.submitFeedback(sampleFeedback(overall: 4))
        #expect(store.publishedFeedbackIndex.total == 0, "today's rating waits for tomorrow")
        clock.advance(days: 1)
        let index = store.publishedFeedbackIndex
        #expect(index.total == 10 && index.through == CalendarDay(year: 2026, month: 5, day: 5))
        let counts = try #require(index.groups.values.first)
        #expect(
            counts.satisfied[ServiceFeedback.Criterion.overall] == 7
                && counts.satisfied[ServiceFeedback.Criterion.staff] == 10
                && counts.satisfied[ServiceFeedback.Criterion.extras, default: 0] == 0)
    }

    /// The index moves only by 10 or more ratings of one cell (province, agency, procedure, month): a
    /// cell that grew by one between two batches would give that rating's levels away, on disk and on
    /// the public page alike.
    @Test("a cell's ratings wait until the cell holds 10")
    func cellsWaitForTen() throws {
        let folder = TemporaryDirectory("feedback-cells")
        let clock = SteppingClock()
        let store = try makeStore(folder) { $0.clock = clock }
        defer { store.close() }
        for _ in 0..<10 { _ = try store.submitFeedback(sampleFeedback()) }
        _ = try store.submitFeedback(sampleFeedback(province: "ha-noi", overall: 1))
        clock.advance(days: 1)
        var index = store.publishedFeedbackIndex
        #expect(index.total == 10 && index.groups.keys.map(\.province) == ["hue"])
        for _ in 0..<8 { _ = try store.submitFeedback(sampleFeedback(province: "ha-noi")) }
        clock.advance(days: 1)
        #expect(store.publishedFeedbackIndex.total == 10, "Hà Nội holds 9: it waits")
        _ = try store.submitFeedback(sampleFeedback(province: "ha-noi"))
        clock.advance(days: 1)
        index = store.publishedFeedbackIndex
        #expect(index.total == 20 && index.groups.count == 2)
        let hanoi = try #require(index.groups.first { $0.key.province == "ha-noi" }?.value)
        #expect(hanoi.count == 10 && hanoi.satisfied[ServiceFeedback.Criterion.overall] == 9)
    }

    @Test("no level of any one rating, and no comment, is on disk in clear")
    func noClearLevelsOnDisk() throws {
        let folder = TemporaryDirectory("feedback-disk")
        let clock = SteppingClock()
        let store = try makeStore(folder) { $0.clock = clock }
        for number in 0..<12 {
            _ = try store.submitFeedback(sampleFeedback(overall: 1 + number % 5, comment: "CANARY-COMMENT-\(number)"))
        }
        clock.advance(days: 1)
        #expect(store.publishedFeedbackIndex.total == 12)
        store.close()
        var scanned = 0
        let root = folder.child("data")
        for case let path as String in FileManager.default.enumerator(atPath: root)! {
            guard let data = FileManager.default.contents(atPath: root + "/" + path) else { continue }
            scanned += 1
            let text = String(decoding: data, as: UTF8.self)
            for needle in ["CANARY", "\"staff\":5", "\"timeliness\":3", "candor-feedback-v1"] {
                #expect(!text.contains(needle), "\(needle) in \(path)")
            }
            if path == IntakeStore.feedbackIndexFileName {
                #expect(
                    text
                        == #"{"format":"candor-feedback-index-v1","groups":[{"agency":"cong-an","count":12,"month":"2026-04","procedure":"dang-ky-khai-sinh","province":"hue","satisfied":{"extras":0,"overall":4,"staff":12,"timeliness":0}}],"through":"2026-05-04"}"#
                )
            }
        }
        #expect(scanned > 2)
    }

    @Test func indexFileRefusesNonsense() {
        for text in [
            #"{"format":"candor-feedback-index-v1","groups":[{"agency":"a","count":1,"month":"2026-04","procedure":"p","province":"h","satisfied":{"extras":0,"overall":2,"staff":0,"timeliness":0}}]}"#,
            #"{"format":"candor-feedback-index-v1","groups":[{"agency":"a","count":-1,"month":"2026-04","procedure":"p","province":"h","satisfied":{"extras":0,"overall":0,"staff":0,"timeliness":0}}]}"#,
            #"{"format":"other","groups":[]}"#,
        ] {
            #expect(FeedbackIndex(json: Array(text.utf8)) == nil)
        }
        #expect(FeedbackIndex(json: FeedbackIndex().encoded()) == FeedbackIndex())
    }
}
