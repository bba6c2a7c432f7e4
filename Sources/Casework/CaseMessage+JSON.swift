import Foundation
import Sodium

/// The plaintext's JSON, written by hand: the exact bytes `JSONEncoder` writes with
/// `[.sortedKeys, .withoutEscapingSlashes]`, without its boxing through `Encoder` containers, which
/// cost about 6 % of the server's CPU per submission (perf, `candor-bench intake`).
///
/// Messages with attachments (whose fields are base64 keys and nested metadata) still go through
/// `JSONEncoder`; `CaseMessageJSONTests` checks that both writers agree byte for byte.
extension CaseMessage {
    /// The hand-written bytes, or nil where `JSONEncoder` must write them.
    func handWrittenJSON() -> [UInt8]? {
        guard attachments.isEmpty else { return nil }
        var out = JSONBytes()
        out.raw("{\"attachments\":[],")
        switch body {
        case .followUp(let followUp):
            out.raw("\"followUp\":{\"text\":")
            out.string(followUp.text)
            out.raw("},")
        case .rating(let rating):
            out.raw("\"rating\":{")
            if let comment = rating.comment {
                out.raw("\"comment\":")
                out.string(comment)
                out.raw(",")
            }
            out.raw("\"level\":")
            out.string(rating.level.rawValue)
            out.raw("},")
        case .report: break
        }
        if let receivedOn {
            out.raw("\"receivedOn\":")
            out.string(receivedOn.description)
            out.raw(",")
        }
        if case .report(let report) = body {
            out.raw("\"report\":{\"account\":")
            out.string(report.account)
            out.raw(",\"agency\":")
            out.string(report.agency)
            out.optional("commune", report.commune)
            out.optional("contact", report.contact)
            if report.localAuthorityInvolved == true { out.raw(",\"localAuthorityInvolved\":true") }
            out.raw(",\"misconduct\":[")
            for (index, kind) in report.misconduct.enumerated() {
                if index > 0 { out.raw(",") }
                out.string(kind)
            }
            out.raw("]")
            if let month = report.month { out.raw(",\"month\":\(month)") }
            out.optional("official", report.official)
            out.raw(",\"procedure\":")
            out.string(report.procedure)
            out.raw(",\"province\":")
            out.string(report.province)
            out.raw(",\"year\":\(report.year)},")
        }
        out.raw("\"v\":\(Self.version)}")
        return out.bytes
    }
}

/// Bytes of JSON text under construction.
package struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(1536)
    }

    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// `,"name":"value"` when there is a value.
    mutating func optional(_ name: String, _ value: String?) {
        guard let value else { return }
        raw(",\"\(name)\":")
        string(value)
    }

    /// A string as `JSONEncoder` writes it without escaping slashes: `"` and `\` escaped, control
    /// characters as `\b \t \n \f \r` or `\u00xx` (lower-case hex), everything else as UTF-8.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Runs that need no escape (most of any text) are copied whole.
        var utf8 = text.utf8[...]
        while let special = utf8.firstIndex(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        ) {
            bytes.append(contentsOf: utf8[..<special])
            escape(utf8[special])
            utf8 = utf8[utf8.index(after: special)...]
        }
        bytes.append(contentsOf: utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
        case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
        case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
        case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
        case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
        case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
        default:
            bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")]
            [UInt8].appendHex(byte, to: &bytes)
        }
    }
}
