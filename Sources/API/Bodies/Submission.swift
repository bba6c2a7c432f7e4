/// `POST /api/v1/reports`: a solved challenge and either a report (sealed by the server) or a
/// pre-sealed envelope (base64, built on the citizen's device; stored unchanged).
public struct Submission: APIBody {
    public var challenge: String
    public var counter: UInt64
    public var report: ReportBody?
    public var envelope: String?

    public init(challenge: String, counter: UInt64, report: ReportBody? = nil, envelope: String? = nil) {
        (self.challenge, self.counter, self.report, self.envelope) = (challenge, counter, report, envelope)
    }

    public init?(json: JSONValue) {
        guard let challenge = json["challenge"]?.string, let counter = json["counter"]?.uint64,
            let envelope = Self.optional(json["envelope"], \.string),
            let report = Self.optional(json["report"], ReportBody.init(json:))
        else { return nil }
        self.init(challenge: challenge, counter: counter, report: report, envelope: envelope)
    }

    public var json: JSONValue {
        .object(sortingKeys: [
            "challenge": JSONValue(challenge), "counter": JSONValue(counter), "report": report?.json,
            "envelope": envelope.map(JSONValue.init),
        ])
    }
}
