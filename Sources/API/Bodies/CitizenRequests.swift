/// A report as the citizen API takes it, inside a ``Submission`` (`POST /api/v1/reports`).
public struct ReportBody: APIBody {
    public var province: String
    public var procedure: String
    public var agency: String
    public var commune: String?
    public var official: String?
    public var misconduct: [String]
    public var account: String
    public var month: Int?
    public var year: Int
    public var contact: String?

    public init(
        province: String, procedure: String, agency: String, commune: String? = nil, official: String? = nil,
        misconduct: [String], account: String, month: Int? = nil, year: Int, contact: String? = nil
    ) {
        (self.province, self.procedure, self.agency, self.commune, self.official) = (
            province, procedure, agency, commune, official
        )
        (self.misconduct, self.account, self.month, self.year, self.contact) = (
            misconduct, account, month, year, contact
        )
    }

    public init?(json: JSONValue) {
        guard let province = json["province"]?.string, let procedure = json["procedure"]?.string,
            let agency = json["agency"]?.string, let account = json["account"]?.string,
            let year = json["year"]?.int, let misconduct = json["misconduct"]?.elements(\.string),
            let commune = Self.optional(json["commune"], \.string),
            let official = Self.optional(json["official"], \.string),
            let contact = Self.optional(json["contact"], \.string),
            let month = Self.optional(json["month"], \.int)
        else { return nil }
        self.init(
            province: province, procedure: procedure, agency: agency, commune: commune, official: official,
            misconduct: misconduct, account: account, month: month, year: year, contact: contact)
    }

    public var json: JSONValue {
        .object(sortingKeys: [
            "province": JSONValue(province), "procedure": JSONValue(procedure), "agency": JSONValue(agency),
            "commune": commune.map(JSONValue.init), "official": official.map(JSONValue.init),
            "misconduct": JSONValue(misconduct), "account": JSONValue(account), "month": month.map(JSONValue.init),
            "year": JSONValue(year), "contact": contact.map(JSONValue.init),
        ])
    }
}

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

/// The body of the routes that take a token: `POST /api/v1/status` and `/api/v1/case-tag` (the token
/// alone), `/api/v1/followups` (`text`) and `/api/v1/ratings` (`level`, `comment`), the last two with
/// a solved challenge.
public struct TokenBody: APIBody {
    public var token: String
    public var text: String?
    public var level: String?
    public var comment: String?
    /// The solved proof of work that a follow-up or a rating needs (a status read does not).
    public var challenge: String?
    public var counter: UInt64?

    public init(
        token: String, text: String? = nil, level: String? = nil, comment: String? = nil, challenge: String? = nil,
        counter: UInt64? = nil
    ) {
        (self.token, self.text, self.level, self.comment) = (token, text, level, comment)
        (self.challenge, self.counter) = (challenge, counter)
    }

    public init?(json: JSONValue) {
        guard let token = json["token"]?.string, let text = Self.optional(json["text"], \.string),
            let level = Self.optional(json["level"], \.string),
            let comment = Self.optional(json["comment"], \.string),
            let challenge = Self.optional(json["challenge"], \.string),
            let counter = Self.optional(json["counter"], \.uint64)
        else { return nil }
        self.init(token: token, text: text, level: level, comment: comment, challenge: challenge, counter: counter)
    }

    public var json: JSONValue {
        .object(sortingKeys: [
            "token": JSONValue(token), "text": text.map(JSONValue.init), "level": level.map(JSONValue.init),
            "comment": comment.map(JSONValue.init), "challenge": challenge.map(JSONValue.init),
            "counter": counter.map(JSONValue.init),
        ])
    }
}
