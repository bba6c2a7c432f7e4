/// The body of `POST /api/v1/feedback`: a rating of a visit to an agency (Casework's
/// `ServiceFeedback`), with a solved challenge. Levels are integers 1…5 (5 best); `month` is `YYYY-MM`.
public struct FeedbackBody: APIBody {
    public var province: String
    public var agency: String
    public var procedure: String
    public var month: String
    public var staff: Int
    public var timeliness: Int
    public var extras: Int
    public var overall: Int
    public var comment: String?
    public var challenge: String?
    public var counter: UInt64?

    public init(
        province: String, agency: String, procedure: String, month: String, staff: Int, timeliness: Int, extras: Int,
        overall: Int, comment: String? = nil, challenge: String? = nil, counter: UInt64? = nil
    ) {
        (self.province, self.agency, self.procedure, self.month) = (province, agency, procedure, month)
        (self.staff, self.timeliness, self.extras, self.overall) = (staff, timeliness, extras, overall)
        (self.comment, self.challenge, self.counter) = (comment, challenge, counter)
    }

    public init?(json: JSONValue) {
        guard let province = json["province"]?.string, let agency = json["agency"]?.string,
            let procedure = json["procedure"]?.string, let month = json["month"]?.string,
            let staff = json["staff"]?.int, let timeliness = json["timeliness"]?.int,
            let extras = json["extras"]?.int, let overall = json["overall"]?.int,
            let comment = Self.optional(json["comment"], \.string),
            let challenge = Self.optional(json["challenge"], \.string),
            let counter = Self.optional(json["counter"], \.uint64)
        else { return nil }
        self.init(
            province: province, agency: agency, procedure: procedure, month: month, staff: staff,
            timeliness: timeliness, extras: extras, overall: overall, comment: comment, challenge: challenge,
            counter: counter)
    }

    public var json: JSONValue {
        .object(sortingKeys: [
            "province": JSONValue(province), "agency": JSONValue(agency), "procedure": JSONValue(procedure),
            "month": JSONValue(month), "staff": JSONValue(staff), "timeliness": JSONValue(timeliness),
            "extras": JSONValue(extras), "overall": JSONValue(overall), "comment": comment.map(JSONValue.init),
            "challenge": challenge.map(JSONValue.init), "counter": counter.map(JSONValue.init),
        ])
    }
}
