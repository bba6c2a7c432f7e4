/// One item of a case as its citizen sees it, opened in memory for the length of a request: a
/// citizen's own message (report, follow-up, rating), or an inspector event shown to the citizen
/// (accepted, declined, a reply, an extension, the resolution).
public struct TimelineEntry: Sendable {
    /// The record's index in the intake log: entries come oldest first.
    public let logIndex: UInt64
    /// The envelope's kind (``Envelope/Kind/reply`` or ``Envelope/Kind/inspectorEvent`` for events).
    public let kind: Envelope.Kind
    /// The opened message of a citizen's envelope, or nil if it could not be opened or understood (a
    /// citizen's own software may have sealed something malformed). The page should say that one item
    /// could not be shown.
    public let message: CaseMessage?
    /// The inspector's action, for an event.
    public let action: InspectorEvent.Action?
    /// The opened details of an event (a reason, a reply, the outcome), or nil if they could not be read.
    public let details: EventDetails?
    /// The day of the item: when the intake received the message, or when the inspector signed the event.
    public let day: CalendarDay?
    /// For a citizen's record: whether it provably comes from the token's holder. A page must never
    /// show the text of one that is ``Authorship/notFromCitizen(_:)`` as the citizen's words.
    public let authorship: Authorship?

    public init(
        logIndex: UInt64, kind: Envelope.Kind, message: CaseMessage? = nil, action: InspectorEvent.Action? = nil,
        details: EventDetails? = nil, day: CalendarDay? = nil, authorship: Authorship? = nil
    ) {
        self.authorship = authorship
        self.logIndex = logIndex
        self.kind = kind
        self.message = message
        self.action = action
        self.details = details
        self.day = day ?? message?.receivedOn
    }

    /// Whether the entry could be opened and read.
    public var isReadable: Bool { message != nil || details != nil }
}
