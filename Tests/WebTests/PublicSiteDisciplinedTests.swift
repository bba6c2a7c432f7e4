import API
import Casework
import Foundation
import Outcomes
import Testing

@testable import PublicWeb
@testable import Web

/// The disciplined official on the public pages (Outcomes.md, "The disciplined official"): first on the
/// outcome's page, under its outcome in the list, in the feed and the API, in vi and en; absent when the
/// entry has no such field.
@Suite("Public pages: the disciplined official")
struct PublicSiteDisciplinedTests {
    static func outcomes() -> [PublicOutcome] {
        var named = PublicSiteFixture.samples[0]
        named.disciplined = DisciplinedOfficial(
            position: "Phó Đội trưởng", unit: "Đội CSGT số 3 <b>", name: "Nguyễn Văn An")
        var unnamed = PublicSiteFixture.samples[1]
        unnamed.disciplined = DisciplinedOfficial(position: "Kiểm soát viên", unit: "Điện lực Hải Châu")
        return [named, unnamed, PublicSiteFixture.samples[2]]
    }

    @Test(arguments: Language.allCases)
    func theOutcomePageShowsTheOfficialFirst(_ language: Language) throws {
        let fixture = try PublicSiteFixture(publishing: Self.outcomes(), namesAllowed: true)
        let s = language.strings
        let page = try fixture.text(language.prefix + "/outcomes/00000000000000a0")
        let box = try #require(page.range(of: "<section class=\"box disciplined\""))
        let table = try #require(page.range(of: "<table class=\"detail\"><tr><th scope=\"row\">\(s.detailID)"))
        #expect(box.lowerBound < table.lowerBound, "the official comes before the other fields")
        #expect(page.contains(s.detailDisciplined))
        #expect(page.contains("<strong>Nguyễn Văn An</strong>"))
        #expect(page.contains("<strong>Phó Đội trưởng</strong>"))
        #expect(page.contains("Đội CSGT số 3 &lt;b&gt;"), "escaped")

        let unnamed = try fixture.text(language.prefix + "/outcomes/00000000000000a1")
        #expect(unnamed.contains("<strong>Kiểm soát viên</strong>"))
        #expect(!unnamed.contains(s.detailDisciplinedName))
        let without = try fixture.text(language.prefix + "/outcomes/00000000000000a2")
        #expect(!without.contains("disciplined"))

        let list = try fixture.text(language.prefix + "/outcomes")
        #expect(list.contains("\(s.detailDisciplined): Nguyễn Văn An, Phó Đội trưởng, Đội CSGT số 3 &lt;b&gt;"))
        #expect(list.contains("\(s.detailDisciplined): Kiểm soát viên, Điện lực Hải Châu"))
        let feed = try fixture.text(language.prefix + "/outcomes.atom")
        #expect(feed.contains("<summary>\(s.detailDisciplined): Nguyễn Văn An, Phó Đội trưởng"))
    }

    @Test func theAPIGivesTheFieldAsSigned() throws {
        let fixture = try PublicSiteFixture(publishing: Self.outcomes(), namesAllowed: true)
        let page = try #require(OutcomesPage(jsonBytes: try fixture.get("/api/v1/outcomes").body))
        #expect(
            page.outcomes.map(\.disciplined) == [
                OutcomesPage.Official(position: "Phó Đội trưởng", unit: "Đội CSGT số 3 <b>", name: "Nguyễn Văn An"),
                OutcomesPage.Official(position: "Kiểm soát viên", unit: "Điện lực Hải Châu", name: nil), nil,
            ])
    }
}
