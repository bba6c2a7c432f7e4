/// `GET /api/v1/outcomes`: a page of published outcomes in log order, with the signed checkpoint of the
/// outcomes log that covers every one of them and the log's size under it.
public struct OutcomesPage: APIBody {
    /// The disciplined official of an outcome, as signed (Outcomes.md): `name` only where the
    /// deployment allows names.
    public struct Official: Sendable, Equatable {
        public var position: String
        public var unit: String
        public var name: String?

        public init(position: String, unit: String, name: String?) {
            (self.position, self.unit, self.name) = (position, unit, name)
        }

        init?(json: JSONValue) {
            guard let position = json["position"]?.string, let unit = json["unit"]?.string,
                let name = OutcomesPage.optional(json["name"], \.string)
            else { return nil }
            self.init(position: position, unit: unit, name: name)
        }

        var json: JSONValue {
            .object(sortingKeys: [
                "name": name.map(JSONValue.init), "position": JSONValue(position), "unit": JSONValue(unit),
            ])
        }
    }

    /// One outcome: its allowlisted fields as signed, its log index and the signer's key id.
    public struct Outcome: Sendable, Equatable {
        public var index: Int
        public var keyID: String
        public var id: String
        public var province: String
        public var agency: String
        public var procedure: String
        public var kinds: [String]
        public var outcome: String
        public var outcomeLabel: String
        public var summary: String
        public var monthReceived: String
        public var monthResolved: String
        public var resolvedWithin: String?
        public var deadlineMet: Bool
        /// Only for an entry of version 1, which published its exact days.
        public var daysToResolve: Int?
        /// Only for an entry that gives the disciplined official.
        public var disciplined: Official?

        public init(
            index: Int, keyID: String, id: String, province: String, agency: String, procedure: String,
            kinds: [String], outcome: String, outcomeLabel: String, summary: String, monthReceived: String,
            monthResolved: String, resolvedWithin: String?, deadlineMet: Bool, daysToResolve: Int? = nil,
            disciplined: Official? = nil
        ) {
            (self.index, self.keyID, self.id, self.province, self.agency) = (index, keyID, id, province, agency)
            (self.procedure, self.kinds, self.outcome, self.outcomeLabel) = (procedure, kinds, outcome, outcomeLabel)
            (self.summary, self.monthReceived, self.monthResolved) = (summary, monthReceived, monthResolved)
            (self.resolvedWithin, self.deadlineMet, self.daysToResolve) = (resolvedWithin, deadlineMet, daysToResolve)
            self.disciplined = disciplined
        }

        init?(json: JSONValue) {
            guard let index = json["index"]?.int, let keyID = json["keyID"]?.string, let id = json["id"]?.string,
                let province = json["province"]?.string, let agency = json["agency"]?.string,
                let procedure = json["procedure"]?.string, let kinds = json["kinds"]?.elements(\.string),
                let outcome = json["outcome"]?.string, let outcomeLabel = json["outcomeLabel"]?.string,
                let summary = json["summary"]?.string, let monthReceived = json["monthReceived"]?.string,
                let monthResolved = json["monthResolved"]?.string, let deadlineMet = json["deadlineMet"]?.bool,
                let resolvedWithin = OutcomesPage.optional(json["resolvedWithin"], \.string),
                let daysToResolve = OutcomesPage.optional(json["daysToResolve"], \.int),
                let disciplined = OutcomesPage.optional(json["disciplined"], Official.init(json:))
            else { return nil }
            self.init(
                index: index, keyID: keyID, id: id, province: province, agency: agency, procedure: procedure,
                kinds: kinds, outcome: outcome, outcomeLabel: outcomeLabel, summary: summary,
                monthReceived: monthReceived, monthResolved: monthResolved, resolvedWithin: resolvedWithin,
                deadlineMet: deadlineMet, daysToResolve: daysToResolve, disciplined: disciplined)
        }

        var json: JSONValue {
            .object(sortingKeys: [
                "index": JSONValue(index), "keyID": JSONValue(keyID), "id": JSONValue(id),
                "province": JSONValue(province), "agency": JSONValue(agency), "procedure": JSONValue(procedure),
                "kinds": JSONValue(kinds), "outcome": JSONValue(outcome), "outcomeLabel": JSONValue(outcomeLabel),
                "summary": JSONValue(summary), "monthReceived": JSONValue(monthReceived),
                "monthResolved": JSONValue(monthResolved), "resolvedWithin": resolvedWithin.map(JSONValue.init),
                "deadlineMet": JSONValue(deadlineMet), "daysToResolve": daysToResolve.map(JSONValue.init),
                "disciplined": disciplined?.json,
            ])
        }
    }

    public var size: Int
    public var checkpoint: String
    public var outcomes: [Outcome]

    public init(size: Int, checkpoint: String, outcomes: [Outcome]) {
        (self.size, self.checkpoint, self.outcomes) = (size, checkpoint, outcomes)
    }

    public init?(json: JSONValue) {
        guard let size = json["size"]?.int, let checkpoint = json["checkpoint"]?.string,
            let outcomes = json["outcomes"]?.elements(Outcome.init(json:))
        else { return nil }
        self.init(size: size, checkpoint: checkpoint, outcomes: outcomes)
    }

    public var json: JSONValue {
        .object(sortingKeys: [
            "size": JSONValue(size), "checkpoint": JSONValue(checkpoint), "outcomes": .array(outcomes.map(\.json)),
        ])
    }
}
