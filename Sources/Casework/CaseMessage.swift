import Foundation

/// The plaintext of a citizen's envelope: a report, follow-up or rating, the attachments that came
/// with it, and the day the intake received it.
///
/// It is JSON (Envelope.md, "Plaintext"), so that a citizen's own software can build one:
///
/// ```json
/// {"attachments":[],"receivedOn":"2026-05-04","report":{"account":"…","agency":"…",…},"v":1}
/// ```
///
/// Exactly one of `report`, `followUp` and `rating` is present, and it must match the envelope's kind.
public struct CaseMessage: Sendable, Equatable {
    /// The plaintext format version (`"v"`).
    public static let version = 1

    public enum Body: Sendable, Equatable {
        case report(Report)
        case followUp(FollowUp)
        case rating(Rating)
    }

    public var body: Body
    /// Attachments sent with this message; their chunks are separate records (Envelope.md).
    public var attachments: [SealedAttachment]
    /// When the intake received the message (Vietnam time); nil if a citizen's software left it out.
    public var receivedOn: CalendarDay?

    public init(body: Body, attachments: [SealedAttachment] = [], receivedOn: CalendarDay? = nil) {
        self.body = body
        self.attachments = attachments
        self.receivedOn = receivedOn
    }

    /// The envelope kind this message is sealed as.
    public var kind: Envelope.Kind {
        switch body {
        case .report: .report
        case .followUp: .followUp
        case .rating: .rating
        }
    }

    /// The JSON bytes: keys sorted, UTF-8, no insignificant white space.
    public func encoded() -> [UInt8] {
        if let bytes = handWrittenJSON() { return bytes }
        return encodedByJSONEncoder()
    }

    /// The same bytes through `JSONEncoder`, for messages ``handWrittenJSON()`` leaves to it (and tests).
    func encodedByJSONEncoder() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every field is a plain string, number, bool or array of them: encoding cannot fail.
        return Array(try! encoder.encode(Wire(self)))
    }

    /// Decodes the plaintext of an envelope of kind `kind`.
    ///
    /// Throws ``CaseworkError/malformedPlaintext(_:)`` for anything but a version 1 message whose body
    /// matches `kind`.
    public init(decoding bytes: [UInt8], kind: Envelope.Kind) throws(CaseworkError) {
        if let message = Self.readHandWritten(bytes) {
            guard message.kind == kind else {
                throw .malformedPlaintext("a \(message.kind) message sealed as a \(kind) envelope")
            }
            self = message
            return
        }
        try self.init(decodingWithJSONDecoder: bytes, kind: kind)
    }

    /// ``init(decoding:kind:)`` through `JSONDecoder` alone: any key order, white space or escape.
    init(decodingWithJSONDecoder bytes: [UInt8], kind: Envelope.Kind) throws(CaseworkError) {
        let wire: Wire
        do {
            wire = try JSONDecoder().decode(Wire.self, from: Data(bytes))
        } catch CaseworkError.malformedPlaintext(let why) {
            throw .malformedPlaintext(why)
        } catch {
            throw .malformedPlaintext("not a Casework message (JSON that does not match Envelope.md)")
        }
        guard wire.v == Self.version else { throw .malformedPlaintext("message version \(wire.v) is not 1") }
        let bodies: [Body] = [
            wire.report.map(Body.report), wire.followUp.map(Body.followUp), wire.rating.map(Body.rating),
        ]
        .compactMap { $0 }
        guard bodies.count == 1, let body = bodies.first else {
            throw .malformedPlaintext("a message has exactly one of report, followUp and rating")
        }
        self.init(body: body, attachments: wire.attachments ?? [], receivedOn: wire.receivedOn)
        guard self.kind == kind else {
            throw .malformedPlaintext("a \(self.kind) message sealed as a \(kind) envelope")
        }
    }

    /// The JSON shape.
    private struct Wire: Codable {
        var v: Int
        var receivedOn: CalendarDay?
        var report: Report?
        var followUp: FollowUp?
        var rating: Rating?
        var attachments: [SealedAttachment]?

        init(_ message: CaseMessage) {
            v = CaseMessage.version
            receivedOn = message.receivedOn
            attachments = message.attachments
            switch message.body {
            case .report(let report): self.report = report
            case .followUp(let followUp): self.followUp = followUp
            case .rating(let rating): self.rating = rating
            }
        }
    }
}
