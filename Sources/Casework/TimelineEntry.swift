/// One item of a case as its citizen sees it: an envelope sealed to the citizen's reply key, opened
/// in memory for the length of a request.
public struct TimelineEntry: Sendable {
    /// The envelope's index in the intake log: entries come oldest first.
    public let logIndex: UInt64
    public let kind: Envelope.Kind
    /// The opened message, or nil if the envelope is addressed to the citizen but could not be opened
    /// or understood (a citizen's own software may have sealed something malformed). The page should
    /// say that one item could not be shown.
    public let message: CaseMessage?

    /// Whether the entry could be opened and read.
    public var isReadable: Bool { message != nil }
}
