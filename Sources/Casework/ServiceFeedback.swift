import Catalogue
import Foundation

/// A citizen's rating of one visit to an agency, with no complaint and no case: where (province, kind
/// of agency), for which procedure, in which month, four criteria on five levels, and an optional
/// comment for the unit's inspectors.
///
/// It is sealed like a report (Envelope kind ``Envelope/Kind/feedback``) under a token nobody keeps,
/// so nothing links two ratings or a rating to a case. Its plaintext is ``encoded()`` (Envelope.md,
/// "Service feedback").
public struct ServiceFeedback: Sendable, Hashable {
    public enum Limits {
        public static let comment = 2_000
        /// The oldest visit that may be rated, in months before the current one.
        public static let monthsBack = 24
    }

    /// The criteria, each rated from 1 (very bad) to 5 (very good).
    public enum Criterion: String, Sendable, Hashable, CaseIterable {
        /// How the staff treated the citizen.
        case staff
        /// Whether it took the promised time.
        case timeliness
        /// Whether papers or fees beyond the rules were asked for (5: none were).
        case extras
        /// Overall.
        case overall

        var field: FieldError.Field {
            switch self {
            case .staff: .staff
            case .timeliness: .timeliness
            case .extras: .extras
            case .overall: .overall
            }
        }
    }

    /// The five levels; 4 and 5 count as satisfied in the public index.
    public static let levelRange = 1...5
    public static let satisfiedLevels = 4...5

    public var province: String
    /// An id of the catalogue's agencies (``/Catalogue/Catalog/agencies``).
    public var agency: String
    public var procedure: String
    public var month: VisitMonth
    /// The level of each criterion; a missing one is a ``FieldError/Code/missing`` problem.
    public var levels: [Criterion: Int]
    public var comment: String?

    public init(
        province: String, agency: String, procedure: String, month: VisitMonth, levels: [Criterion: Int],
        comment: String? = nil
    ) {
        self.province = province
        self.agency = agency
        self.procedure = procedure
        self.month = month
        self.levels = levels
        self.comment = comment
    }

    /// Whether the overall level counts as satisfied.
    public var isSatisfied: Bool { Self.satisfiedLevels.contains(levels[.overall] ?? 0) }

    /// Every problem, against the catalogue and the intake's day: an unknown province, agency or
    /// procedure; a month after `today`'s or more than ``Limits/monthsBack`` before it; a level missing
    /// or outside 1…5; a comment too long or with forbidden characters.
    public func validate(catalog: Catalog, today: CalendarDay) -> [FieldError] {
        var errors: [FieldError] = []
        func check(_ id: String, _ field: FieldError.Field, _ unknown: FieldError.Code, _ known: (String) -> Bool) {
            if TextRules.isBlank(id) {
                errors.append(FieldError(field, .missing))
            } else if !known(id) {
                errors.append(FieldError(field, unknown))
            }
        }
        check(province, .province, .unknownProvince, catalog.isValidProvince)
        check(agency, .agency, .unknownAgency, catalog.isValidAgency)
        check(procedure, .procedure, .unknownProcedure, catalog.isValidProcedure)
        let age = month.months(to: VisitMonth(today))
        if age < 0 {
            errors.append(FieldError(.month, .inFuture))
        } else if age > Limits.monthsBack {
            errors.append(FieldError(.month, .outOfRange))
        }
        for criterion in Criterion.allCases {
            guard let level = levels[criterion] else {
                errors.append(FieldError(criterion.field, .missing))
                continue
            }
            if !Self.levelRange.contains(level) { errors.append(FieldError(criterion.field, .outOfRange)) }
        }
        errors += TextRules.check(comment, .comment, required: false, limit: Limits.comment, multiline: true)
        return errors
    }

    /// The feedback as it is sealed (NFC, trimmed, an empty comment as nil).
    public func normalized() -> ServiceFeedback {
        ServiceFeedback(
            province: TextRules.normalized(province), agency: TextRules.normalized(agency),
            procedure: TextRules.normalized(procedure), month: month, levels: levels,
            comment: TextRules.normalized(comment))
    }
}
