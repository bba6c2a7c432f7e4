import Casework
import Foundation

/// The official a case's discipline applied to, in an outcome's own allowlisted field `disciplined`
/// (Outcomes.md, "The disciplined official"): their position and unit, and their name only where the
/// deployment allows names (``PublicOutcome/problems(catalog:namesAllowed:)``).
///
/// The inspector writes every part; nothing is taken from the citizen's report. The field names the
/// official who was disciplined, never the citizen who reported.
public struct DisciplinedOfficial: Sendable, Equatable, Codable {
    public static let maximumPositionLength = 200
    public static let maximumUnitLength = Report.Limits.agency
    public static let maximumNameLength = 100
    /// The keys of the field's JSON object: `name` is optional.
    public static let keys: Set<String> = ["position", "unit", "name"]

    /// The official's position, as the discipline decision gives it ("Phó Trưởng phòng").
    public var position: String
    /// The unit they served in when disciplined.
    public var unit: String
    /// Their full name: only when the decision is public and the deployment allows names.
    public var name: String?

    public init(position: String, unit: String, name: String? = nil) {
        self.position = position
        self.unit = unit
        self.name = name
    }

    /// The field as the inspector typed it, normalised as it will be signed (NFC, no surrounding white
    /// space); an empty name is no name.
    public init(typedPosition position: String, unit: String, name: String?) {
        self.init(
            position: TextRules.normalized(position), unit: TextRules.normalized(unit),
            name: TextRules.normalized(name))
    }

    /// Every problem with the field's shape; empty when it may be signed. A reader of the log checks the
    /// same (``SignedOutcome/init(entry:)``): each part is one line of 1 to its maximum characters, with no
    /// control or bidirectional character, in NFC and without surrounding white space, so it has one
    /// spelling only.
    public func problems() -> [String] {
        var problems: [String] = []
        let parts: [(String, String?, Int)] = [
            ("position", position, Self.maximumPositionLength), ("unit", unit, Self.maximumUnitLength),
            ("name", name, Self.maximumNameLength),
        ]
        for (key, text, limit) in parts {
            guard let text else { continue }
            // The citizen's field codes do not apply here: only whether the text passes matters.
            if !TextRules.check(text, .text, required: true, limit: limit).isEmpty {
                problems.append("disciplined.\(key) must be one line of 1 to \(limit) characters")
            } else if TextRules.normalized(text) != text {
                problems.append("disciplined.\(key) must be in NFC, without surrounding white space")
            }
        }
        return problems
    }
}
