import Catalogue
import Foundation
import Sodium

/// An inspector's action on a case, signed with the inspector's Ed25519 key: the record the intake
/// log stores as type 3 (Events.md specifies it byte by byte).
///
/// What the server must see to check the action is in clear: the case tag, the action, the day and
/// who signed it. Everything else (a reason, a note, a reply, the outcome) is in ``envelope``, sealed
/// to every current inspector and, for the actions a citizen is told about, to the citizen's reply key.
/// The signature covers every byte before it, envelope included, so no field can be changed or moved
/// to another case without the event failing to verify.
public struct InspectorEvent: Sendable, Equatable {
    /// The version new events are signed with: 2, whose clear time is a day (Events.md).
    public static let version: UInt8 = 2
    /// The version of a transfer: version 2 plus the target unit's id in clear after the signer's name.
    public static let unitVersion: UInt8 = 3
    /// The version of an opening from feedback: version 2 plus the feedback record's log index in clear
    /// after the signer's name.
    public static let feedbackVersion: UInt8 = 4
    /// The versions a reader accepts: 1 (the signer's second, in logs written before version 2), 2, 3 and 4.
    public static let versions: ClosedRange<UInt8> = 1...4
    /// The longest unit id a version 3 event carries.
    public static let maximumUnitByteCount = 64
    /// Prepended to the signed bytes, so an event signature can never be replayed as a request or a
    /// checkpoint signature (or the other way round).
    public static let signatureContext = Array("candor-event-v1\n".utf8)
    /// The largest envelope an event may carry (a reply or a resolution summary is text).
    public static let maximumEnvelopeByteCount = 1 << 20

    /// What the inspector did, in one byte.
    public enum Action: UInt8, Sendable, CaseIterable, CustomStringConvertible {
        case accept = 1
        case decline = 2
        case assign = 3
        case note = 4
        case reply = 5
        case extend = 6
        case resolve = 7
        /// Gives the content keys of a case's records to inspectors added after they were sealed.
        case grant = 8
        /// Hands the case to a unit (``InspectorEvent/unit``), with the content keys of its records.
        case transfer = 9
        /// Opens a case from a service feedback comment (``InspectorEvent/feedbackRecord``): the first
        /// event of a case that has no report and no citizen.
        case open = 10

        /// The command-line and JSON name.
        public var description: String {
            switch self {
            case .accept: "accept"
            case .decline: "decline"
            case .assign: "assign"
            case .note: "note"
            case .reply: "reply"
            case .extend: "extend"
            case .resolve: "resolve"
            case .grant: "grant"
            case .transfer: "transfer"
            case .open: "open"
            }
        }

        public init?(name: String) {
            guard let action = Self.allCases.first(where: { $0.description == name }) else { return nil }
            self = action
        }

        /// Whether the citizen is told: the event's envelope is sealed to the reply key too. Notes and
        /// assignments are internal and must not be; a transfer carries the content keys of internal
        /// notes, so it must not be either (the citizen learns the new unit from its clear part).
        public var isShownToCitizen: Bool {
            switch self {
            case .assign, .note, .grant, .transfer, .open: false
            case .accept, .decline, .reply, .extend, .resolve: true
            }
        }

        /// The envelope kind its details are sealed as: ``Envelope/Kind/reply`` for a reply,
        /// ``Envelope/Kind/inspectorEvent`` for the others.
        public var envelopeKind: Envelope.Kind { self == .reply ? .reply : .inspectorEvent }
    }

    /// 1, 2, 3 or 4 (``versions``): how to read ``time``, and whether ``unit`` or ``feedbackRecord`` is present.
    public let version: UInt8
    public let caseTag: CaseTag
    public let action: Action
    /// When the inspector signed it, in whole Unix seconds: in version 2, the day only (its midnight,
    /// Vietnam time), so that the clear part does not time the event to the second; in version 1, the
    /// signer's clock. The server refuses a time not of its own day (version 2) or more than five
    /// minutes from its clock (version 1).
    public let time: Int64
    /// The signer's name, as in `Keys/NAME.pub`.
    public let inspector: String
    /// The signer's Ed25519 public key: it must be the one `Keys/NAME.pub` lists for the name.
    public let signingKey: Signing.PublicKey
    /// The unit a transfer hands the case to (a catalogue unit id), in clear so that the server can
    /// check it; nil for every other action.
    public let unit: String?
    /// The log index of the service feedback record (type 5) an opening turns into a case, in clear so
    /// that the server can check who may open it; nil for every other action.
    public let feedbackRecord: UInt64?
    /// The sealed details (``EventDetails``), as bytes of an ``Envelope``.
    public let envelope: [UInt8]
    /// Ed25519 over ``signatureContext`` ‖ every byte of the event before the signature.
    public let signature: [UInt8]

    /// What the signature is over: ``signatureContext`` and the whole event but the signature, built in
    /// one buffer.
    private var signedBytes: [UInt8] {
        var bytes = Self.signatureContext
        bytes.reserveCapacity(Self.signatureContext.count + Self.nameLengthOffset + 80 + envelope.count)
        bytes.append(version)
        bytes += caseTag.rawRepresentation
        bytes.append(action.rawValue)
        withUnsafeBytes(of: time.littleEndian) { bytes += $0 }
        bytes += signingKey.rawRepresentation
        bytes.append(UInt8(inspector.utf8.count))
        bytes += Array(inspector.utf8)
        if version == Self.unitVersion {
            bytes.append(UInt8(unit?.utf8.count ?? 0))
            bytes += Array((unit ?? "").utf8)
        }
        if version == Self.feedbackVersion {
            withUnsafeBytes(of: (feedbackRecord ?? 0).littleEndian) { bytes += $0 }
        }
        withUnsafeBytes(of: UInt32(envelope.count).littleEndian) { bytes += $0 }
        bytes += envelope
        return bytes
    }

    /// The event's bytes, as stored in the log and POSTed to the server.
    public var bytes: [UInt8] { Array(signedBytes[Self.signatureContext.count...]) + signature }

    /// Signs a new event, at the day of `time` (version 2: the clear time is that day's midnight in
    /// Vietnam, whatever second `time` is). A transfer names its target `unit` and is signed as
    /// version 3; an opening names its `feedbackRecord` and is signed as version 4; every other action
    /// takes neither and is signed as version 2.
    ///
    /// - Throws: ``CaseworkError/malformedEnvelope(_:)`` for an envelope that does not parse, is not of
    ///   the action's kind, belongs to another case or is too large, for a transfer without a unit (or
    ///   another action with one) and a unit that is not a unit id, and
    ///   ``CaseworkError/malformedKeyFile(path:reason:)`` for a name that is not an inspector name.
    public static func sign(
        caseTag: CaseTag, action: Action, time: Int64, inspector: String, unit: String? = nil,
        feedbackRecord: UInt64? = nil, envelope: [UInt8], with signingKey: Signing.PrivateKey
    ) throws(CaseworkError) -> InspectorEvent {
        try sign(
            version: action == .transfer ? unitVersion : action == .open ? feedbackVersion : version,
            caseTag: caseTag, action: action, time: startOfDay(time), inspector: inspector, unit: unit,
            feedbackRecord: feedbackRecord, envelope: envelope, with: signingKey)
    }

    /// Signs an event of any version as given: tests make version 1 events, as older logs hold.
    static func sign(
        version: UInt8, caseTag: CaseTag, action: Action, time: Int64, inspector: String, unit: String? = nil,
        feedbackRecord: UInt64? = nil, envelope: [UInt8], with signingKey: Signing.PrivateKey
    ) throws(CaseworkError) -> InspectorEvent {
        guard InspectorKey.isValidName(inspector) else {
            throw .malformedKeyFile(path: inspector, reason: "not an inspector name")
        }
        if let problem = Self.unitProblem(version: version, action: action, unit: unit)
            ?? Self.feedbackProblem(version: version, action: action, feedbackRecord: feedbackRecord)
        {
            throw .malformedEnvelope("inspector event: " + problem)
        }
        let parsed = try checkedEnvelope(envelope, action: action, caseTag: caseTag)
        let unsigned = InspectorEvent(
            version: version, caseTag: caseTag, action: action, time: time, inspector: inspector,
            signingKey: signingKey.publicKey, unit: unit, feedbackRecord: feedbackRecord, envelope: envelope,
            parsedEnvelope: parsed, signature: [])
        let signature = signingKey.signature(for: unsigned.signedBytes)
        return InspectorEvent(
            version: version, caseTag: caseTag, action: action, time: time, inspector: inspector,
            signingKey: signingKey.publicKey, unit: unit, feedbackRecord: feedbackRecord, envelope: envelope,
            parsedEnvelope: parsed, signature: signature)
    }

    /// The midnight (Vietnam time, UTC+7, no daylight saving) that starts the day of Unix time `time`.
    ///
    /// Wrapping arithmetic: a hostile event's time may be anywhere in Int64, and must be refused, not
    /// trap (an extreme time wraps to something that is not itself a midnight).
    public static func startOfDay(_ time: Int64) -> Int64 {
        let offset = Int64(CalendarDay.vietnam.secondsFromGMT())
        let local = time &+ offset
        return local &- ((local % 86_400) + 86_400) % 86_400 &- offset
    }

    private init(
        version: UInt8, caseTag: CaseTag, action: Action, time: Int64, inspector: String,
        signingKey: Signing.PublicKey, unit: String?, feedbackRecord: UInt64?, envelope: [UInt8],
        parsedEnvelope: Envelope, signature: [UInt8]
    ) {
        self.unit = unit
        self.feedbackRecord = feedbackRecord
        self.version = version
        self.caseTag = caseTag
        self.action = action
        self.time = time
        self.inspector = inspector
        self.signingKey = signingKey
        self.envelope = envelope
        self.parsedEnvelope = parsedEnvelope
        self.signature = signature
    }

    /// Offsets of the fixed fields (Events.md).
    package static let caseTagOffset = 1
    static let actionOffset = 33
    static let timeOffset = 34
    static let signingKeyOffset = 42
    static let nameLengthOffset = 74
    /// The shortest event: a one-letter name, an empty envelope (never valid) and the signature.
    static let minimumByteCount = nameLengthOffset + 1 + 1 + 4 + Signing.signatureByteCount

    /// Parses an event strictly, without checking its signature (``isSignatureValid``).
    ///
    /// Refuses: another version, a version 2 time that is not a midnight in Vietnam, input too short, an
    /// unknown action, a name that is not an inspector name, an envelope length that does not leave exactly the 64-byte signature, and an envelope that
    /// does not parse, is not of the action's kind or names another case.
    public init(parsing bytes: [UInt8]) throws(CaseworkError) {
        func fail(_ why: String) -> CaseworkError { .malformedEnvelope("inspector event: " + why) }
        guard !bytes.isEmpty else { throw fail("empty input") }
        guard Self.versions.contains(bytes[0]) else { throw fail("version \(bytes[0]) is not 1, 2, 3 or 4") }
        guard bytes.count >= Self.minimumByteCount else { throw fail("\(bytes.count) bytes is too short") }
        guard let action = Action(rawValue: bytes[Self.actionOffset]) else {
            throw fail("unknown action \(bytes[Self.actionOffset])")
        }
        let time = bytes[Self.timeOffset..<Self.timeOffset + 8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        if bytes[0] >= 2, Self.startOfDay(Int64(bitPattern: time)) != Int64(bitPattern: time) {
            throw fail("a version 2 time must be a midnight in Vietnam (UTC+7): the day only")
        }
        let nameLength = Int(bytes[Self.nameLengthOffset])
        let nameStart = Self.nameLengthOffset + 1
        let nameEnd = nameStart + nameLength
        guard bytes.count >= nameEnd + 4 + Signing.signatureByteCount else { throw fail("truncated") }
        guard let name = String(validating: bytes[nameStart..<nameEnd], as: UTF8.self),
            InspectorKey.isValidName(name)
        else { throw fail("the signer's name is not an inspector name") }
        var lengthStart = nameEnd
        var unit: String?
        if bytes[0] == Self.unitVersion {
            let unitLength = Int(bytes[nameEnd])
            lengthStart = nameEnd + 1 + unitLength
            guard bytes.count >= lengthStart + 4 + Signing.signatureByteCount else { throw fail("truncated") }
            if unitLength > 0 {
                guard let id = String(validating: bytes[nameEnd + 1..<lengthStart], as: UTF8.self) else {
                    throw fail("the unit is not a unit id")
                }
                unit = id
            }
        }
        var feedbackRecord: UInt64?
        if bytes[0] == Self.feedbackVersion {
            lengthStart = nameEnd + 8
            guard bytes.count >= lengthStart + 4 + Signing.signatureByteCount else { throw fail("truncated") }
            feedbackRecord = bytes[nameEnd..<lengthStart].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        }
        if let problem = Self.unitProblem(version: bytes[0], action: action, unit: unit)
            ?? Self.feedbackProblem(version: bytes[0], action: action, feedbackRecord: feedbackRecord)
        {
            throw fail(problem)
        }
        let envelopeLength = bytes[lengthStart..<lengthStart + 4].reversed().reduce(0) { $0 << 8 | Int($1) }
        let envelopeStart = lengthStart + 4
        guard envelopeLength <= Self.maximumEnvelopeByteCount,
            bytes.count == envelopeStart + envelopeLength + Signing.signatureByteCount
        else { throw fail("the envelope length does not match the event's size") }
        let signingKey: Signing.PublicKey
        do {
            signingKey = try Signing.PublicKey(
                rawRepresentation: Array(bytes[Self.signingKeyOffset..<Self.signingKeyOffset + 32]))
        } catch {
            throw fail("bad signing key")
        }
        let caseTag = CaseTag(unchecked: Array(bytes[Self.caseTagOffset..<Self.actionOffset]))
        let envelope = Array(bytes[envelopeStart..<envelopeStart + envelopeLength])
        self.init(
            version: bytes[0], caseTag: caseTag, action: action,
            time: Int64(bitPattern: time), inspector: name, signingKey: signingKey, unit: unit,
            feedbackRecord: feedbackRecord, envelope: envelope,
            parsedEnvelope: try Self.checkedEnvelope(envelope, action: action, caseTag: caseTag),
            signature: Array(bytes[(envelopeStart + envelopeLength)...]))
    }

    /// The envelope, parsed once when the event was (``init(parsing:)`` and ``sign(caseTag:action:time:inspector:unit:feedbackRecord:envelope:with:)`` check it).
    public let parsedEnvelope: Envelope

    /// `envelope` parsed, of the action's kind and of the event's case.
    private static func checkedEnvelope(_ envelope: [UInt8], action: Action, caseTag: CaseTag)
        throws(CaseworkError) -> Envelope
    {
        guard envelope.count <= Self.maximumEnvelopeByteCount else {
            throw .malformedEnvelope(
                "inspector event: the envelope is larger than \(Self.maximumEnvelopeByteCount) bytes")
        }
        let parsed = try Envelope(parsing: envelope)
        guard parsed.kind == action.envelopeKind else {
            throw .malformedEnvelope(
                "inspector event: a \(action) carries a \(action.envelopeKind) envelope, not a \(parsed.kind)")
        }
        guard parsed.caseTag == caseTag else {
            throw .malformedEnvelope("inspector event: the envelope belongs to another case")
        }
        return parsed
    }

    /// Whether ``signature`` is the signature of ``signingKey`` over the event.
    public var isSignatureValid: Bool {
        signingKey.isValidSignature(signature, for: signedBytes)
    }

    /// The event's time as a date: for version 2, the start of its day in Vietnam.
    public var date: Date { Date(timeIntervalSince1970: TimeInterval(time)) }

    /// Whether the clear time says the day only (version 2 or 3), not the second.
    public var isDayOnly: Bool { version >= 2 }

    /// Whether the event was signed at or after `instant` (a key's revocation), as far as its time
    /// tells: a version 2 event signed on the day of `instant` counts as signed after it, since its
    /// day is all it says.
    public func isSigned(onOrAfter instant: Date) -> Bool {
        isDayOnly ? time >= Self.startOfDay(Self.seconds(instant)) : date >= instant
    }

    /// Whole Unix seconds of `date`, clamped into Int64. The checks compare whole numbers: no calendar
    /// is asked about a hostile event's time.
    static func seconds(_ date: Date) -> Int64 {
        let value = date.timeIntervalSince1970.rounded(.down)
        return value >= 9.2e18 ? .max : value <= -9.2e18 ? .min : Int64(value)
    }

    /// Whether the event is current at `now`: for version 2, its day is the day of some instant within
    /// `window` of `now` (so a tool signing just before midnight is not refused just after it); for
    /// version 1, its time is within `window` of `now`.
    public func isCurrent(at now: Date, window: TimeInterval) -> Bool {
        guard isDayOnly else { return abs(date.timeIntervalSince(now)) <= window }
        let earliest = Self.startOfDay(Self.seconds(now.addingTimeInterval(-window)))
        let latest = Self.startOfDay(Self.seconds(now.addingTimeInterval(window)))
        return earliest <= time && time <= latest
    }
}
