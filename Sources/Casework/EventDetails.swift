import Catalogue
import Foundation

/// The sealed plaintext of an inspector event's envelope (Events.md, "Details"): UTF-8 JSON.
///
/// ```json
/// {"reason":"Không thuộc thẩm quyền","v":1}
/// ```
///
/// Which fields an action carries:
///
/// | action | fields |
/// |---|---|
/// | accept | none |
/// | decline | `reason` |
/// | assign | `assignee`, an inspector name |
/// | note | `text` (inspectors only) |
/// | reply | `text` (the citizen reads it) |
/// | extend | `reason` |
/// | resolve | `outcome` (a catalogue outcome id) and `summary` |
/// | grant | `assignee` (who receives the keys) and `grants` |
/// | transfer | `reason` and `grants` (the target unit is in the event's clear part) |
public struct EventDetails: Sendable, Equatable, Codable {
    /// One record's content key, given to an inspector added after the record was sealed.
    public struct Grant: Sendable, Equatable, Codable {
        /// The record's index in the intake log: a citizen's envelope, or an event (its envelope).
        public var record: UInt64
        /// Standard padded base64 of the 32-byte content key.
        public var key: String

        public init(record: UInt64, key: String) {
            self.record = record
            self.key = key
        }
    }

    public static let version = 1
    /// The longest reason, note, reply or summary, in characters.
    public static let maximumTextLength = 20_000

    public var v: Int = EventDetails.version
    public var reason: String?
    public var assignee: String?
    public var text: String?
    public var outcome: String?
    public var summary: String?
    public var grants: [Grant]?

    public init(
        reason: String? = nil, assignee: String? = nil, text: String? = nil, outcome: String? = nil,
        summary: String? = nil,
        grants: [Grant]? = nil
    ) {
        self.grants = grants
        self.reason = reason
        self.assignee = assignee
        self.text = text
        self.outcome = outcome
        self.summary = summary
    }

    /// The JSON bytes: keys sorted, no insignificant white space.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try! encoder.encode(self))
    }

    /// Decodes and checks the details of an `action` event.
    public init(decoding bytes: [UInt8], for action: InspectorEvent.Action) throws(CaseworkError) {
        do {
            self = try JSONDecoder().decode(EventDetails.self, from: Data(bytes))
        } catch {
            throw .malformedPlaintext("not the details of an inspector event (JSON that does not match Events.md)")
        }
        guard v == Self.version else { throw .malformedPlaintext("event details version \(v) is not 1") }
        if let problem = problem(for: action) { throw .malformedPlaintext(problem) }
    }

    /// What is wrong with these details for `action`, or nil: a missing or empty required field, a
    /// field the action does not carry, or a text over the limit.
    public func problem(for action: InspectorEvent.Action, catalog: Catalog? = nil) -> String? {
        let present: [(String, String?)] = [
            ("reason", reason), ("assignee", assignee), ("text", text), ("outcome", outcome), ("summary", summary),
        ]
        let required: Set<String> =
            switch action {
            case .accept: []
            case .decline, .extend: ["reason"]
            case .transfer, .open: ["reason"]
            case .assign: ["assignee"]
            case .note, .reply: ["text"]
            case .resolve: ["outcome", "summary"]
            case .grant: ["assignee"]
            }
        for (name, value) in present {
            if required.contains(name) {
                guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    return "a \(action) needs a \(name)"
                }
                guard value.count <= Self.maximumTextLength else {
                    return "the \(name) is longer than \(Self.maximumTextLength) characters"
                }
            } else if value != nil {
                return "a \(action) has no \(name)"
            }
        }
        if action == .grant || action == .transfer {
            guard let grants, !grants.isEmpty else { return "a \(action) needs the records' keys" }
            guard grants.count <= 100_000, Set(grants.map(\.record)).count == grants.count,
                grants.allSatisfy({ Data(base64Encoded: $0.key)?.count == 32 })
            else { return "a grant lists each record once, with a 32-byte base64 key" }
        } else if grants != nil {
            return "a \(action) has no grants"
        }
        if action == .assign || action == .grant, let assignee, !InspectorKey.isValidName(assignee) {
            return "\"\(assignee)\" is not an inspector name"
        }
        if action == .resolve, let outcome, let catalog, !catalog.isValidOutcome(outcome) {
            return "\"\(outcome)\" is not an outcome code of the catalogue"
        }
        return nil
    }
}
