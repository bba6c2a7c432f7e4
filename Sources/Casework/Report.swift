import Catalogue

/// A citizen's first report: where, which procedure, who, what happened, when.
///
/// Under the Law on Denunciation (Art. 25) an anonymous report is checked only when it names the
/// violator and carries specific evidence, so the fields ask for specifics: the agency or unit, the
/// official if the citizen can say, what happened, and when. The free-text bounds are generous (a long
/// statement fits) but finite. ``validate(catalog:today:)`` returns every problem at once, field by
/// field, for the form to show next to each field.
public struct Report: Sendable, Hashable, Codable {
    /// Bounds in characters (and counts), public so that the form can show them and set `maxlength`.
    public enum Limits {
        public static let agency = 300
        public static let commune = 200
        public static let official = 300
        public static let account = 20_000
        public static let contact = 300
        /// The earliest year a report may be about.
        public static let earliestYear = 2000
    }

    /// A province id of the catalogue (`ha-noi`).
    public var province: String
    /// A procedure id of the catalogue (`doi-giay-phep-lai-xe`, or `khac`).
    public var procedure: String
    /// The agency or unit, free text ("Phòng CSGT Công an phường Ba Đình").
    public var agency: String
    /// The commune, ward or special zone, free text: the district level no longer exists. Optional.
    public var commune: String?
    /// Who: the official's name, title or badge number, if the citizen can say. Optional.
    public var official: String?
    /// Misconduct kind ids of the catalogue, at least one.
    public var misconduct: [String]
    /// What happened, in the citizen's words.
    public var account: String
    /// The month it happened, 1…12, or nil if the citizen does not remember.
    public var month: Int?
    /// The year it happened.
    public var year: Int
    /// How to reach the citizen, only if they choose to give it. Optional, and sealed like the rest.
    public var contact: String?
    /// The citizen chose "Tôi lo ngại chính quyền / cơ quan địa phương có liên quan": the report goes to
    /// the national unit only (``Units/Route/localAuthorityInvolved``). nil when not chosen (never false
    /// once normalised, so a report without the choice seals as it always did).
    public var localAuthorityInvolved: Bool?

    public init(
        province: String, procedure: String, agency: String, commune: String? = nil, official: String? = nil,
        misconduct: [String], account: String, month: Int?, year: Int, contact: String? = nil,
        localAuthorityInvolved: Bool? = nil
    ) {
        self.province = province
        self.procedure = procedure
        self.agency = agency
        self.commune = commune
        self.official = official
        self.misconduct = misconduct
        self.account = account
        self.month = month
        self.year = year
        self.contact = contact
        self.localAuthorityInvolved = localAuthorityInvolved
    }

    /// The routing rule that applies: the conflict route when the citizen fears the local authority is
    /// involved, the ordinary one otherwise.
    public var route: Units.Route { localAuthorityInvolved == true ? .localAuthorityInvolved : .ordinary }

    /// Every problem with the report, field by field; empty when it may be submitted.
    ///
    /// - Parameters:
    ///   - catalog: the catalogue the ids must come from.
    ///   - today: the intake's current day, so that a month or year after it is ``FieldError/Code/inFuture``.
    public func validate(catalog: Catalog, today: CalendarDay) -> [FieldError] {
        var errors: [FieldError] = []
        let province = TextRules.normalized(province)
        if province.isEmpty {
            errors.append(FieldError(.province, .missing))
        } else if !catalog.provinces.contains(province) {
            errors.append(FieldError(.province, .unknownProvince))
        }
        let procedure = TextRules.normalized(procedure)
        if procedure.isEmpty {
            errors.append(FieldError(.procedure, .missing))
        } else if !catalog.procedures.contains(procedure) {
            errors.append(FieldError(.procedure, .unknownProcedure))
        }
        errors += TextRules.check(agency, .agency, required: true, limit: Limits.agency)
        errors += TextRules.check(commune, .commune, required: false, limit: Limits.commune)
        errors += TextRules.check(official, .official, required: false, limit: Limits.official)
        errors += validateMisconduct(catalog: catalog)
        errors += TextRules.check(account, .account, required: true, limit: Limits.account, multiline: true)
        errors += validateWhen(today: today)
        errors += TextRules.check(contact, .contact, required: false, limit: Limits.contact)
        return errors
    }

    private func validateMisconduct(catalog: Catalog) -> [FieldError] {
        let ids = misconduct.map { TextRules.normalized($0) }.filter { !$0.isEmpty }
        guard !ids.isEmpty else { return [FieldError(.misconduct, .missing)] }
        var errors: [FieldError] = []
        let limit = catalog.misconductKinds.entries.count
        if ids.count > limit { errors.append(FieldError(.misconduct, .tooMany, limit: limit)) }
        if Set(ids).count != ids.count { errors.append(FieldError(.misconduct, .duplicate)) }
        if ids.contains(where: { !catalog.misconductKinds.contains($0) }) {
            errors.append(FieldError(.misconduct, .unknownMisconduct))
        }
        return errors
    }

    private func validateWhen(today: CalendarDay) -> [FieldError] {
        var errors: [FieldError] = []
        if year < Limits.earliestYear {
            errors.append(FieldError(.year, .outOfRange))
        } else if year > today.year {
            errors.append(FieldError(.year, .inFuture))
        }
        if let month {
            if !(1...12).contains(month) {
                errors.append(FieldError(.month, .outOfRange))
            } else if year == today.year && month > today.month {
                errors.append(FieldError(.month, .inFuture))
            }
        }
        return errors
    }

    /// The report as it is sealed: every text in NFC without surrounding spaces, empty optional
    /// fields as nil, misconduct ids without blanks.
    public func normalized() -> Report {
        Report(
            province: TextRules.normalized(province), procedure: TextRules.normalized(procedure),
            agency: TextRules.normalized(agency), commune: TextRules.normalized(commune),
            official: TextRules.normalized(official),
            misconduct: misconduct.map { TextRules.normalized($0) }.filter { !$0.isEmpty },
            account: TextRules.normalized(account), month: month, year: year, contact: TextRules.normalized(contact),
            localAuthorityInvolved: localAuthorityInvolved == true ? true : nil)
    }
}
