/// More information a citizen adds to an existing case: text, and any attachments beside it in the
/// ``CaseMessage``.
public struct FollowUp: Sendable, Hashable, Codable {
    public enum Limits {
        public static let text = Report.Limits.account
    }

    public var text: String

    public init(text: String) { self.text = text }

    /// Every problem with the follow-up. The text may be empty only when attachments come with it.
    public func validate(attachmentCount: Int = 0) -> [FieldError] {
        TextRules.check(text, .text, required: attachmentCount == 0, limit: Limits.text, multiline: true)
    }

    /// The follow-up as it is sealed (NFC, trimmed).
    public func normalized() -> FollowUp { FollowUp(text: TextRules.normalized(text)) }
}
