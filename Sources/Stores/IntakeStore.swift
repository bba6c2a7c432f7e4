import Attachments
import Casework
import Deployment
import Foundation
import Ledger
import Sodium
import Transparency

/// The intake: seals citizens' reports, follow-ups and ratings into the intake log and reads a
/// case's timeline back for its citizen.
///
/// The data folder holds the case tag key (`case-tag.key`), the log's checkpoint key if the server
/// uses one (`log-signer.key`, loaded by the caller with ``CheckpointSignerKey``) and the intake
/// ledger (`intake/`). What is on disk is ciphertext, case tags and public keys only: a token is
/// never stored (only its keyed tag), and plaintext exists only in memory while a message is sealed
/// or a timeline opened.
///
/// Every write returns only after the fsync that makes it durable. The methods block the calling
/// thread for that long (a few milliseconds); they are safe to call from many threads at once.
public final class IntakeStore: Sendable {
    /// The ledger's folder inside the data folder.
    public static let ledgerFolderName = "intake"

    public let dataDirectory: String
    /// Who receives reports: the inspectors and, unless `Keys/` is flat, their units and the routes.
    public let inspectorates: Inspectorates
    /// The current inspectors (`Keys/NAME.pub`).
    public var inspectorKeys: InspectorKeys { inspectorates.inspectors }
    public let configuration: Configuration
    let ledger: Ledger
    let tagKey: CaseTagKey
    /// Serialises the check-then-append of ratings and pre-sealed envelopes, so two requests cannot
    /// both pass "not rated yet" or "no such case yet".
    let caseLock = NSLock()
    /// Serialises checkpoint signing for receipts (see ``inclusion(of:)``).
    let checkpointLock = NSLock()
    /// Serialises the rating tally's batches and its file (``countRating(_:)``).
    let ratingTallyLock = NSLock()
    /// The levels of ratings waiting for their daily batch: memory only, never on disk.
    let pendingRatings = PendingRatings()
    /// Serialises the feedback index's batches and its file (``countFeedback(_:)``).
    let feedbackLock = NSLock()
    /// Service feedback waiting for its daily batch: memory only, never on disk.
    let pendingFeedback = PendingFeedback()
    /// The intake log's day marks, and the lock that puts each before the records of its day.
    let dayMarks: DayMarks
    /// Each case's units, for ``mayRead(_:caseTag:)``; empty for a flat `Keys/`.
    let caseUnits: CaseUnitsCache
    /// Each linked attachment's case, for ``mayRead(_:record:)``; empty for a flat `Keys/`.
    let attachmentCases = AttachmentCases()
    /// Each possible route's units, in order, by their set (``/Casework/Inspectorates/possibleRoutes()``).
    let routeOrder: [Set<String>: [String]]
    /// The recipient key ids a pre-sealed report may have, one set per possible route (reply key aside).
    let routeKeyIDs: [Set<[UInt8]>]

    /// Opens (or creates) the intake of a flat `Keys/` (no units) in `dataDirectory`.
    public convenience init(dataDirectory: String, inspectorKeys: InspectorKeys, configuration: Configuration)
        throws(StoreError)
    {
        let flat = try StoreError.lifting { () throws(CaseworkError) in
            try Inspectorates(inspectors: inspectorKeys, units: [], catalog: configuration.catalog.units)
        }
        try self.init(dataDirectory: dataDirectory, inspectorates: flat, configuration: configuration)
    }

    /// Opens (or creates) the intake in `dataDirectory`, routing reports to `inspectorates`.
    ///
    /// Refuses to start without an inspector key (an ``InspectorKeys`` value is never empty), loads or
    /// creates the case tag key, and opens the ledger, recovering it if the last run crashed.
    public init(dataDirectory: String, inspectorates: Inspectorates, configuration: Configuration) throws(StoreError) {
        guard !inspectorates.inspectors.inspectors.isEmpty else {
            throw .casework(.noInspectorKeys(directory: "(configuration)"))
        }
        self.dataDirectory = dataDirectory
        self.inspectorates = inspectorates
        self.configuration = configuration
        caseUnits = CaseUnitsCache(units: inspectorates.units.keys.sorted())
        routeOrder = inspectorates.possibleRoutes()
        routeKeyIDs = Self.possibleRouteKeyIDs(inspectorates, routeOrder)
        checkpointVerifierKey = configuration.checkpointSigner?.verifierKey
        tagKey = try CaseTagKey.loadOrCreate(in: dataDirectory, random: configuration.random)
        var options = configuration.ledgerOptions
        options.indexKeys = IntakeRecord.indexKeys
        if let signer = configuration.checkpointSigner, let interval = configuration.checkpointInterval {
            options.checkpointing = Ledger.CheckpointSchedule(
                origin: configuration.checkpointOrigin ?? signer.name, signer: signer, interval: interval)
        }
        ledger = try StoreLedger.open(at: dataDirectory + "/" + Self.ledgerFolderName, options: options, log: "intake")
        dayMarks = try DayMarks(ledger: ledger)
        try buildCaseMap()
    }

    /// Waits for appends in flight and closes the ledger. The store cannot be used afterwards.
    public func close() { ledger.close() }

    /// The public key that verifies this intake's checkpoints, if it signs them: publish it in Keys/.
    /// Computed once: answers to submissions ask for it.
    public let checkpointVerifierKey: String?

    /// The tag of `token`. A citizen's own software needs it to seal a pre-sealed envelope: the JSON
    /// API can hand it out for a token the client minted, since knowing the token is the same right.
    public func caseTag(for token: CaseToken) -> CaseTag { tagKey.tag(for: token) }

    /// The number of records in the intake log.
    public var recordCount: UInt64 { ledger.count }

    /// The payloads of an attachment's chunk records, in order, for the inspectors' sync or a
    /// citizen's download (open them with ``AttachmentOpener``).
    public func attachmentChunkPayloads(_ id: AttachmentID) throws(StoreError) -> [[UInt8]] {
        var payloads: [[UInt8]] = []
        for index in ledger.records(forKey: IntakeRecord.indexKey(for: id)) {
            payloads.append(try record(at: index).payload)
        }
        return payloads
    }

    // MARK: shared steps

    var today: CalendarDay { CalendarDay(configuration.clock.now) }

    /// The record at `index` of the intake log, as stored (ciphertext): what the inspectors' sync reads.
    public func record(at index: UInt64) throws(StoreError) -> LedgerRecord {
        configuration.onRecordRead?(index)
        do {
            return try ledger.record(at: index)
        } catch {
            throw .ledger(error)
        }
    }

    /// Appends (after the day's mark, if it is the first record of the day) and waits for the fsync.
    func append(type: UInt8, payload: [UInt8]) throws(StoreError) -> UInt64 {
        try markToday()
        do {
            return try ledger.appendAndWait(type: type, payload: payload)
        } catch {
            throw .ledger(error)
        }
    }

    /// Seals a citizen's message to `units` (their current epoch keys, or every inspector in a flat
    /// `Keys/`) and to the token's reply key, signs it with the token's signing key, and appends it.
    ///
    /// A follow-up or a rating (`state` is its case) is checked as a pre-sealed one is
    /// (``checkAuthor(replyKey:signingKey:joining:tokenShown:)``) before it is sealed: a token whose keys are not the ones its case's
    /// report introduced (a report its own software sealed wrongly) adds nothing.
    func sealAndAppend(
        _ message: CaseMessage, tag: CaseTag, token: CaseToken, units: [String], joining state: CaseState? = nil
    ) throws(StoreError) -> UInt64 {
        let replyKey = token.replyKey().publicKey
        let signingKey = token.signingKey()
        if let state {
            try checkAuthor(replyKey: replyKey, signingKey: signingKey.publicKey, joining: state, tokenShown: true)
        }
        var plaintext = message.encoded()
        defer { wipe(&plaintext) }
        let envelope = try StoreError.lifting { () throws(CaseworkError) in
            try Envelope.seal(
                plaintext: plaintext, kind: message.kind, caseTag: tag, replyKey: replyKey, signingKey: signingKey,
                recipients: inspectorates.sealingKeys(forUnits: units) + [replyKey], random: configuration.random)
        }
        return try append(type: IntakeRecord.envelopeType, payload: envelope)
    }

    /// Proves that record `index` is in a signed checkpoint, if there is a signer.
    ///
    /// The last signed checkpoint is reused when it already covers the record and carries the current
    /// key's signature; otherwise one new checkpoint is signed, which covers every record appended so
    /// far. Concurrent submissions queue on `checkpointLock`, so under load one signature (and its
    /// fsyncs) serves a whole batch of receipts.
    /// The tree is never copied: proofs come from the ledger under its lock.
    public func inclusion(of index: UInt64) throws(StoreError) -> LogInclusion? {
        guard let signer = configuration.checkpointSigner else { return nil }
        do throws(LedgerError) {
            checkpointLock.lock()
            defer { checkpointLock.unlock() }
            var note = ledger.lastSignedCheckpoint
            var checkpoint = ledger.lastCheckpoint
            // A checkpoint of the key before a key transition is signed again with the current key.
            if checkpoint == nil || checkpoint!.size <= index || !ledger.lastCheckpointIsSigned(by: signer) {
                note = try ledger.signCheckpoint(origin: configuration.checkpointOrigin ?? signer.name, signer: signer)
                do {
                    checkpoint = try Checkpoint(text: SignedNote(parsing: note!).text)
                } catch {
                    throw .transparency(error)
                }
            }
            guard let note, let checkpoint else { return nil }
            let proof = try ledger.inclusionProof(leafIndex: index, treeSize: checkpoint.size)
            return LogInclusion(
                signedCheckpoint: note, checkpoint: checkpoint, leafIndex: index,
                leafHash: try ledger.leafHash(at: index),
                proof: proof)
        } catch {
            throw .ledger(error)
        }
    }

    /// The inclusion a write returns: signed now, or left for a later ``inclusion(of:)``.
    func eagerInclusion(of index: UInt64) throws(StoreError) -> LogInclusion? {
        configuration.signsReceiptsEagerly ? try inclusion(of: index) : nil
    }

    /// Checks the attachments a message lists: not too many, not listed twice, and every chunk stored.
    func checkAttachments(_ attachments: [SealedAttachment]) throws(StoreError) {
        let limit = configuration.maximumAttachmentsPerMessage
        guard attachments.count <= limit else { throw .invalid([FieldError(.attachments, .tooMany, limit: limit)]) }
        guard Set(attachments.map(\.id)).count == attachments.count else {
            throw .casework(.malformedAttachment("an attachment is listed twice"))
        }
        for attachment in attachments
        where ledger.records(forKey: IntakeRecord.indexKey(for: attachment.id)).count != attachment.chunkCount {
            throw .casework(
                .malformedAttachment("attachment \(attachment.id.hex) is not fully stored: finish its upload first"))
        }
    }
}
