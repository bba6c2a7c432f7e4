import Casework
import Catalogue
import Foundation
import HTTP
import Ledger
import Outcomes
import Sodium
import Testing

@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Transparency
@testable import Web

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The public pages (issue 5), in process: the router with the citizen site and `PublicSite` over a
/// temporary outcomes log holding ``PublicSiteFixture/samples``.
@Suite("Public pages")
struct PublicSiteTests {
    /// The ids in the order a page lists them.
    static func ids(in html: String) -> [String] {
        html.components(separatedBy: "/outcomes/").dropFirst().compactMap { part in
            let id = String(part.prefix(16))
            return id.count == 16 && id.allSatisfy(\.isHexDigit) && part.dropFirst(16).first == "\"" ? id : nil
        }
    }

    @Test(arguments: Language.allCases)
    func theListIsNewestFirstInTheLanguage(_ language: Language) throws {
        let fixture = try PublicSiteFixture()
        let response = try fixture.get(language.prefix + "/outcomes")
        #expect(response.status == .ok)
        let html = String(decoding: response.body, as: UTF8.self)
        #expect(Self.ids(in: html) == ["00000000000000a1", "00000000000000a2", "00000000000000a0", "00000000000000a3"])
        let s = language.strings
        #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
        #expect(html.contains(s.outcomesLead))
        #expect(html.contains("6/2026"))
        #expect(html.contains(language == .vi ? "Đà Nẵng" : "Da Nang") || html.contains("Đà Nẵng"))
        #expect(html.contains(s.deadlineMet) && html.contains(s.deadlineMissed))
        // Cadres and civil servants share the discipline words: the row says which.
        let reprimand = language == .vi ? "Khiển trách" : "Reprimand"
        #expect(html.contains("<td>\(reprimand) (\(s.outcomeForCadre))</td>"))
        #expect(html.contains("<td>\(reprimand) (\(s.outcomeForCivilServant))</td>"))
        #expect(html.contains("<optgroup label="))
        #expect(html.contains("href=\"\(language.prefix)/verify\""))
        #expect(!html.lowercased().contains("<script"))
    }

    @Test(arguments: [
        ("province=ha-noi", ["00000000000000a2", "00000000000000a0"]),
        ("agency=HOAN+KIEM", ["00000000000000a2"]),
        ("agency=%C4%91ien+luc", ["00000000000000a1"]),
        ("agency=dien+luc", ["00000000000000a1"]),
        ("procedure=nop-thue-dien-tu", ["00000000000000a3"]),
        ("kind=keo-dai", ["00000000000000a1", "00000000000000a2"]),
        ("outcome=can-bo-canh-cao", ["00000000000000a0", "00000000000000a3"]),
        ("province=ha-noi&kind=hoi-lo&outcome=can-bo-canh-cao", ["00000000000000a0"]),
        (
            "province=&agency=&procedure=&kind=&outcome=&page=",
            ["00000000000000a1", "00000000000000a2", "00000000000000a0", "00000000000000a3"]
        ),
        ("utm_source=x", ["00000000000000a1", "00000000000000a2", "00000000000000a0", "00000000000000a3"]),
    ])
    func eachFilter(_ query: String, _ expected: [String]) throws {
        let fixture = try PublicSiteFixture()
        let response = try fixture.get("/outcomes?" + query)
        #expect(response.status == .ok)
        #expect(Self.ids(in: String(decoding: response.body, as: UTF8.self)) == expected)
    }

    @Test func noMatchIsAFriendlyMessageAndTheFormKeepsTheFilters() throws {
        let fixture = try PublicSiteFixture()
        let html = try fixture.text("/en/outcomes?province=hue&agency=%3Cb%3E")
        #expect(html.contains(Language.en.strings.outcomesEmpty))
        #expect(html.contains("<option value=\"hue\" selected>"))
        #expect(html.contains("value=\"&lt;b&gt;\""))
        #expect(Self.ids(in: html).isEmpty)
    }

    @Test(arguments: [
        "province=atlantis", "procedure=x", "kind=hoi_lo", "outcome=khen-thuong", "page=0", "page=-1", "page=abc",
        "page=99999999999999999999", "province=ha-noi&province=hue", "agency=%E0%A4", "page=%D9%A3",
    ])
    func badValuesAre400InTheLanguage(_ query: String) throws {
        let fixture = try PublicSiteFixture()
        for language in Language.allCases {
            let response = try fixture.get(language.prefix + "/outcomes?" + query)
            #expect(response.status == .badRequest, "\(query)")
            let html = String(decoding: response.body, as: UTF8.self)
            #expect(html.contains(language.strings.badRequest))
            #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
        }
    }

    @Test func pagesOfTwentyKeepTheFilters() throws {
        let extra = (0..<23).map { n in
            PublicSiteFixture.sample(
                String(format: "00000000000001%02x", n), "hue", "Công an phường \(n)", "khac", ["hoi-lo"],
                "can-bo-canh-cao", "2025-01", "2025-02", 5, true)
        }
        let fixture = try PublicSiteFixture(publishing: PublicSiteFixture.samples + extra)
        let first = try fixture.text("/outcomes?kind=hoi-lo")
        #expect(Self.ids(in: first).count == 20)
        #expect(first.contains("25 \(Language.vi.strings.outcomesFound)"))
        #expect(first.contains("href=\"/outcomes?kind=hoi-lo&amp;page=2\""))
        #expect(!first.contains("rel=\"prev\""))
        let second = try fixture.text("/outcomes?kind=hoi-lo&page=2")
        #expect(Self.ids(in: second).count == 5)
        #expect(second.contains("rel=\"prev\" href=\"/outcomes?kind=hoi-lo\""))
        #expect(!second.contains("rel=\"next\""))
        #expect(Set(Self.ids(in: first)).isDisjoint(with: Self.ids(in: second)))
        // Past the last page: an empty page, not an error.
        let beyond = try fixture.get("/outcomes?page=9")
        #expect(beyond.status == .ok)
        #expect(String(decoding: beyond.body, as: UTF8.self).contains(Language.vi.strings.outcomesEmpty))
    }

    @Test(arguments: Language.allCases)
    func theDetailShowsEveryPublicFieldEscaped(_ language: Language) throws {
        let fixture = try PublicSiteFixture()
        let s = language.strings
        let response = try fixture.get(language.prefix + "/outcomes/00000000000000a2")
        #expect(response.status == .ok)
        let html = String(decoding: response.body, as: UTF8.self)
        let catalog = fixture.catalog
        let pick = { (entry: CatalogEntry) in language == .vi ? entry.vi : entry.en }
        #expect(html.contains(pick(catalog.provinces["ha-noi"]!)))
        #expect(html.contains(pick(catalog.procedures["dang-ky-khai-sinh"]!)))
        #expect(html.contains(pick(catalog.misconductKinds["keo-dai"]!)))
        #expect(html.contains(pick(catalog.outcomes["can-bo-khien-trach"]!)))
        #expect(html.contains("UBND phường Hoàn Kiếm"))
        #expect(html.contains("0–15 \(s.daysUnit)"), "the range, not the exact 10 days")
        #expect(html.contains("5/2026"))
        #expect(html.contains(PublicOutcome.keyID(of: fixture.inspector.signing.publicKey)))
        #expect(html.contains("href=\"\(language.prefix)/outcomes/00000000000000a2/proof\""))
        // Inspector-written text is escaped like a citizen's.
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;trích&quot;"))
    }

    @Test(arguments: [
        "/outcomes/ffffffffffffffff", "/outcomes/XYZ", "/outcomes/00000000000000a2/x",
        "/outcomes/00000000000000A2", "/en/outcomes/ffffffffffffffff/proof", "/outcomes/",
    ])
    func unknownOutcomesAre404(_ path: String) throws {
        let fixture = try PublicSiteFixture()
        let response = try fixture.get(path)
        #expect(response.status == .notFound)
    }

    @Test(arguments: [0, 1, 2, 3])
    func theProofVerifiesAgainstTheSignedCheckpoint(_ index: Int) throws {
        let fixture = try PublicSiteFixture()
        let id = PublicSiteFixture.samples[index].id
        let response = try fixture.get("/outcomes/\(id)/proof")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"]?.hasPrefix("text/plain") == true)
        let text = String(decoding: response.body, as: UTF8.self)
        let parts = text.components(separatedBy: "\n\n")
        let fields = parts[0].split(separator: "\n").map { $0.split(separator: " ", maxSplits: 1).map(String.init) }
        #expect(fields.first == ["candor-outcome-proof-v1"])
        func value(_ name: String) -> [String] { fields.filter { $0.first == name }.map { $0[1] } }
        #expect(value("index") == [String(index)])
        #expect(value("size") == ["4"])
        let entry = try #require(Data(base64Encoded: value("entry")[0]))
        #expect(Array(entry) == (try fixture.outcomes.entry(at: UInt64(index))))
        let leaf = SHA256.hash([0x00] + Array(entry))
        #expect(value("leaf") == [Data(leaf).base64EncodedString()])
        let hashes = value("hash").map { Array(Data(base64Encoded: $0)!) }
        let note = parts.dropFirst().joined(separator: "\n\n")
        let checkpoint = try SignedCheckpoint(
            parsing: note, origin: PublicSiteFixture.origin,
            verifiers: [NoteVerifier(verifierKey: fixture.outcomes.verifierKey)]
        ).checkpoint
        #expect(checkpoint.size == 4)
        try InclusionProof(leafIndex: UInt64(index), treeSize: 4, hashes: hashes)
            .verify(leafHash: leaf, rootHash: checkpoint.rootHash)
        // A changed entry does not verify.
        #expect(throws: TransparencyError.self) {
            try InclusionProof(leafIndex: UInt64(index), treeSize: 4, hashes: hashes)
                .verify(leafHash: SHA256.hash([0x00] + Array(entry) + [0x20]), rootHash: checkpoint.rootHash)
        }
    }

    @Test func statisticsAreComputedCorrectly() throws {
        let catalog = try Catalog.bundled()
        let statistics = OutcomeStatistics(PublicSiteFixture.samples, catalog: catalog)
        #expect(statistics.total == 4)
        #expect(statistics.medianResolution == .upTo30)  // 10, 21, 45, 60: 0-15, 16-30, 31-45, 46-60
        #expect(statistics.onTime == 2)
        #expect(statistics.onTimeShare == 0.5)
        #expect(statistics.byProvince.map(\.id) == ["ha-noi", "da-nang", "ho-chi-minh"])
        #expect(statistics.byProvince.map(\.count) == [2, 1, 1])
        #expect(statistics.byKind.map(\.id) == ["hoi-lo", "keo-dai", "sach-nhieu"])
        #expect(statistics.byKind.map(\.count) == [2, 2, 1])
        #expect(statistics.byOutcome.map(\.count) == [2, 1, 1])
        #expect(
            OutcomeStatistics(Array(PublicSiteFixture.samples.prefix(3)), catalog: catalog).medianResolution == .upTo30)
        #expect(
            OutcomeStatistics(Array(PublicSiteFixture.samples.prefix(2)), catalog: catalog).medianResolution == .upTo30)
        var long = PublicSiteFixture.samples[0]
        long.daysToResolve = 95
        #expect(
            OutcomeStatistics([long, long, PublicSiteFixture.samples[2]], catalog: catalog).medianResolution == .over90)
        let empty = OutcomeStatistics([], catalog: catalog)
        #expect(empty.medianResolution == nil && empty.onTimeShare == nil)
    }

    @Test(arguments: Language.allCases)
    func theStatsPageHasChartsTablesAndTheRatingCount(_ language: Language) throws {
        let fixture = try PublicSiteFixture(ratings: 2)
        let s = language.strings
        let response = try fixture.get(language.prefix + "/stats")
        #expect(response.status == .ok)
        let html = String(decoding: response.body, as: UTF8.self)
        #expect(
            html.components(separatedBy: "<svg class=\"chart\"").count == 4, "3 outcome charts; no rating batch yet")
        #expect(html.contains("<caption>\(s.statsByProvince)</caption>"))
        #expect(html.contains("<tr><th scope=\"row\">\(s.statsMedianDays)</th><td>16–30 \(s.daysUnit)</td></tr>"))
        #expect(html.contains("50% (2/4)"))
        let haNoi = language == .vi ? fixture.catalog.provinces["ha-noi"]!.vi : fixture.catalog.provinces["ha-noi"]!.en
        #expect(html.contains("<tr><th scope=\"row\">\(haNoi)</th><td>2</td></tr>"))
        // Two ratings today: not published yet, and a group under 10 anyway (ratingsArePublishedInDailyBatches).
        #expect(html.contains("<tr><th scope=\"row\">\(s.statsRatings)</th><td>\(s.statsFewerThanMinimum)</td></tr>"))
        #expect(html.contains(s.statsRatingsNote.replacingOccurrences(of: "'", with: "&#39;")))
        #expect(!html.contains("<caption>\(s.statsRatingLevels)</caption>"))
        #expect(!html.contains("style=") && !html.lowercased().contains("<script"))
    }

    @Test("the rating figures change once a day, by batches of 10 or more, and hide any group under 10")
    func ratingsArePublishedInDailyBatches() throws {
        let clock = ManualClock()
        let fixture = try PublicSiteFixture(ratings: 10, clock: clock)
        let s = Language.en.strings
        func row(_ label: String, _ value: String) -> String {
            "<tr><th scope=\"row\">\(label)</th><td>\(value)</td></tr>"
        }
        let satisfied = Rating.Level.satisfied.en
        let today = try fixture.text("/en/stats")
        #expect(!today.contains(row(satisfied, "10")) && !today.contains(row(s.statsRatings, "10")), "not live")
        clock.advance(86_400)
        let published = try fixture.text("/en/stats")
        #expect(published.contains(row(satisfied, "10")))
        #expect(published.contains(row(s.statsRatings, "10")))
        // A rating today shows nowhere, today or after: its batch holds one rating.
        try fixture.rate(.neutral)
        clock.advance(86_400)
        let later = try fixture.text("/en/stats")
        #expect(!later.contains(row(Rating.Level.neutral.en, "1")))
        #expect(later.contains(row(s.statsRatings, "10")))
        // The other levels hold fewer than 10 (none): not shown as a number.
        #expect(!later.contains(row(Rating.Level.neutral.en, "0")))
    }

    @Test func emptyLogPagesSayNothingYet() throws {
        let fixture = try PublicSiteFixture(publishing: [])
        #expect(try fixture.text("/stats").contains(Language.vi.strings.statsNone))
        #expect(try fixture.text("/en/outcomes").contains(Language.en.strings.statsNone))
        let json =
            try JSONSerialization.jsonObject(with: Data(try fixture.get("/api/v1/outcomes").body)) as? [String: Any]
        #expect(json?["size"] as? Int == 0)
        #expect((json?["outcomes"] as? [Any])?.isEmpty == true)
        #expect(try fixture.get("/outcomes.atom").status == .ok)
    }
}
