import Casework
import Web

extension Strings {
    /// The message for a field problem, in this language.
    func message(for error: FieldError) -> String {
        switch error.code {
        case .missing:
            switch error.field {
            case .misconduct: errorChooseKind
            case .level, .staff, .timeliness, .extras, .overall: errorRatingLevel
            case .province, .procedure, .month, .year: errorChoose
            default: errorRequired
            }
        case .tooLong: errorTooLong
        case .tooMany: error.field == .attachments ? errorTooManyFiles : errorTooLong
        case .unknownProvince, .unknownProcedure, .unknownMisconduct, .unknownAgency: errorChoose
        case .duplicate: errorDuplicate
        case .outOfRange:
            switch error.field {
            case .month: errorMonth
            case .staff, .timeliness, .extras, .overall: errorRatingLevel
            default: errorYear
            }
        case .inFuture: errorFuture
        case .invalidCharacters: errorInvalidCharacters
        }
    }
}

/// The form field a problem belongs to (the follow-up text and the report account share a box).
func formFieldName(_ field: FieldError.Field) -> String {
    switch field {
    case .text: "text"
    default: field.rawValue
    }
}
