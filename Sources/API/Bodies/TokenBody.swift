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
