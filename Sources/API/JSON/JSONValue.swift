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

    public var isNull: Bool { self == .null }
}
