import Casework

/// What a citizen gets for a new report: the token to keep, once, and where the report went.
public struct Receipt: Sendable {
    /// The case code: show ``CaseToken/grouped`` to the citizen, once, and never store it.
    public let token: CaseToken
    public let caseTag: CaseTag
    /// The report envelope's index in the intake log.
    public let logIndex: UInt64
    /// A signed checkpoint that includes the report, when the intake has a checkpoint signer.
    public let inclusion: LogInclusion?
}
