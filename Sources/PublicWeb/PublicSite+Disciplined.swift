import Casework
import Outcomes
import Web

/// The disciplined official of an outcome (Outcomes.md, "The disciplined official"), shown where the
/// outcome is: first on its page, under its outcome in the list, and in the feed.
extension PublicSite {
    /// The page's box: the official's name when published, their position and unit.
    static func disciplinedBox(_ outcome: PublicOutcome, _ language: Language) -> HTML {
        guard let official = outcome.disciplined else { return "" }
        let s = language.strings
        func row(_ name: String, _ value: String) -> HTML {
            "<tr><th scope=\"row\">\(name)</th><td><strong>\(value)</strong></td></tr>"
        }
        let rows: [HTML] =
            (official.name.map { [row(s.detailDisciplinedName, $0)] } ?? []) + [
                row(s.detailDisciplinedPosition, official.position), row(s.detailDisciplinedUnit, official.unit),
            ]
        return """
            <section class="box disciplined" aria-labelledby="disciplined"><h2 id="disciplined">\(s.detailDisciplined)</h2>
            <table class="detail">\(rows)</table></section>
            """
    }

    /// The list's line under the outcome.
    static func disciplinedLine(_ outcome: PublicOutcome, _ language: Language) -> HTML {
        guard let text = disciplinedText(outcome, language) else { return "" }
        return "<br><strong class=\"disciplined\">\(text)</strong>"
    }

    /// "Cán bộ bị kỷ luật: Nguyễn Văn An, Phó Đội trưởng, Đội CSGT số 3", or nil without the field.
    static func disciplinedText(_ outcome: PublicOutcome, _ language: Language) -> String? {
        guard let official = outcome.disciplined else { return nil }
        let parts = [official.name, official.position, official.unit].compactMap { $0 }
        return language.strings.detailDisciplined + ": " + parts.joined(separator: ", ")
    }
}
