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
    /// "I fear the local authority is involved": the report goes to the national unit only.
    public var localAuthorityInvolved: Bool?

    public init(
        province: String, procedure: String, agency: String, commune: String? = nil, official: String? = nil,
        misconduct: [String], account: String, month: Int? = nil, year: Int, contact: String? = nil,
        localAuthorityInvolved: Bool? = nil
    ) {
        self.localAuthorityInvolved = localAuthorityInvolved
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
            let month = Self.optional(json["month"], \.int),
            let localAuthorityInvolved = Self.optional(json["localAuthorityInvolved"], \.bool)
        else { return nil }
        self.init(
            province: province, procedure: procedure, agency: agency, commune: commune, official: official,
            misconduct: misconduct, account: account, month: month, year: year, contact: contact,
            localAuthorityInvolved: localAuthorityInvolved)
    }

    public var json: JSONValue {
        .object(sortingKeys: [
            "province": JSONValue(province), "procedure": JSONValue(procedure), "agency": JSONValue(agency),
            "commune": commune.map(JSONValue.init), "official": official.map(JSONValue.init),
            "misconduct": JSONValue(misconduct), "account": JSONValue(account), "month": month.map(JSONValue.init),
            "year": JSONValue(year), "contact": contact.map(JSONValue.init),
            "localAuthorityInvolved": localAuthorityInvolved.map(JSONValue.init),
        ])
    }
}
