/// Why a case's dates cannot be given deadlines: an action the law does not allow, or dates that
/// contradict each other.
///
/// Separate from ``CaseworkError`` because it is about an inspector's action, never about input a
/// citizen or a file can cause; the inspectors' tool shows ``description`` as it is.
public enum DeadlineError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The case already has every extension the policy allows (Art. 30: two, 90 days in all).
    case tooManyExtensions(maximum: Int)
    /// The dates or the actions are not in an order a case can have (what is wrong, in words).
    case inconsistent(String)

    public var description: String {
        switch self {
        case .tooManyExtensions(let maximum):
            "the resolution deadline cannot be extended again: the law allows \(maximum) extension"
                + (maximum == 1 ? "" : "s") + "; resolve the case"
        case .inconsistent(let why):
            "the case's dates do not fit together: \(why)"
        }
    }
}
