/// `GET /api/v1/inspect/whoami`: the name the server knows the signing key by.
public struct WhoamiReply: APIBody {
    public var inspector: String

    public init(inspector: String) { self.inspector = inspector }

    public init?(json: JSONValue) {
        guard let inspector = json["inspector"]?.string else { return nil }
        self.init(inspector: inspector)
    }

    public var json: JSONValue { .object(sortingKeys: ["inspector": JSONValue(inspector)]) }
}
