import Testing

@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Web

@Suite("Citizen pages")
struct PagesTests {
    @Test(arguments: Language.allCases)
    func theHomePageHasThreeActionsAndNothingExternal(_ language: Language) {
        let html = homePage(language)
        let p = language.prefix
        #expect(html.contains("href=\"\(p)/report\""))
        #expect(html.contains("href=\"\(p)/status\""))
        #expect(html.contains("href=\"\(p)/outcomes\""))
        #expect(html.contains(language.strings.actionReport))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
    }

    @Test func vietnameseIsTheDefaultAndEnglishLivesUnderEn() {
        #expect(Language.split(path: "/report") == (.vi, "/report"))
        #expect(Language.split(path: "/en/report") == (.en, "/report"))
        #expect(Language.split(path: "/en") == (.en, "/"))
        #expect(Language.split(path: "/english") == (.vi, "/english"))
        #expect(homePage(.vi).contains("Gửi phản ánh"))
        #expect(homePage(.vi).contains("Tra cứu"))
        #expect(homePage(.vi).contains("Kết quả xử lý"))
    }

    @Test func everythingTheCitizenTypedIsEscapedAndKept() {
        var state = ReportFormState()
        state.agency = "<script>alert(1)</script>"
        state.account = "Cán bộ \"A\" đòi 500.000 đồng & hẹn <b>mai</b>"
        state.errors["province"] = Language.vi.strings.errorChoose
        let choices = ReportFormChoices(
            provinces: [Option(id: "ha-noi", label: "Hà Nội")], procedures: [],
            kinds: [Option(id: "hoi-lo", label: "Đòi hối lộ")],
            years: [2026, 2025], maxFiles: 3)
        let html = reportFormPage(.vi, choices: choices, state: state, ticket: "T")
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Cán bộ &quot;A&quot; đòi 500.000 đồng &amp; hẹn &lt;b&gt;mai&lt;/b&gt;"))
        #expect(html.contains(Language.vi.strings.errorChoose))
        #expect(html.components(separatedBy: "type=\"file\"").count == 4)
    }

    @Test func escapeCoversEveryMarkupCharacter() {
        #expect(escape("<>&\"'") == "&lt;&gt;&amp;&quot;&#39;")
        #expect(escape("Hà Nội") == "Hà Nội")
        #expect(escape("a\0b") == "a\u{FFFD}b")
    }
}
