import Casework

extension Report {
    /// The report as the tool's JSON shows it: `show --json` and a case bundle's `open/case.json`.
    public var jsonObject: [String: Any] {
        var fields: [String: Any] = [
            "province": province, "procedure": procedure, "agency": agency, "misconduct": misconduct,
            "account": account, "year": year,
        ]
        fields["month"] = month
        fields["commune"] = commune
        fields["official"] = official
        fields["contact"] = contact
        return fields
    }
}
