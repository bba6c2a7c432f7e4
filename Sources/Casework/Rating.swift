/// The citizen's rating of how a resolved case was handled: five levels and an optional comment.
public struct Rating: Sendable, Hashable, Codable {
    public enum Limits {
        public static let comment = 2_000
    }

    /// The five levels, from "Rất hài lòng" to "Rất không hài lòng", in the order the form lists them.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
        case verySatisfied = "very-satisfied"
        case satisfied
        case neutral
        case dissatisfied
        case veryDissatisfied = "very-dissatisfied"

        /// The Vietnamese label.
        public var vi: String {
            switch self {
            case .verySatisfied: "Rất hài lòng"
            case .satisfied: "Hài lòng"
            case .neutral: "Bình thường"
            case .dissatisfied: "Không hài lòng"
            case .veryDissatisfied: "Rất không hài lòng"
            }
        }

        /// The English label.
        public var en: String {
            switch self {
            case .verySatisfied: "Very satisfied"
            case .satisfied: "Satisfied"
            case .neutral: "Neither satisfied nor dissatisfied"
            case .dissatisfied: "Dissatisfied"
            case .veryDissatisfied: "Very dissatisfied"
            }
        }
    }

    public var level: Level
    public var comment: String?

    public init(level: Level, comment: String? = nil) {
        self.level = level
        self.comment = comment
    }

    /// Every problem with the rating (only the comment can have one).
    public func validate() -> [FieldError] {
        TextRules.check(comment, .comment, required: false, limit: Limits.comment, multiline: true)
    }

    /// The rating as it is sealed (NFC, trimmed, an empty comment as nil).
    public func normalized() -> Rating { Rating(level: level, comment: TextRules.normalized(comment)) }
}
