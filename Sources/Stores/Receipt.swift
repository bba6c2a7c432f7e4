import Casework
import Catalogue

/// What a citizen gets for a new report: the token to keep, once, and where the report went.
public struct Receipt: Sendable {
    /// The case code: show ``CaseToken/grouped`` to the citizen, once, and never store it.
    public let token: CaseToken
    public let caseTag: CaseTag
    /// The report envelope's index in the intake log.
    public let logIndex: UInt64
    /// A signed checkpoint that includes the report, when the intake has a checkpoint signer.
    public let inclusion: LogInclusion?
    /// The unit that handles the report (the first of its route); nil for a flat `Keys/`.
    public var handlingUnit: Units.Unit?

    public init(
        token: CaseToken, caseTag: CaseTag, logIndex: UInt64, inclusion: LogInclusion?, handlingUnit: Units.Unit?
    ) {
        self.token = token
        self.caseTag = caseTag
        self.logIndex = logIndex
        self.inclusion = inclusion
        self.handlingUnit = handlingUnit
    }
}
