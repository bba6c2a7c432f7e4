import Casework
import Catalogue
import Deployment
import Foundation
import Ledger
import Sodium
import Transparency

extension IntakeStore {
    /// How an intake store runs: its catalogue, its checkpoint key, its limits and its seams.
    public struct Configuration: Sendable {
        /// What reports are validated against.
        public var catalog: Catalog
        /// Signs a checkpoint for every receipt when set (``CheckpointSignerKey``). Each signature
        /// writes the checkpoint file durably, so it costs one more fsync per submission.
        public var checkpointSigner: NoteSigner?
        /// The checkpoint origin; by default the signer's name (`candor.example/intake`).
        public var checkpointOrigin: String?
        /// With a signer, a checkpoint is also signed in the background whenever the log has grown, at
        /// most once per this interval (and once more on ``IntakeStore/close()``), so that every
        /// acknowledged record is covered by a signed checkpoint within about this long, with no request
        /// asking for it; a log later found shorter than that checkpoint refuses to open
        /// (``StoreError/recordsRemoved(log:records:checkpointSize:)``). nil signs only on demand.
        public var checkpointInterval: Duration? = .seconds(1)
        /// Whether each write waits for a signed checkpoint that includes it (its receipt's inclusion).
        /// A server can leave it off and sign lazily when a receipt is downloaded
        /// (``IntakeStore/inclusion(of:)``): acknowledgements then cost no checkpoint write.
        public var signsReceiptsEagerly = true
        public var clock: any WallClock = SystemWallClock()
        /// Tokens, content keys, nonces and attachment keys come from here.
        public var random: any RandomSource = SystemRandom()
        /// A test seam: a case is resolved when this says so, or when the log holds its resolve event
        /// (``IntakeStore/isResolved(_:)``).
        public var isResolved: @Sendable (CaseTag) -> Bool = { _ in false }
        /// Revoked inspectors by name, with the time from which their signed events are refused
        /// (`Keys/revoked/NAME.pub`). A revoked key is not among the current ``InspectorKeys``.
        public var revokedInspectors: [String: Date] = [:]
        /// The largest attachment, counted as received (before metadata stripping).
        public var maximumAttachmentByteCount = 20 << 20
        /// The most attachments one report or follow-up may carry.
        public var maximumAttachmentsPerMessage = 10
        /// The largest pre-sealed envelope accepted (reports are text; attachments are separate records).
        public var maximumEnvelopeByteCount = 1 << 20
        /// The most citizen records (the report and its follow-ups) one case may hold: a status check opens
        /// every one of them, so this bounds its cost. The one rating and the inspectors' events are not
        /// counted and never refused by it.
        public var maximumRecordsPerCase = 200
        /// A test seam: called with the index of every record the store reads.
        public var onRecordRead: (@Sendable (UInt64) -> Void)?
        /// Options of the intake ledger. Its `indexKeys` are always ``IntakeRecord/indexKeys``.
        public var ledgerOptions = Ledger.Options()

        public init(catalog: Catalog) {
            self.catalog = catalog
        }
    }
}
