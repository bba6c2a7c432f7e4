import Casework
import Foundation
import Outcomes
import Sanitization

/// The disciplined official of a draft (Outcomes.md, "The disciplined official"): typed by the inspector,
/// sanitized like the agency, refused when it carries the citizen's words, and shown first in the review.
extension OutcomeDraft {
    /// The field to sign, with the sanitizer's results on its position and unit.
    struct Official {
        let field: DisciplinedOfficial
        let position: Sanitizer.SanitizedText
        let unit: Sanitizer.SanitizedText
    }

    /// Builds the field from what the inspector typed. Refused when a part is, or holds, the citizen's
    /// contact: the field names the official, never the citizen.
    static func official(
        _ typed: DisciplinedOfficial?, report: Report, sanitizer: Sanitizer, citizenText: [String]
    ) throws(Refusal) -> Official? {
        guard let typed else { return nil }
        let written = DisciplinedOfficial(typedPosition: typed.position, unit: typed.unit, name: typed.name)
        if let contact = report.contact.map(folded), contact.count >= 3 {
            for part in [written.position, written.unit, written.name].compactMap({ $0 })
            where folded(part).contains(contact) || (part.count >= 3 && contact.contains(folded(part))) {
                throw Refusal(
                    "the disciplined official's \"\(part)\" is the citizen's contact: the field names the official, "
                        + "never the citizen")
            }
        }
        let position = sanitizer.sanitize(written.position, language: .vi, citizenText: citizenText)
        let unit = sanitizer.sanitize(written.unit, language: .vi, citizenText: citizenText)
        return Official(
            field: DisciplinedOfficial(position: position.text, unit: unit.text, name: written.name),
            position: position, unit: unit)
    }

    /// Case and diacritics folded, as the sanitizer compares words.
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "đ", with: "d")
    }

    /// Quotes of the citizen's words in the disciplined official's position or unit: always refused,
    /// as the field must be written from the discipline decision, never from the report.
    public var disciplinedQuotes: [Sanitizer.Finding] {
        (disciplinedPosition?.quotes ?? []) + (disciplinedUnit?.quotes ?? [])
    }

    /// One line for the record's field list.
    var disciplinedText: String {
        guard let official = outcome.disciplined else { return "none" }
        return [official.name, official.position, official.unit].compactMap { $0 }.joined(separator: " · ")
    }

    /// The field, first and apart, so the inspector reads it before anything else: it is the one part of
    /// the record that names a person.
    func disciplinedReview() -> [String] {
        guard let official = outcome.disciplined else { return [] }
        var lines = [
            "==== The disciplined official, in its own field: check it against the discipline decision and "
                + "confirm it with --confirm-disciplined ====",
            "  position:      " + official.position,
            "  unit:          " + official.unit,
        ]
        if let name = official.name {
            lines.append("  name:          " + name + "   (published: only when the discipline decision is public)")
        } else {
            lines.append("  name:          not published")
        }
        for (part, result) in [("position", disciplinedPosition), ("unit", disciplinedUnit)] {
            guard let result else { continue }
            let redactions = result.findings.filter { $0.kind != .quote }
            if !redactions.isEmpty {
                lines.append("  Redactions in the \(part): " + redactions.map(\.kind.rawValue).joined(separator: ", "))
            }
            if !result.quotes.isEmpty {
                lines.append("  Quotes of the citizen's words in the \(part) (\(result.quotes.count)): refused")
            }
        }
        lines.append("====")
        lines.append("")
        return lines
    }
}
