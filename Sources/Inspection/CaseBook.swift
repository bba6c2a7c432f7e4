import Casework
import Foundation
import Ledger
import Sodium

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
public struct CaseBook: Sendable {
    /// One case: the report that opened it, what the citizen added, and the inspectors' events.
    public struct Case: Sendable {
        /// The report's index in the intake log: the case id the commands take.
        public let id: UInt64
        public let tag: CaseTag
        public let replyKey: SealedBox.PublicKey
        /// The opened report message, or nil if no key of this inspector opens it (a report sealed
        /// before the key was added, or a malformed one).
        public fileprivate(set) var report: CaseMessage?
        /// Follow-ups and ratings, in log order, opened when possible.
        public fileprivate(set) var messages: [(index: UInt64, kind: Envelope.Kind, message: CaseMessage?)] = []
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

        /// The day the intake received the report.
        public var receivedOn: CalendarDay? { report?.receivedOn }

        /// Whether any event failed its checks.
        public var hasFlaggedEvents: Bool { events.contains { $0.verdict != .valid } }

        /// Every attachment of the report and the follow-ups, with the message it came with.
        public var attachments: [SealedAttachment] {
            (report?.attachments ?? []) + messages.flatMap { $0.message?.attachments ?? [] }
        }
    }

    /// An inspector event of a case, with what the checks found.
    public struct CaseEvent: Sendable {
        public enum Verdict: Sendable, Equatable, CustomStringConvertible {
            case valid
            /// The signature does not verify: forged or altered.
            case invalidSignature
            /// No known signer has this name and key.
            case unknownSigner
            /// Signed after the key's revocation.
            case revoked(since: Date)
            /// Not allowed by the case's state at this point (the server should have refused it).
            case notAllowed(String)

            public var description: String {
                switch self {
                case .valid: "valid"
                case .invalidSignature: "INVALID SIGNATURE: forged or altered"
                case .unknownSigner: "UNKNOWN SIGNER: no such key in Keys/"
                case .revoked(let since): "REVOKED KEY: signed after its revocation on \(CalendarDay(since))"
                case .notAllowed(let why): "NOT ALLOWED: \(why)"
                }
            }
        }

        public let index: UInt64
        public let event: InspectorEvent
        /// The opened details, or nil when no key of this inspector opens them.
        public let details: EventDetails?
        public let verdict: Verdict
    }

    /// The cases, by id (log index of the report), in log order.
    public private(set) var cases: [Case] = []
    /// Records that are not part of any case: events for no known case, unreadable records.
    public private(set) var strays: [UInt64] = []

    /// Opens every case of `records` (in log order) with `keys`, checking events against `signers`.
    public init(records: some Sequence<LedgerRecord>, keys: [SealedBox.PrivateKey], signers: [KnownSigner]) {
        var byTag: [CaseTag: Int] = [:]
        for record in records {
            switch record.type {
            case IntakeRecord.envelopeType:
                guard let envelope = try? Envelope(parsing: record.payload) else {
                    strays.append(record.index)
                    continue
                }
                if envelope.kind == .report, byTag[envelope.caseTag] == nil {
                    byTag[envelope.caseTag] = cases.count
                    var opened = Case(id: record.index, tag: envelope.caseTag, replyKey: envelope.replyKey)
                    opened.report = Self.open(envelope, keys: keys)
                    cases.append(opened)
                } else if let position = byTag[envelope.caseTag], envelope.kind.isCitizenOriginated,
                    envelope.kind != .report
                {
                    cases[position].messages.append((record.index, envelope.kind, Self.open(envelope, keys: keys)))
                } else {
                    strays.append(record.index)
                }
            case IntakeRecord.eventType:
                guard let event = try? InspectorEvent(parsing: record.payload), let position = byTag[event.caseTag] else {
                    strays.append(record.index)
                    continue
                }
                var details: EventDetails?
                for key in keys {
                    if let opened = try? event.openDetails(with: key) {
                        details = opened
                        break
                    }
                }
                let verdict = Self.verdict(event, signers: signers, progress: cases[position].progress)
                if verdict == .valid {
                    cases[position].progress.apply(event.action, at: event.date)
                    if event.action == .assign, let assignee = details?.assignee { cases[position].assignee = assignee }
                }
                cases[position].events.append(CaseEvent(index: record.index, event: event, details: details, verdict: verdict))
            default:
                continue  // attachment chunks are read on demand
            }
        }
    }

    /// The case with this id (the report's log index).
    public func `case`(id: UInt64) -> Case? {
        cases.first { $0.id == id }
    }

    private static func open(_ envelope: Envelope, keys: [SealedBox.PrivateKey]) -> CaseMessage? {
        for key in keys where envelope.isSealed(to: key.publicKey) {
            guard var plaintext = try? envelope.open(with: key) else { continue }
            defer { wipe(&plaintext) }
            return try? CaseMessage(decoding: plaintext, kind: envelope.kind)
        }
        return nil
    }

    private static func verdict(_ event: InspectorEvent, signers: [KnownSigner], progress: CaseProgress) -> CaseEvent.Verdict {
        guard event.isSignatureValid else { return .invalidSignature }
        guard let signer = signers.first(where: { $0.name == event.inspector && $0.signingKey == event.signingKey }) else {
            return .unknownSigner
        }
        if let since = signer.revokedSince, event.date >= since { return .revoked(since: since) }
        if let refusal = progress.refusal(of: event.action) { return .notAllowed(refusal) }
        return .valid
    }
}
