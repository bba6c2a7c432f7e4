/// A parsed JSON value (RFC 8259), as ``JSONReader`` reads it.
///
/// Objects keep their members in order, duplicates included: ``subscript(_:)`` returns the first
/// one, as `JSONDecoder` does, so a forged first key cannot hide behind a real second one. Numbers
/// keep their text, already checked against the grammar, and are converted where they are used.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([Member])

    public struct Member: Equatable, Sendable {
        public var key: String
        public var value: JSONValue

        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The first member named `key` of an object; nil for anything else or a missing key.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// An integer, written as one (`12`) or as a number whose value is one (`12.0`, `1.2e1`), like
    /// `JSONDecoder`; nil for a fraction, anything out of range, or another type.
    public var int: Int? {
        guard case .number(let text) = self else { return nil }
        if let value = Int(text) { return value }
        guard let value = Double(text), value.isFinite, value == value.rounded(),
            abs(value) < 9_007_199_254_740_992
        else { return nil }
        return Int(value)
    }

    /// A non-negative integer up to 2⁶⁴−1, written with digits only.
    public var uint64: UInt64? {
        guard case .number(let text) = self else { return nil }
        return UInt64(text)
    }

    public var isNull: Bool { self == .null }
}
