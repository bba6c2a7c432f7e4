import Foundation

/// Where a case stands, folded from its inspector events in log order: the one state machine that the
/// server enforces before it appends an event and that the inspectors' tool shows.
///
/// ```
/// new ──accept──▶ accepted ──resolve──▶ resolved
///  │                 │ ▲
///  decline        extend (at most twice)
///  ▼
/// declined
/// ```
///
/// Notes and replies are allowed in every state; assignments while the case is open (new or accepted).
/// A transfer, while the case is new or accepted, hands it to another unit: it is new again, waiting
/// for the receiving unit's decision, with no extension used.
public struct CaseProgress: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable, CustomStringConvertible {
        case new, accepted, declined, resolved
        public var description: String { rawValue }
        /// Whether no more decision is due: declined or resolved.
        public var isClosed: Bool { self == .declined || self == .resolved }
    }

    /// The most extensions the Law on Denunciation allows (30 days each, to 90 days in all).
    public static let maximumExtensions = 2

    public private(set) var status: Status = .new
    public private(set) var extensions = 0
    /// When the case was accepted or declined (the events' signed times); nil again after a transfer,
    /// until the receiving unit decides.
    public private(set) var decidedAt: Date?
    /// When the case was last transferred, if it was: the receiving unit's decision period runs from
    /// that day (Deadlines.md, "Transfers").
    public private(set) var transferredAt: Date?
    public private(set) var resolvedAt: Date?

    public init() {}

    /// Why an action is not allowed now, or nil if it is.
    public func refusal(of action: InspectorEvent.Action) -> String? {
        switch action {
        case .accept, .decline:
            status == .new ? nil : "the case was already \(status); a decision is made once"
        case .assign:
            status.isClosed ? "the case is \(status); there is nothing left to assign" : nil
        case .note, .reply, .grant:
            nil
        case .transfer:
            status.isClosed ? "the case is \(status); only a new or accepted case can be transferred" : nil
        case .extend:
            if status != .accepted {
                "only an accepted, unresolved case can be extended (this one is \(status))"
            } else if extensions >= Self.maximumExtensions {
                "the deadline was already extended \(Self.maximumExtensions) times, to 90 days in all; the law allows no more"
            } else {
                nil
            }
        case .resolve:
            status == .accepted ? nil : "only an accepted case can be resolved (this one is \(status))"
        case .open:
            "the case is already open: a feedback comment is opened as a case once"
        }
    }

    /// Applies an allowed action; returns the refusal otherwise, and changes nothing.
    @discardableResult
    public mutating func apply(_ action: InspectorEvent.Action, at date: Date) -> String? {
        if let refusal = refusal(of: action) { return refusal }
        switch action {
        case .accept:
            status = .accepted
            decidedAt = date
        case .decline:
            status = .declined
            decidedAt = date
        case .extend:
            extensions += 1
        case .resolve:
            status = .resolved
            resolvedAt = date
        case .transfer:
            status = .new
            decidedAt = nil
            extensions = 0
            transferredAt = date
        case .assign, .note, .reply, .grant, .open:
            break
        }
        return nil
    }
}
