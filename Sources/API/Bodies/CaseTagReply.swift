/// `POST /api/v1/case-tag`: the case tag of a token, lowercase hex.
public struct CaseTagReply: APIBody {
    public var caseTag: String

    public init(caseTag: String) { self.caseTag = caseTag }

    public init?(json: JSONValue) {
        guard let caseTag = json["caseTag"]?.string else { return nil }
        self.init(caseTag: caseTag)
    }

    public var json: JSONValue { .object(sortingKeys: ["caseTag": JSONValue(caseTag)]) }
}
