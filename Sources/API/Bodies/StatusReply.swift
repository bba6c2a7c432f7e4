/// `POST /api/v1/status`: a case's timeline, whether it is resolved, and whether it can be rated.
public struct StatusReply: APIBody {
    /// One item of the timeline, in English.
    public struct Item: Sendable, Equatable {
        /// `report`, `follow-up`, `rating`, `reply`, `accepted`, `declined`, `extended` or `resolved`.
        public var kind: String
        public var month: String
        public var text: String
        /// `not-from-you`, `unsigned` or `could-not-be-opened`, when the item's text is withheld or absent.
        public var note: String?

        public init(kind: String, month: String, text: String, note: String? = nil) {
            (self.kind, self.month, self.text, self.note) = (kind, month, text, note)
        }

        init?(json: JSONValue) {
            guard let kind = json["kind"]?.string, let month = json["month"]?.string, let text = json["text"]?.string,
                let note = StatusReply.optional(json["note"], \.string)
            else { return nil }
            self.init(kind: kind, month: month, text: text, note: note)
        }

        var json: JSONValue {
            .object(sortingKeys: [
                "kind": JSONValue(kind), "month": JSONValue(month), "text": JSONValue(text),
                "note": note.map(JSONValue.init),
            ])
        }
    }

    public var timeline: [Item]
    public var resolved: Bool
    public var canRate: Bool
    /// The unit that handles the case now; absent for a deployment without units.
    public var unit: UnitName?

    public init(timeline: [Item], resolved: Bool, canRate: Bool, unit: UnitName? = nil) {
        (self.timeline, self.resolved, self.canRate, self.unit) = (timeline, resolved, canRate, unit)
    }

    public init?(json: JSONValue) {
        guard let timeline = json["timeline"]?.elements(Item.init(json:)), let resolved = json["resolved"]?.bool,
            let canRate = json["canRate"]?.bool, let unit = Self.optional(json["unit"], UnitName.init(json:))
        else { return nil }
        self.init(timeline: timeline, resolved: resolved, canRate: canRate, unit: unit)
    }

    public var json: JSONValue {
        .object(sortingKeys: [
            "timeline": .array(timeline.map(\.json)), "resolved": JSONValue(resolved), "canRate": JSONValue(canRate),
            "unit": unit?.json,
        ])
    }
}
