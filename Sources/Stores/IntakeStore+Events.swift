import Casework
import Foundation
import Sodium

/// Why the intake refused an inspector event (Events.md, "What the server checks"). Nothing is
/// appended for a refused event.
public enum EventRejection: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes are not an event (Events.md layout), or its envelope is malformed (the Casework
    /// layer's error).
    case malformed(CaseworkError)
    /// The signer's name is not a current inspector, or the key is not the one Keys/ lists for it.
    case unknownSigner(String)
    /// The event was signed by another inspector than the one whose signed request carries it.
    case signerMismatch
    /// The event's signature does not verify.
    case invalidSignature
    /// The signer's key was revoked at the event's time.
    case revokedKey
    /// The event's day is not the server's (or, for a version 1 event, its time is more than the window
    /// away from the server's clock).
    case staleTime
    /// No report opened a case with this tag.
    case noSuchCase
    /// An opening names a record that is not a service feedback record of its case tag.
    case noSuchFeedback(String)
    /// The signer is not a member of any of the case's units: who they are and who handles it.
    case notYourUnit(String)
    /// A transfer's target is not a deployed unit.
    case unknownUnit(String)
    /// The envelope is not sealed to the right keys (every current inspector; the citizen's reply key
    /// exactly when the action is shown to the citizen), or carries another reply key.
    case recipients(String)
    /// The action is not allowed in the case's state (``CaseProgress``).
    case conflict(String)
    /// The intake log failed (the store's error says how).
    case storage(StoreError)

    public var description: String {
        switch self {
        case .malformed(let error): "not an inspector event: \(error)"
        case .unknownSigner(let why): why
        case .signerMismatch: "the event is signed by another inspector than the request; sign both with your own key"
        case .invalidSignature: "the event's signature does not verify: it was forged or altered"
        case .revokedKey: "the event is signed with a revoked key; use a current key"
        case .staleTime:
            "the event's day is not the server's day (or, for an old-format event, its time is more than 5 minutes from the server's clock); check your clock and sign again"
        case .noSuchCase: "no case has this tag; sync and check the case id"
        case .noSuchFeedback(let why): why
        case .notYourUnit(let why): why
        case .unknownUnit(let unit):
            "\(unit) is not a deployed unit (Keys/units/\(unit).unit): transfer to one of the units the server lists"
        case .recipients(let why): "the event's envelope is not sealed as required: \(why)"
        case .conflict(let why): why
        case .storage(let error):
            switch error {
            // These already say that the intake log failed.
            case .ledger, .storage, .inclusionNotVerified: "\(error)"
            default: "the intake log failed: \(error)"
            }
        }
    }
}

/// What the intake knows about a case without opening anything, and the inspectors' signed events.
extension IntakeStore {
    /// The clear facts of a case.
    struct CaseState {
        /// The reply key of the report that opened the case.
        var replyKey: SealedBox.PublicKey
        /// The signing key of the report that opened the case; nil for a version 1 report.
        var signingKey: Signing.PublicKey?
        var hasRating: Bool
        /// The report and its follow-ups: what ``Configuration/maximumRecordsPerCase`` bounds.
        var citizenRecords = 1
        /// The state folded from the case's events.
        var progress = CaseProgress()
        /// The stored events, as bytes, to answer a retried POST with the index it already has.
        var events: [(index: UInt64, bytes: [UInt8])] = []
        /// The case's units: its route's, then each transfer's target; empty in a flat `Keys/`.
        var units: [String] = []
        /// The unit that handles it: the last transfer's target, or the first unit of its route.
        var handlingUnit: String?
        /// The feedback record a case opened from feedback was opened from; nil for a citizen's report.
        /// Such a case has no citizen: nobody holds its reply key.
        var feedbackRecord: UInt64?
    }

    /// The clear facts of the case under `tag`, or nil if no report opened one.
    func caseState(_ tag: CaseTag) throws(StoreError) -> CaseState? {
        var state: CaseState?
        for index in ledger.records(forKey: IntakeRecord.indexKey(for: tag)) {
            let record = try record(at: index)
            switch record.type {
            case IntakeRecord.envelopeType:
                guard let envelope = try? Envelope(parsing: record.payload), envelope.caseTag == tag else { continue }
                if state == nil, envelope.kind == .report {
                    let route = units(ofReport: envelope)
                    state = CaseState(
                        replyKey: envelope.replyKey, signingKey: envelope.signingKey, hasRating: false, units: route,
                        handlingUnit: route.first)
                }
                if envelope.kind == .rating { state?.hasRating = true }
                if envelope.kind == .followUp { state?.citizenRecords += 1 }
            case IntakeRecord.eventType:
                // Every stored event was checked before it was appended; one that no longer parses (a
                // damaged record would not have passed the ledger's checksums) is skipped.
                guard let event = try? InspectorEvent(parsing: record.payload), event.caseTag == tag else { continue }
                if state == nil, event.action == .open, let feedback = try? openedFeedback(event) {
                    let route = units(ofReport: feedback)
                    state = CaseState(
                        replyKey: feedback.replyKey, signingKey: feedback.signingKey, hasRating: false,
                        citizenRecords: 0,
                        units: route, handlingUnit: route.first, feedbackRecord: event.feedbackRecord)
                    state?.events.append((index, record.payload))
                    continue
                }
                guard state != nil else { continue }
                state?.progress.apply(event.action, at: event.date)
                state?.events.append((index, record.payload))
                if event.action == .transfer, let unit = event.unit, !inspectorates.isFlat {
                    if state?.units.contains(unit) == false { state?.units.append(unit) }
                    state?.handlingUnit = unit
                }
            default:
                continue
            }
        }
        return state
    }

    /// Refuses one more follow-up to a case that holds ``Configuration/maximumRecordsPerCase`` records.
    func refuseIfFull(_ state: CaseState) throws(StoreError) {
        let limit = configuration.maximumRecordsPerCase
        guard state.citizenRecords < limit else { throw .caseFull(limit: limit) }
    }

    /// Whether the case under `tag` is resolved, hence may be rated: a resolve event is in the log
    /// (or the configuration's test seam says so).
    public func isResolved(_ tag: CaseTag) throws(StoreError) -> Bool {
        if configuration.isResolved(tag) { return true }
        return try caseState(tag)?.progress.status == .resolved
    }

    /// Whether the case under `tag`, whose state was just read, is resolved (no second read).
    func isResolved(_ tag: CaseTag, _ progress: CaseProgress) -> Bool {
        configuration.isResolved(tag) || progress.status == .resolved
    }

    /// Checks an inspector's signed event and appends it; returns its index in the intake log once it
    /// is durable.
    ///
    /// The checks, in order (Events.md): the bytes parse; the signer is `requester` when given (the
    /// inspector whose signed request carries the event); the signer's name and key are a current
    /// inspector's, or else a revoked key is refused from its revocation time on; the signature
    /// verifies; the time is current (``InspectorEvent/isCurrent(at:window:)``: today's day, or within
    /// ±`window` for a version 1 event); the case exists; with units, the signer is a member of one of
    /// the case's units, and a transfer's target is a deployed unit; the envelope carries the case's
    /// reply key and is sealed to the case's readers (every current inspector in a flat `Keys/`, else
    /// each of the case's units' current epoch key, and a transfer's target's), and to the reply key
    /// exactly when the action is shown to the citizen; the action is allowed in the case's state.
    ///
    /// The same event sent twice (a client retrying after a lost answer) is stored once: the second
    /// call returns the first index.
    public func appendEvent(_ bytes: [UInt8], requester: InspectorKey? = nil, window: TimeInterval = 300)
        throws(EventRejection) -> UInt64
    {
        let event: InspectorEvent
        do {
            event = try InspectorEvent(parsing: bytes)
        } catch {
            throw .malformed(error)
        }
        if let requester, requester.name != event.inspector { throw .signerMismatch }
        guard let signer = inspectorKeys.inspectors.first(where: { $0.name == event.inspector }) else {
            if let since = configuration.revokedInspectors[event.inspector] {
                guard event.isSignatureValid else { throw .invalidSignature }
                if event.isSigned(onOrAfter: since) { throw .revokedKey }
            }
            throw .unknownSigner("\(event.inspector) is not a current inspector; add Keys/\(event.inspector).pub")
        }
        guard signer.signingKey == event.signingKey else {
            throw .unknownSigner("the event's key is not the one Keys/\(event.inspector).pub lists")
        }
        guard event.isSignatureValid else { throw .invalidSignature }
        guard event.isCurrent(at: configuration.clock.now, window: window) else { throw .staleTime }

        let envelope = event.parsedEnvelope
        caseLock.lock()
        defer { caseLock.unlock() }
        let found: CaseState?
        do {
            found = try caseState(event.caseTag)
        } catch {
            throw .storage(error)
        }
        if event.action == .open { return try appendOpening(event, bytes, existing: found) }
        guard let state = found else { throw .noSuchCase }
        if let stored = state.events.first(where: { $0.bytes == bytes }) { return stored.index }
        if state.feedbackRecord != nil, event.action == .reply {
            throw .conflict(
                "this case was opened from a feedback comment: it has no citizen, so nobody can read a reply")
        }
        try checkAuthority(of: event, on: state)
        guard envelope.replyKey == state.replyKey else {
            throw .recipients("it carries another reply key than the case's report")
        }
        try checkReaders(of: event, on: state)
        let toCitizen = envelope.isSealed(to: state.replyKey)
        guard toCitizen == event.action.isShownToCitizen else {
            throw .recipients(
                event.action.isShownToCitizen
                    ? "a \(event.action) is shown to the citizen: seal it to the case's reply key too"
                    : "a \(event.action) is internal: it must not be sealed to the citizen's reply key")
        }
        if let refusal = state.progress.refusal(of: event.action) { throw .conflict(refusal) }
        let index: UInt64
        do {
            index = try append(type: IntakeRecord.eventType, payload: bytes)
        } catch {
            throw .storage(error)
        }
        if event.action == .transfer, let unit = event.unit { caseUnits.add(unit, to: event.caseTag) }
        return index
    }

    /// With units: the signer is a member of one of the case's units. A transfer names a deployed unit
    /// (a flat `Keys/` has none to transfer to). A flat `Keys/` lets every inspector act on every case.
    func checkAuthority(of event: InspectorEvent, on state: CaseState) throws(EventRejection) {
        guard inspectorates.mayAct(event.inspector, onCaseOf: state.units) else {
            let own = inspectorates.unit(of: event.inspector).map { "a member of \($0)" } ?? "a member of no unit"
            throw .notYourUnit(
                "\(event.inspector) is \(own); this case is handled by \(state.units.joined(separator: ", "))")
        }
        if event.action == .transfer, let unit = event.unit, inspectorates.units[unit] == nil {
            throw .unknownUnit(unit)
        }
    }

    /// The event's envelope is sealed to every reader the case has: every current inspector in a flat
    /// `Keys/`, else the current epoch key of each of the case's units, and of a transfer's target.
    func checkReaders(of event: InspectorEvent, on state: CaseState) throws(EventRejection) {
        let recipients = Set(event.parsedEnvelope.recipientKeyIDs)
        guard !inspectorates.isFlat else {
            let missing = inspectorKeys.inspectors.filter { !recipients.contains($0.keyID) }.map(\.name)
            guard missing.isEmpty else {
                throw .recipients(
                    "every current inspector must be able to open it; missing: \(missing.joined(separator: ", "))")
            }
            return
        }
        var readers = state.units
        if event.action == .transfer, let unit = event.unit, !readers.contains(unit) { readers.append(unit) }
        let missing = readers.filter { unit in
            inspectorates.units[unit].map { !recipients.contains($0.currentEpoch.keyID) } ?? false
        }
        guard missing.isEmpty else {
            throw .recipients(
                "it must be sealed to the current epoch key of every unit of the case"
                    + (event.action == .transfer ? " and of the transfer's target" : "")
                    + "; missing: \(missing.joined(separator: ", "))")
        }
    }
}
