import Foundation
import Testing

@testable import CitizenWeb
@testable import Web

/// Every control of the report form has an accessible name (WCAG 4.1.2; axe's `label` rule): a
/// `<label for=ID>`, a wrapping `<label>`, or an `aria-label`.
@Suite("Citizen pages: labels")
struct PagesLabelTests {
    @Test(arguments: Language.allCases)
    func everyFieldOfTheReportFormHasALabel(_ language: Language) throws {
        let choices = ReportFormChoices(
            provinces: [Option(id: "ha-noi", label: "Hà Nội")], procedures: [],
            kinds: [Option(id: "hoi-lo", label: "Đòi hối lộ")], years: [2026], maxFiles: 3)
        let html = reportFormPage(language, choices: choices, state: ReportFormState(), ticket: "T")
        let controls = try Regex(#"<(input|select|textarea)\b[^>]*>"#)
        var checked = 0
        for match in html.matches(of: controls) {
            let tag = String(html[match.range])
            if tag.contains("type=\"hidden\"") || tag.contains("type=\"submit\"") { continue }
            checked += 1
            if tag.contains("aria-label=\"") { continue }
            // A control inside a <label>…</label>: the last <label before it is not closed yet.
            let before = html[..<match.range.lowerBound]
            if let open = before.range(of: "<label", options: .backwards),
                !before[open.upperBound...].contains("</label>"), !before[open.lowerBound...].contains("for=")
            {
                continue
            }
            let id = try #require(tag.firstMatch(of: try Regex(#"id="([^"]+)""#))?.output[1].substring)
            #expect(html.contains("<label for=\"\(id)\""), "\(tag) has no label")
        }
        #expect(checked > 10)
    }
}
