/// `GET /api/v1/statistics`: the statistics of the published outcomes, as `/stats` shows them
/// (PublicWeb's OpenData.md defines every field).
public struct StatisticsReply: APIBody {
    public struct Count: Sendable, Equatable {
        public var id: String
        public var count: Int

        public init(id: String, count: Int) { (self.id, self.count) = (id, count) }

        init?(json: JSONValue) {
            guard let id = json["id"]?.string, let count = json["count"]?.int else { return nil }
            self.init(id: id, count: count)
        }

        var json: JSONValue { .object(sortingKeys: ["id": JSONValue(id), "count": JSONValue(count)]) }
    }

    public var total: Int
    /// Outcomes resolved within the statutory deadline, with its extensions.
    public var onTime: Int
    /// The published range of days of the middle outcome (`"≤ 30"`, say); nil when there is none.
    public var medianResolution: String?
    public var byProvince: [Count]
    public var byKind: [Count]
    public var byOutcome: [Count]

    public init(
        total: Int, onTime: Int, medianResolution: String?, byProvince: [Count], byKind: [Count], byOutcome: [Count]
    ) {
        (self.total, self.onTime, self.medianResolution) = (total, onTime, medianResolution)
        (self.byProvince, self.byKind, self.byOutcome) = (byProvince, byKind, byOutcome)
    }

    public init?(json: JSONValue) {
        guard let total = json["total"]?.int, let onTime = json["onTime"]?.int,
            let median = Self.optional(json["medianResolution"], \.string),
            let byProvince = json["byProvince"]?.elements(Count.init(json:)),
            let byKind = json["byKind"]?.elements(Count.init(json:)),
            let byOutcome = json["byOutcome"]?.elements(Count.init(json:))
        else { return nil }
        self.init(
            total: total, onTime: onTime, medianResolution: median, byProvince: byProvince, byKind: byKind,
            byOutcome: byOutcome)
    }

    public var json: JSONValue {
        .object(sortingKeys: [
            "total": JSONValue(total), "onTime": JSONValue(onTime),
            "medianResolution": medianResolution.map(JSONValue.init),
            "byProvince": .array(byProvince.map(\.json)), "byKind": .array(byKind.map(\.json)),
            "byOutcome": .array(byOutcome.map(\.json)),
        ])
    }
}
