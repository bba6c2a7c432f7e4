/// `GET /api/v1/satisfaction`: the public satisfaction index as of its last daily batch, one row per
/// shown group (PublicWeb's OpenData.md defines every field).
public struct SatisfactionReply: APIBody {
    public struct Row: Sendable, Equatable {
        /// `province`, `agency`, `procedure`, `group` (the three together) or `month` (of the visit).
        public var dimension: String
        public var province: String?
        public var agency: String?
        public var procedure: String?
        public var month: String?
        public var count: Int
        public var satisfied: Int
        /// Decimal texts with four places: the share satisfied and its 95 % Wilson interval.
        public var share: String
        public var lower: String
        public var upper: String

        public init(
            dimension: String, province: String?, agency: String?, procedure: String?, month: String?, count: Int,
            satisfied: Int, share: String, lower: String, upper: String
        ) {
            (self.dimension, self.province, self.agency, self.procedure) = (dimension, province, agency, procedure)
            (self.month, self.count, self.satisfied) = (month, count, satisfied)
            (self.share, self.lower, self.upper) = (share, lower, upper)
        }

        init?(json: JSONValue) {
            func number(_ key: String) -> String? {
                if case .number(let text)? = json[key] { return text }
                return nil
            }
            guard let dimension = json["dimension"]?.string, let count = json["count"]?.int,
                let satisfied = json["satisfied"]?.int, let share = number("share"), let lower = number("lower"),
                let upper = number("upper"), let province = SatisfactionReply.optional(json["province"], \.string),
                let agency = SatisfactionReply.optional(json["agency"], \.string),
                let procedure = SatisfactionReply.optional(json["procedure"], \.string),
                let month = SatisfactionReply.optional(json["month"], \.string)
            else { return nil }
            self.init(
                dimension: dimension, province: province, agency: agency, procedure: procedure, month: month,
                count: count, satisfied: satisfied, share: share, lower: lower, upper: upper)
        }

        var json: JSONValue {
            .object(sortingKeys: [
                "dimension": JSONValue(dimension), "province": province.map(JSONValue.init),
                "agency": agency.map(JSONValue.init), "procedure": procedure.map(JSONValue.init),
                "month": month.map(JSONValue.init), "count": JSONValue(count), "satisfied": JSONValue(satisfied),
                "share": .number(share), "lower": .number(lower), "upper": .number(upper),
            ])
        }
    }

    /// The last day the index covers (`YYYY-MM-DD`), nil before the first batch.
    public var through: String?
    /// The fewest ratings a shown group has (10).
    public var minimumGroup: Int
    public var rows: [Row]
    /// Per dimension, the groups left out for having fewer than `minimumGroup` ratings.
    public var hidden: [String: Int]

    public init(through: String?, minimumGroup: Int, rows: [Row], hidden: [String: Int]) {
        (self.through, self.minimumGroup, self.rows, self.hidden) = (through, minimumGroup, rows, hidden)
    }

    public init?(json: JSONValue) {
        guard let through = Self.optional(json["through"], \.string), let minimumGroup = json["minimumGroup"]?.int,
            let rows = json["rows"]?.elements(Row.init(json:)), case .object(let members)? = json["hidden"]
        else { return nil }
        var hidden: [String: Int] = [:]
        for member in members {
            guard let number = member.value.int else { return nil }
            hidden[member.key] = number
        }
        self.init(through: through, minimumGroup: minimumGroup, rows: rows, hidden: hidden)
    }

    public var json: JSONValue {
        .object(sortingKeys: [
            "through": through.map(JSONValue.init), "minimumGroup": JSONValue(minimumGroup),
            "rows": .array(rows.map(\.json)),
            "hidden": .object(hidden.keys.sorted().map { JSONValue.Member(key: $0, value: JSONValue(hidden[$0]!)) }),
        ])
    }
}
