/// The plaintext read back without `JSONDecoder`, for the bytes ``CaseMessage/handWrittenJSON()`` writes.
///
/// The inspectors' tool decodes a report in every case it indexes; through `JSONDecoder`'s containers
/// that is about 20 µs a report, a tenth of the tool's work per case at a million cases (perf,
/// `candor-bench inspector`). This reader follows the one layout the intake writes, and its result is
/// kept only when writing it again gives the very same bytes: then `JSONDecoder`, which reads what
/// `JSONEncoder` writes back to the same value, would have decoded exactly this message. Anything else
/// (another key order, white space, unknown keys, other escapes, attachments) is left to
/// `JSONDecoder`, so what a citizen's own software may send is read as before.
extension CaseMessage {
    /// The message, when `bytes` are exactly what ``handWrittenJSON()`` writes for it; nil otherwise.
    static func readHandWritten(_ bytes: [UInt8]) -> CaseMessage? {
        var reader = CanonicalJSONReader(bytes)
        guard let message = reader.message(), reader.isAtEnd, message.handWrittenJSON() == bytes else { return nil }
        return message
    }
}

/// A cursor over the canonical layout: each step either matches and moves on, or returns nil.
struct CanonicalJSONReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func message() -> CaseMessage? {
        guard literal("{\"attachments\":[],") else { return nil }
        var body: CaseMessage.Body?
        if literal("\"followUp\":{\"text\":") {
            guard let text = string(), literal("},") else { return nil }
            body = .followUp(FollowUp(text: text))
        } else if literal("\"rating\":{") {
            var comment: String?
            if literal("\"comment\":") {
                guard let text = string(), literal(",") else { return nil }
                comment = text
            }
            guard literal("\"level\":"), let raw = string(), let level = Rating.Level(rawValue: raw), literal("},")
            else { return nil }
            body = .rating(Rating(level: level, comment: comment))
        }
        var receivedOn: CalendarDay?
        if literal("\"receivedOn\":") {
            guard let text = string(), let day = CalendarDay(iso: text), literal(",") else { return nil }
            receivedOn = day
        }
        if body == nil {
            guard literal("\"report\":{"), let report = report(), literal(",") else { return nil }
            body = .report(report)
        }
        guard let body, literal("\"v\":\(CaseMessage.version)}") else { return nil }
        return CaseMessage(body: body, receivedOn: receivedOn)
    }

    private mutating func report() -> Report? {
        guard literal("\"account\":"), let account = string(), literal(",\"agency\":"), let agency = string()
        else { return nil }
        let commune = optional("commune")
        let contact = optional("contact")
        let localAuthorityInvolved: Bool? = literal(",\"localAuthorityInvolved\":true") ? true : nil
        guard literal(",\"misconduct\":[") else { return nil }
        var misconduct: [String] = []
        while !literal("]") {
            guard misconduct.isEmpty || literal(","), let kind = string() else { return nil }
            misconduct.append(kind)
        }
        var month: Int?
        if literal(",\"month\":") {
            guard let number = integer() else { return nil }
            month = number
        }
        let official = optional("official")
        guard literal(",\"procedure\":"), let procedure = string(), literal(",\"province\":"),
            let province = string(), literal(",\"year\":"), let year = integer(), literal("}")
        else { return nil }
        return Report(
            province: province, procedure: procedure, agency: agency, commune: commune, official: official,
            misconduct: misconduct, account: account, month: month, year: year, contact: contact,
            localAuthorityInvolved: localAuthorityInvolved)
    }

    /// `,"name":"value"` when it is next.
    private mutating func optional(_ name: String) -> String? {
        let start = offset
        guard literal(",\"\(name)\":") else { return nil }
        guard let value = string() else {
            offset = start
            return nil
        }
        return value
    }

    private mutating func literal(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard bytes.count - offset >= utf8.count, bytes[offset..<offset + utf8.count].elementsEqual(utf8) else {
            return false
        }
        offset += utf8.count
        return true
    }

    /// A string with only the escapes the hand-written JSON uses; valid UTF-8.
    private mutating func string() -> String? {
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { return nil }
        var index = offset + 1
        var text: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                offset = index + 1
                return String(validating: text, as: UTF8.self)
            }
            guard byte >= 0x20 else { return nil }
            guard byte == UInt8(ascii: "\\") else {
                text.append(byte)
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { return nil }
            switch bytes[index + 1] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): text.append(bytes[index + 1])
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "u"):
                // Only `\u00xx` for a control character; the round trip refuses any other.
                guard index + 5 < bytes.count, bytes[index + 2] == UInt8(ascii: "0"),
                    bytes[index + 3] == UInt8(ascii: "0"),
                    let high = hexDigit(bytes[index + 4]), let low = hexDigit(bytes[index + 5])
                else { return nil }
                text.append(high << 4 | low)
                index += 4
            default: return nil
            }
            index += 2
        }
        return nil
    }

    private func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    /// A decimal integer as `JSONEncoder` writes an `Int`.
    private mutating func integer() -> Int? {
        var index = offset
        let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var value = 0
        let first = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]), index - first < 18 {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        guard index > first else { return nil }
        offset = index
        return negative ? -value : value
    }
}
