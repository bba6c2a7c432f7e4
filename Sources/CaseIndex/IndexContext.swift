import Deadlines
import Ledger
import Sodium
import Triage

/// What building or reading an index needs besides the mirror's records: the index keys, the keys that
/// open cases, the signers whose events count, and the deadline policy of the stored due days.
public struct IndexContext: Sendable {
    public let mirror: String
    public let keys: IndexKeys
    public let openingKeys: [SealedBox.PrivateKey]
    public let signers: [KnownSigner]
    public let policy: DeadlinePolicy
    /// Told how a rebuild goes (a line for stderr); nil stays quiet.
    public let progress: (@Sendable (String) -> Void)?
    /// The late copy of a stand-in (Mirroring's `Mirror.LateCopies`): a case transferred to the
    /// inspector's unit after its first records were withheld is filed and read from these.
    public let lateCopy: (@Sendable (LedgerRecord) -> LedgerRecord?)?
    /// The events whose signatures the sync that just ran checked already (none otherwise).
    public var checkedSignatures = CheckedSignatures.none
    /// Stops the sync's signature checks and gives what they found valid: called once the index has
    /// scanned the new records, just before it summarizes their cases (the checks go on meanwhile).
    /// Its answer replaces ``checkedSignatures``.
    public var finishSignatureChecks: (@Sendable () -> CheckedSignatures)?
    /// The log indexes of the records the sync that just ran wrote to the mirror's log, from bytes it had
    /// checked against their leaf hashes moments before, in this process: the index reads them without
    /// checking their chained checksums again (CaseIndex.md, "Reading a record"). Empty otherwise.
    public var writtenBySync: Range<UInt64> = 0..<0

    public init(
        mirror: String, keys: IndexKeys, openingKeys: [SealedBox.PrivateKey], signers: [KnownSigner],
        policy: DeadlinePolicy, progress: (@Sendable (String) -> Void)? = nil,
        lateCopy: (@Sendable (LedgerRecord) -> LedgerRecord?)? = nil
    ) {
        self.lateCopy = lateCopy
        self.mirror = mirror
        self.keys = keys
        self.openingKeys = openingKeys
        self.signers = signers
        self.policy = policy
        self.progress = progress
    }

    var keySet: IndexKeySet { IndexKeySet(openingKeys: openingKeys, signers: signers) }
    var fingerprint: [UInt8] { keys.fingerprint(keySet) }
}
