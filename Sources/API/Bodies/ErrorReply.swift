/// Every refusal of the JSON API, citizen's or inspectors': `{"error": code, "message": text}`, and for
/// fields that do not validate (422 `invalid`) `fields`, each `{"field", "code"}`.
public struct ErrorReply: APIBody, Error {
    public struct Field: Sendable, Equatable {
        public var field: String
        public var code: String

        public init(field: String, code: String) { (self.field, self.code) = (field, code) }

        init?(json: JSONValue) {
            guard let field = json["field"]?.string, let code = json["code"]?.string else { return nil }
            self.init(field: field, code: code)
        }

        var json: JSONValue { .object(sortingKeys: ["field": JSONValue(field), "code": JSONValue(code)]) }
    }

    public var error: String
    public var message: String
    public var fields: [Field]?

    public init(error: String, message: String, fields: [Field]? = nil) {
        (self.error, self.message, self.fields) = (error, message, fields)
    }

    public init?(json: JSONValue) {
        guard let error = json["error"]?.string, let message = json["message"]?.string,
            let fields = Self.optional(json["fields"], { $0.elements(Field.init(json:)) })
        else { return nil }
        self.init(error: error, message: message, fields: fields)
    }

    public var json: JSONValue {
        .object(sortingKeys: [
            "error": JSONValue(error), "message": JSONValue(message), "fields": fields.map { .array($0.map(\.json)) },
        ])
    }
}
