import Casework
import Catalogue
import Foundation
import Testing

@testable import PublicWeb
@testable import Stores

@Suite("Satisfaction index")
struct SatisfactionIndexTests {
    /// Known values of the 95 % Wilson score interval (z = 1.959964), to four places: 81 of 263 is
    /// Wikipedia's worked example ("Binomial proportion confidence interval"), the others R's
    /// `prop.test(x, n, correct = FALSE)$conf.int`.
    @Test(
        arguments: [
            (8, 10, 0.4902, 0.9433), (50, 100, 0.4038, 0.5962), (0, 10, 0.0, 0.2775), (10, 10, 0.7225, 1.0),
            (81, 263, 0.2553, 0.3662),
        ])
    func wilsonKnownValues(successes: Int, count: Int, lower: Double, upper: Double) throws {
        let interval = try #require(WilsonInterval(successes: successes, count: count))
        #expect(abs(interval.lower - lower) < 0.00005)
        #expect(abs(interval.upper - upper) < 0.00005)
    }

    @Test func wilsonRefusesNonsense() {
        #expect(WilsonInterval(successes: 0, count: 0) == nil)
        #expect(WilsonInterval(successes: 11, count: 10) == nil)
        #expect(WilsonInterval(successes: -1, count: 10) == nil)
    }

    static func index(_ groups: [(String, String, Int, Int)]) -> FeedbackIndex {
        var index = FeedbackIndex(through: CalendarDay(year: 2026, month: 5, day: 4))
        for (province, month, count, satisfied) in groups {
            let group = FeedbackIndex.Group(
                province: province, agency: "cong-an", procedure: "dang-ky-khai-sinh", month: VisitMonth(text: month)!)
            index.groups[group] = FeedbackIndex.Counts(count: count, satisfied: [.overall: satisfied])
        }
        return index
    }

    @Test("a group of fewer than 10 ratings is not shown, only counted as hidden")
    func smallGroupsHidden() {
        let index = SatisfactionIndex(
            Self.index([("hue", "2026-04", 6, 5), ("hue", "2026-03", 6, 1), ("ha-noi", "2026-04", 9, 9)]))
        #expect(index.byProvince.rows.map(\.key) == [["hue"]])
        #expect(index.byProvince.rows.first?.count == 12 && index.byProvince.rows.first?.satisfied == 6)
        #expect(index.byProvince.hidden == 1)
        #expect(index.byMonth.rows.isEmpty && index.byMonth.hidden == 2, "two months of 6 from the shown group")
        #expect(index.byAgency.rows.first?.count == 12, "the hidden group of Hà Nội counts nowhere")
    }

    /// A figure of one dimension minus the figures of another must never isolate fewer than 10 ratings:
    /// province Huế = 11 beside its shown group of 10 would give away the 11th rating's level.
    @Test("no figure can be subtracted down to a group under 10")
    func noDifferencing() {
        var index = Self.index([("hue", "2026-04", 10, 10)])
        index.groups[
            FeedbackIndex.Group(
                province: "hue", agency: "cong-an", procedure: "khac", month: VisitMonth(year: 2026, month: 4))
        ] = FeedbackIndex.Counts(count: 1, satisfied: [.overall: 0])
        index.groups[
            FeedbackIndex.Group(
                province: "hue", agency: "cong-an", procedure: "dang-ky-khai-sinh",
                month: VisitMonth(year: 2026, month: 3))
        ] = FeedbackIndex.Counts(count: 12, satisfied: [.overall: 3])
        index.groups[
            FeedbackIndex.Group(
                province: "hue", agency: "cong-an", procedure: "dang-ky-khai-sinh",
                month: VisitMonth(year: 2026, month: 2))
        ] = FeedbackIndex.Counts(count: 2, satisfied: [.overall: 2])
        let shown = SatisfactionIndex(index)
        #expect(shown.byGroup.rows.map(\.count) == [24])
        #expect(shown.byProvince.rows.map(\.count) == [24] && shown.byProcedure.rows.map(\.count) == [24])
        // 24 in the group: months of 10, 12 and 2. Hiding the 2 alone would let 24 - 10 - 12 give it away,
        // so the smallest shown month is hidden with it.
        #expect(shown.byMonth.rows.map(\.key) == [["2026-03"]] && shown.byMonth.hidden == 2)
    }

    @Test func thePageShowsTheNoteTheFiguresAndHidesSmallGroups() throws {
        let page = PublicSite.satisfactionPage(
            .vi, catalog: try bundled(),
            SatisfactionIndex(Self.index([("hue", "2026-04", 12, 9), ("ha-noi", "2026-04", 9, 9)])))
        #expect(page.contains("không phải một cuộc khảo sát"))
        #expect(page.contains("<svg") && page.contains("<table"))
        #expect(page.contains("<td>12</td><td>75%</td>"))
        #expect(!page.contains("Hà Nội</th>"))
        let english = PublicSite.satisfactionPage(.en, catalog: try bundled(), SatisfactionIndex(FeedbackIndex()))
        #expect(english.contains("They are not a survey") && english.contains("No group has 10 ratings yet."))
    }

    @Test("a rating shows only after the next daily batch, on /satisfaction and /stats")
    func dailyBatchOnThePages() throws {
        let clock = ManualClock()
        let fixture = try PublicSiteFixture(publishing: [], clock: clock)
        let month = VisitMonth(CalendarDay(clock.now))
        for _ in 0..<11 {
            _ = try fixture.intake.submitFeedback(
                ServiceFeedback(
                    province: "hue", agency: "cong-an", procedure: "dang-ky-khai-sinh", month: month,
                    levels: [.staff: 5, .timeliness: 5, .extras: 5, .overall: 5]))
        }
        _ = try fixture.intake.submitFeedback(
            ServiceFeedback(
                province: "ha-noi", agency: "cong-an", procedure: "dang-ky-khai-sinh", month: month,
                levels: [.staff: 1, .timeliness: 1, .extras: 1, .overall: 1]))
        #expect(!(try fixture.text("/satisfaction")).contains("<td>11</td>"), "not live")
        clock.advance(86_400)
        let page = try fixture.text("/satisfaction")
        #expect(page.contains("<td>11</td><td>100%</td>"))
        #expect(page.contains("\(month.month)/\(month.year): 100% (11)"), "the trend by month")
        #expect(!page.contains("Hà Nội</th>"), "a group of 1 stays hidden")
        #expect(try fixture.text("/en/stats").contains("Satisfaction index"))
    }

    func bundled() throws -> Catalogue.Catalog { try Catalogue.Catalog.bundled() }
}
