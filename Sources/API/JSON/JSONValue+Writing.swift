import Sodium

/// The one JSON writer of the API: compact text, strings escaped as `JSONSerialization` escapes them
/// (`"`, `\` and `/`; control characters as `\b \f \n \r \t` or `\u00xx`; everything else as UTF-8),
/// numbers as their text.
///
/// Objects are written in their members' order. ``JSONValue/object(sortingKeys:)`` puts the members
/// of a reply in the order `JSONSerialization`'s `.sortedKeys` wrote them, so the bytes on the wire
/// are those the server wrote before the bodies were types.
extension JSONValue {
    /// The value as compact JSON text, which ``JSONReader`` reads back to an equal value.
    public var serialized: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(into: &out)
        return out
    }

    private func write(into out: inout [UInt8]) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .number(let text): out += text.utf8
        case .string(let text): Self.write(text, into: &out)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                element.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.write(member.key, into: &out)
                out.append(UInt8(ascii: ":"))
                member.value.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A string as `JSONSerialization` writes it.
    static func write(_ string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out += [UInt8(ascii: "\\"), byte]
            case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x00..<0x20:
                out += #"\u00"#.utf8
                [UInt8].appendHex(byte, to: &out)
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

extension JSONValue {
    /// An object of the members that have a value (an absent optional is left out, not `null`), in
    /// the order of their keys compared without case, as `JSONSerialization` sorted them. The API's
    /// keys are ASCII letters, no two equal but for case.
    public static func object(sortingKeys members: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        var present: [Member] = []
        present.reserveCapacity(members.count)
        for (key, value) in members {
            if let value { present.append(Member(key: key, value: value)) }
        }
        present.sort { Self.caseFolded($0.key).lexicographicallyPrecedes(Self.caseFolded($1.key)) }
        return .object(present)
    }

    private static func caseFolded(_ key: String) -> LazyMapSequence<String.UTF8View, UInt8> {
        key.utf8.lazy.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 | 0x20 : $0 }
    }

    public init(_ text: String) { self = .string(text) }
    public init(_ value: Bool) { self = .bool(value) }
    public init(_ value: Int) { self = .number(String(value)) }
    public init(_ value: UInt64) { self = .number(String(value)) }
    public init(_ texts: [String]) { self = .array(texts.map(JSONValue.string)) }

    /// The elements of an array, each converted; nil if this is not an array or one does not convert.
    public func elements<T>(_ convert: (JSONValue) -> T?) -> [T]? {
        guard case .array(let values) = self else { return nil }
        var out: [T] = []
        out.reserveCapacity(values.count)
        for value in values {
            guard let converted = convert(value) else { return nil }
            out.append(converted)
        }
        return out
    }

    /// A Boolean; nil for anything else.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }
}
