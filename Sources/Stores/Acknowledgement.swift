import Casework

/// What the intake returns once a follow-up, a rating or a pre-sealed envelope is durably stored.
public struct Acknowledgement: Sendable {
    public let caseTag: CaseTag
    public let kind: Envelope.Kind
    /// The envelope's index in the intake log.
    public let logIndex: UInt64
    /// A signed checkpoint that includes the envelope, when the intake has a checkpoint signer.
    public let inclusion: LogInclusion?
}
