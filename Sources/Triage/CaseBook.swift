import Attachments
import Casework
import Foundation
import Ledger
import Sodium
import Stores

/// Someone whose signed events the inspectors' tool can check: a current inspector of `Keys/`, or a
/// revoked one (`Keys/revoked/`) whose events count only before `revokedSince`.
public struct KnownSigner: Sendable, Equatable {
    public let name: String
    public let signingKey: Signing.PublicKey
    public let revokedSince: Date?

    public init(name: String, signingKey: Signing.PublicKey, revokedSince: Date? = nil) {
        self.name = name
        self.signingKey = signingKey
        self.revokedSince = revokedSince
    }
}

/// The cases of the intake log, opened in memory with the inspector's private keys.
///
/// Built from the records of the local mirror (ciphertext, as the server holds it), every time a
/// command runs: nothing decrypted is ever written, unless the inspector exports attachments with
/// `show --attachments`. Several private keys may be given, so that a rotated key still opens the
/// records sealed to it.
///
/// Every event's signature is checked against the known signers; an event that does not verify, is
/// signed by an unknown or revoked key, or is not allowed by the case's state at its place in the log
/// is kept and flagged (``CaseEvent/Verdict``), and only valid events move a case's state.
///
/// Every citizen's record is checked too (finding H1): its reply key must be the report's, its
/// signature must verify, and its signing key must be the report's (``Authorship``). One that fails
/// is kept and flagged as not from the citizen; a follow-up of the older, unsigned format is flagged
/// as unsigned.
public struct CaseBook: Sendable {
    /// One case: the report that opened it, what the citizen added, and the inspectors' events.
    public struct Case: Sendable {
        /// The report's index in the intake log: the case id the commands take. For a case opened from
        /// feedback, the index of the opening event.
        public let id: UInt64
        /// The service feedback record a case was opened from (its comment is the report's account);
        /// nil for a citizen's report. Such a case has no citizen, hence no reply.
        public fileprivate(set) var feedbackRecord: UInt64?
        public let tag: CaseTag
        public let replyKey: SealedBox.PublicKey
        /// The signing key the report introduced; nil for a report of the older, unsigned format.
        public let signingKey: Signing.PublicKey?
        /// The report's envelope version: 1 for a case opened before citizens' records were signed.
        public let reportVersion: UInt8
        /// Whether the report carries a valid signature by the key it introduces. A summary-only book
        /// does not check it (``Authorship/citizen``): that key is the report's own, so a valid signature
        /// proves nothing about who wrote it, and checking a million of them was a third of the index's
        /// cryptography; a follow-up's signature, checked against it, is what proves the citizen.
        public let reportAuthorship: Authorship
        /// The opened report message, or nil if no key of this inspector opens it (a report sealed
        /// before the key was added, or a malformed one).
        public fileprivate(set) var report: CaseMessage?
        /// Follow-ups and ratings, in log order, opened when possible, each with who provably wrote it.
        public fileprivate(set) var messages:
            [(index: UInt64, kind: Envelope.Kind, message: CaseMessage?, authorship: Authorship)] = []
        public fileprivate(set) var events: [CaseEvent] = []
        /// The state from the valid events.
        public fileprivate(set) var progress = CaseProgress()
        /// The last valid assignment's assignee.
        public fileprivate(set) var assignee: String?

        /// The report itself, when it was opened.
        public var reportBody: Report? {
            if case .report(let report)? = report?.body { return report }
            return nil
        }

        /// The days the intake received the case's citizen records, by its day marks (``DayMark``).
        public fileprivate(set) var markedDays: [UInt64: CalendarDay] = [:]

        /// The day the intake received the report: the server's day mark, or, in a log older than day
        /// marks, the day the report's message carries (which a device-sealed report chooses itself).
        public var receivedOn: CalendarDay? { receivedOn(record: id) }

        /// The day the intake received the citizen's record `index` (the report or a later message), as
        /// ``receivedOn``.
        public func receivedOn(record index: UInt64) -> CalendarDay? {
            if let day = markedDays[index] { return day }
            if index == id { return report?.receivedOn }
            return messages.first { $0.index == index }?.message?.receivedOn
        }

        /// Whether any event failed its checks.
        public var hasFlaggedEvents: Bool { events.contains { $0.verdict != .valid } }

        /// Whether the report or any later record is not provably the citizen's: never take its words
        /// for the citizen's.
        public var hasRecordsNotFromCitizen: Bool {
            if case .notFromCitizen = reportAuthorship { return true }
            return messages.contains {
                if case .notFromCitizen = $0.authorship { return true }
                return false
            }
        }

        /// Every attachment of the report and the follow-ups, with the message it came with.
        public var attachments: [SealedAttachment] {
            (report?.attachments ?? []) + messages.flatMap { $0.message?.attachments ?? [] }
        }
    }

    /// The cases, by id (log index of the report), in log order.
    public private(set) var cases: [Case] = []
    /// Records that are not part of any case: events for no known case, unreadable records.
    public private(set) var strays: [UInt64] = []
    /// Every envelope of a case (citizens' records, and events' sealed details), by record index.
    private var envelopes: [UInt64: Envelope] = [:]
    /// Content keys given by valid grant events, by record index.
    private var granted: [UInt64: SecureBytes] = [:]
    private let keys: [SealedBox.PrivateKey]

    /// Opens every case of `records` (in log order) with `keys`, checking events against `signers`.
    ///
    /// Two passes: the first files every record under its case and checks every event in log order;
    /// the second opens what `keys` can open, directly or through the content keys a colleague granted
    /// (a valid grant event sealed to one of `keys`).
    ///
    /// With `summaryOnly`, the second pass opens only what a case's summary needs (the report, and the
    /// details of grants and assignments), not the follow-ups, ratings and other events' details, and the
    /// report's own signature is not checked (``Case/reportAuthorship``): the case index summarizes a
    /// million cases this way. Without `opensReports` as well, the reports and the grants stay sealed:
    /// only the events are checked and the assignments opened (an X25519 for each report is most of a
    /// case's cost), and every ``Case/report`` is nil. The events at the log indexes of `checked` are not
    /// checked against their signature again.
    public init(
        records: some Sequence<LedgerRecord>, keys: [SealedBox.PrivateKey], signers: [KnownSigner],
        summaryOnly: Bool = false, opensReports: Bool = true, checked: CheckedSignatures = .none
    ) {
        self.keys = keys
        var byTag: [CaseTag: Int] = [:]
        var pendingEvents: [(position: Int, event: Int)] = []
        var days = ReceivedDays()
        var feedback: [UInt64: Envelope] = [:]
        for record in records {
            days.read(type: record.type, payload: record.payload)
            switch record.type {
            case IntakeRecord.envelopeType:
                guard let envelope = try? Envelope(parsing: record.payload) else {
                    strays.append(record.index)
                    continue
                }
                if envelope.kind == .report, byTag[envelope.caseTag] == nil {
                    byTag[envelope.caseTag] = cases.count
                    cases.append(
                        Case(
                            id: record.index, tag: envelope.caseTag, replyKey: envelope.replyKey,
                            signingKey: envelope.signingKey,
                            reportVersion: envelope.version,
                            reportAuthorship: summaryOnly
                                ? .citizen
                                : envelope.authorship(
                                    caseSigningKey: envelope.signingKey, caseReplyKey: envelope.replyKey,
                                    reportVersion: envelope.version)))
                    cases[cases.count - 1].markedDays[record.index] = days.current
                    envelopes[record.index] = envelope
                } else if let position = byTag[envelope.caseTag], envelope.kind.isCitizenOriginated,
                    envelope.kind != .report
                {
                    let authorship = envelope.authorship(
                        caseSigningKey: cases[position].signingKey, caseReplyKey: cases[position].replyKey,
                        reportVersion: cases[position].reportVersion)
                    cases[position].messages.append((record.index, envelope.kind, nil, authorship))
                    cases[position].markedDays[record.index] = days.current
                    envelopes[record.index] = envelope
                } else {
                    strays.append(record.index)
                }
            case IntakeRecord.feedbackType:
                if let envelope = try? Envelope(parsing: record.payload), envelope.kind == .feedback {
                    feedback[record.index] = envelope
                }
            case IntakeRecord.eventType:
                guard let event = try? InspectorEvent(parsing: record.payload) else {
                    strays.append(record.index)
                    continue
                }
                if event.action == .open, byTag[event.caseTag] == nil, let source = event.feedbackRecord,
                    let envelope = feedback[source], envelope.caseTag == event.caseTag,
                    Self.verdict(event, signers: signers, progress: nil, signed: checked.contains(record.index))
                        == .valid
                {
                    byTag[event.caseTag] = cases.count
                    var item = Case(
                        id: record.index, tag: event.caseTag, replyKey: envelope.replyKey,
                        signingKey: envelope.signingKey, reportVersion: envelope.version,
                        reportAuthorship: envelope.authorship(
                            caseSigningKey: envelope.signingKey, caseReplyKey: envelope.replyKey,
                            reportVersion: envelope.version))
                    item.feedbackRecord = source
                    item.markedDays[record.index] = CalendarDay(event.date)
                    item.events.append(CaseEvent(index: record.index, event: event, details: nil, verdict: .valid))
                    pendingEvents.append((cases.count, 0))
                    cases.append(item)
                    envelopes[source] = envelope
                    envelopes[record.index] = event.parsedEnvelope
                    continue
                }
                guard let position = byTag[event.caseTag] else {
                    strays.append(record.index)
                    continue
                }
                let verdict = Self.verdict(
                    event, signers: signers, progress: cases[position].progress, signed: checked.contains(record.index))
                if verdict == .valid { cases[position].progress.apply(event.action, at: event.date) }
                envelopes[record.index] = event.parsedEnvelope
                pendingEvents.append((position, cases[position].events.count))
                cases[position].events.append(
                    CaseEvent(index: record.index, event: event, details: nil, verdict: verdict))
            default:
                continue  // attachment chunks are read on demand; day marks are read above
            }
        }
        // Grants first (they are sealed to the new inspector, or to a transfer's target unit, directly),
        // then everything else.
        for (position, number) in pendingEvents where opensReports {
            let item = cases[position].events[number]
            guard item.event.action == .grant || item.event.action == .transfer, item.verdict == .valid,
                let details = decode(item.index, { try EventDetails(decoding: $0, for: item.event.action) })
            else { continue }
            for grant in details.grants ?? [] {
                guard let key = Data(base64Encoded: grant.key), key.count == 32 else { continue }
                granted[grant.record] = SecureBytes(Array(key))
            }
        }
        for position in cases.indices {
            let id = cases[position].id
            if let source = cases[position].feedbackRecord, opensReports {
                let day = cases[position].markedDays[id]
                cases[position].report = decode(source) { Self.report(feedback: $0, openedOn: day) } ?? nil
            } else if opensReports {
                cases[position].report = decode(id) { try CaseMessage(decoding: $0, kind: .report) }
            }
            for (number, message) in cases[position].messages.enumerated() where !summaryOnly {
                cases[position].messages[number].message = decode(message.index) {
                    try CaseMessage(decoding: $0, kind: message.kind)
                }
            }
            for (number, item) in cases[position].events.enumerated()
            where !summaryOnly || item.event.action == .assign {
                let details = decode(item.index) { try EventDetails(decoding: $0, for: item.event.action) }
                cases[position].events[number] = CaseEvent(
                    index: item.index, event: item.event, details: details, verdict: item.verdict)
                if item.verdict == .valid, item.event.action == .assign, let assignee = details?.assignee {
                    cases[position].assignee = assignee
                }
            }
        }
    }

    /// The case with this id (the report's log index).
    public func `case`(id: UInt64) -> Case? {
        cases.first { $0.id == id }
    }

    /// The content key of record `index`'s envelope, if one of the keys opens it or a grant gave it.
    public func contentKey(record index: UInt64) -> SecureBytes? {
        guard let envelope = envelopes[index] else { return nil }
        for key in keys where envelope.isSealed(to: key.publicKey) {
            if let contentKey = try? envelope.contentKey(with: key) { return contentKey }
        }
        return granted[index]
    }

    /// The envelope of record `index` (a citizen's record, or an event's sealed details).
    public func envelope(record index: UInt64) -> Envelope? { envelopes[index] }

    /// Every record of a case whose envelope this book can open: the report, the citizen's other
    /// messages and the events' details, in log order.
    public func openableRecords(of item: Case) -> [UInt64] {
        ([item.feedbackRecord ?? item.id] + item.messages.map(\.index) + item.events.map(\.index))
            .filter { contentKey(record: $0) != nil }
    }

    /// Opens record `index`'s envelope and decodes its plaintext with `body`, then wipes the plaintext;
    /// nil when no key opens it or it does not decode.
    private func decode<T>(_ index: UInt64, _ body: ([UInt8]) throws -> T) -> T? {
        guard let envelope = envelopes[index], let key = contentKey(record: index),
            var plaintext = try? envelope.open(contentKey: key)
        else { return nil }
        defer { wipe(&plaintext) }
        return try? body(plaintext)
    }

    /// `signed`: the event's signature is known valid (``CheckedSignatures``), and is not checked again.
    private static func verdict(
        _ event: InspectorEvent, signers: [KnownSigner], progress: CaseProgress?, signed: Bool = false
    ) -> CaseEvent.Verdict {
        guard signed || event.isSignatureValid else { return .invalidSignature }
        guard let signer = signers.first(where: { $0.name == event.inspector && $0.signingKey == event.signingKey })
        else {
            return .unknownSigner
        }
        if let since = signer.revokedSince, event.isSigned(onOrAfter: since) { return .revoked(since: since) }
        if let refusal = progress?.refusal(of: event.action) { return .notAllowed(refusal) }
        return .valid
    }
}
