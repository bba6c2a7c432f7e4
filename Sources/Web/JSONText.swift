/// A small JSON writer for the API's replies: the bytes `JSONSerialization` writes with `.sortedKeys`,
/// without its detour through NSString, NSNumber and locale-aware key comparison, which on Linux cost
/// more than a hundred microseconds per reply (a challenge and a receipt per submission).
///
/// It knows strings, Bool, integers, arrays and dictionaries whose keys are ASCII letters only (sorted
/// case-insensitively, as `JSONSerialization` sorts them). For anything else it returns nil and the
/// caller falls back to `JSONSerialization`, so the output never depends on which path wrote it.
enum JSONText {
    static func encode(_ value: Any) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        return write(value, into: &out) ? out : nil
    }

    private static func write(_ value: Any, into out: inout [UInt8]) -> Bool {
        switch value {
        case let string as String: write(string, into: &out)
        case let bool as Bool: out += (bool ? "true" : "false").utf8
        case let number as Int: out += String(number).utf8
        case let number as UInt64: out += String(number).utf8
        case let number as Int64: out += String(number).utf8
        case let dictionary as [String: Any]:
            // Keys of letters only, none equal to another but for case: then the case-insensitive order
            // is the whole order, the same as JSONSerialization's.
            var keys: [(folded: [UInt8], key: String)] = []
            keys.reserveCapacity(dictionary.count)
            for key in dictionary.keys {
                var folded: [UInt8] = []
                for byte in key.utf8 {
                    switch byte {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"): folded.append(byte)
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): folded.append(byte | 0x20)
                    default: return false
                    }
                }
                keys.append((folded, key))
            }
            keys.sort { $0.folded.lexicographicallyPrecedes($1.folded) }
            for i in keys.indices.dropFirst() where keys[i].folded == keys[i - 1].folded { return false }
            out.append(UInt8(ascii: "{"))
            for (index, entry) in keys.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                write(entry.key, into: &out)
                out.append(UInt8(ascii: ":"))
                guard write(dictionary[entry.key]!, into: &out) else { return false }
            }
            out.append(UInt8(ascii: "}"))
        case let array as [Any]:
            out.append(UInt8(ascii: "["))
            for (index, element) in array.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                guard write(element, into: &out) else { return false }
            }
            out.append(UInt8(ascii: "]"))
        default:
            return false
        }
        return true
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// A string as `JSONSerialization` writes it: `"`, `\` and `/` escaped, control characters as
    /// `\b \f \n \r \t` or `\u00xx`, everything else as UTF-8.
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
                out += Array(#"\u00"#.utf8)
                out += [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
