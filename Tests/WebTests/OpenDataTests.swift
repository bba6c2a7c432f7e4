import API
import Casework
import Foundation
import Testing

@testable import PublicWeb
@testable import Stores

@Suite("Open data")
struct OpenDataTests {
    @Test(
        "CSV fields are quoted as RFC 4180 says, and formulas are defused",
        arguments: [
            ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\r\nlines", "\"two\r\nlines\""),
            ("=HYPERLINK(1)", "'=HYPERLINK(1)"), ("-1+1", "'-1+1"), ("@x,y", "\"'@x,y\""), (" lead", "\" lead\""),
        ])
    func csvFields(text: String, written: String) {
        #expect(OpenDataCSV.render(.text(text)) == written)
    }

    @Test func theFilesAndTheirDocumentationAreServed() throws {
        let fixture = try PublicSiteFixture()
        let outcomes = try fixture.get("/open-data/outcomes.csv")
        #expect(outcomes.headers["Content-Type"] == "text/csv; charset=utf-8; header=present")
        let lines = String(decoding: outcomes.body, as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.first?.hasPrefix("id,province,agency,procedure,kinds,outcome,summary") == true)
        #expect(lines.count == PublicSiteFixture.samples.count + 2)
        #expect(
            lines.contains { $0.contains("\"Cán bộ hẹn lại nhiều lần. <script>alert(1)</script> & \"\"trích\"\"\"") })
        let statistics = try fixture.text("/open-data/statistics.csv")
        #expect(statistics.hasPrefix("dimension,id,count\r\ntotal,,4\r\n"))
        let json = try #require(StatisticsReply(jsonBytes: try fixture.get("/api/v1/statistics").body))
        #expect(json.total == 4 && json.byProvince.first == StatisticsReply.Count(id: "ha-noi", count: 2))
        let page = try fixture.text("/open-data/")
        #expect(page.contains("ci95_lower") && page.contains("/open-data/satisfaction.csv"))
        #expect(try fixture.text("/en/open-data/").contains("The 95% Wilson interval of share"))
    }

    @Test func theIndexFilesHoldOnlyShownGroups() throws {
        let clock = ManualClock()
        let fixture = try PublicSiteFixture(publishing: [], clock: clock)
        let month = VisitMonth(CalendarDay(clock.now))
        for overall in [5, 5, 5, 5, 4, 4, 3, 2, 1, 1, 5] + [2] {
            _ = try fixture.intake.submitFeedback(
                ServiceFeedback(
                    province: overall == 2 ? "ha-noi" : "hue", agency: "cong-an",
                    procedure: "dang-ky-khai-sinh", month: month,
                    levels: [.staff: 5, .timeliness: 5, .extras: 5, .overall: overall]))
        }
        #expect(try #require(SatisfactionReply(jsonBytes: try fixture.get("/api/v1/satisfaction").body)).rows.isEmpty)
        clock.advance(86_400)
        let reply = try #require(SatisfactionReply(jsonBytes: try fixture.get("/api/v1/satisfaction").body))
        let provinces = reply.rows.filter { $0.dimension == "province" }
        // Hà Nội's 2 ratings wait in memory for 8 more: they are not even in the published counters.
        #expect(provinces.map(\.province) == ["hue"] && reply.hidden["province"] == 0)
        #expect(provinces.first?.count == 10 && provinces.first?.satisfied == 7 && provinces.first?.share == "0.7000")
        #expect(provinces.first?.lower == "0.3968" && provinces.first?.upper == "0.8922")
        let csv = try fixture.text("/open-data/satisfaction.csv")
        #expect(csv.contains("\r\nprovince,hue,,,,10,7,0.7000,0.3968,0.8922,"))
        #expect(!csv.contains("ha-noi"))
        #expect(csv.contains("\r\ncell,hue,cong-an,dang-ky-khai-sinh,\(month),10,7,0.7000,"))
    }
}
