/// One problem with one field of a citizen's input, as a code the web layer turns into a message.
///
/// Codes, not sentences: the web layer owns the wording in Vietnamese and English, and can put each
/// message next to its field. ``limit`` carries the number a message needs ("at most 300 characters").
public struct FieldError: Sendable, Hashable, CustomStringConvertible {
    /// The field, named as in the form and in the sealed JSON.
    public enum Field: String, Sendable, Hashable, CaseIterable {
        case province, procedure, agency, commune, official, misconduct, account, month, year, contact
        case text, level, comment, attachments
        /// Service feedback's four criteria (``ServiceFeedback/Criterion``).
        case staff, timeliness, extras, overall
    }

    /// What is wrong with it.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        /// Required but empty (or only spaces).
        case missing
        /// Longer than ``FieldError/limit`` characters.
        case tooLong
        /// More than ``FieldError/limit`` items.
        case tooMany
        case unknownProvince
        case unknownProcedure
        case unknownMisconduct
        case unknownAgency
        /// The same item chosen twice.
        case duplicate
        /// A number outside its range (a month of 13, a year before 2000).
        case outOfRange
        /// A month or year after today.
        case inFuture
        /// Control characters, or bidirectional overrides that could disguise text on an inspector's screen.
        case invalidCharacters
    }

    public let field: Field
    public let code: Code
    /// The bound that was exceeded, for ``Code/tooLong`` and ``Code/tooMany``.
    public let limit: Int?

    public init(_ field: Field, _ code: Code, limit: Int? = nil) {
        self.field = field
        self.code = code
        self.limit = limit
    }

    public var description: String {
        limit.map { "\(field.rawValue): \(code.rawValue) (limit \($0))" } ?? "\(field.rawValue): \(code.rawValue)"
    }
}
