import TestSupport
import Testing

@testable import Casework

/// `IntakeStore.ratingCount(in:)`: rating envelopes counted from their clear headers, nothing opened.
@Suite("IntakeStore public counts")
struct IntakeStorePublicCountsTests {
    @Test func ratingsAreCountedAndNothingElse() throws {
        let folder = TemporaryDirectory("public-counts")
        let store = try makeStore(folder, resolved: true)
        defer { store.close() }
        #expect(store.ratingCount(in: 0..<store.recordCount) == 0)
        let first = try store.submit(report: sampleReport())
        let second = try store.submit(report: sampleReport(account: "Cán bộ hẹn lại nhiều lần không có lý do."))
        _ = try store.addFollowUp(token: first.token, followUp: FollowUp(text: "Thêm: cán bộ đeo bảng tên số 12."))
        #expect(store.ratingCount(in: 0..<store.recordCount) == 0)
        _ = try store.rate(token: first.token, rating: Rating(level: .satisfied))
        let afterOne = store.recordCount
        _ = try store.rate(token: second.token, rating: Rating(level: .veryDissatisfied))
        #expect(store.ratingCount(in: 0..<store.recordCount) == 2)
        // Ranges add up, and a range past the end is clamped rather than trapping.
        #expect(store.ratingCount(in: 0..<afterOne) + store.ratingCount(in: afterOne..<store.recordCount) == 2)
        #expect(store.ratingCount(in: 0..<(store.recordCount + 10)) == 2)
        #expect(store.ratingCount(in: (store.recordCount + 1)..<(store.recordCount + 5)) == 0)
    }
}
