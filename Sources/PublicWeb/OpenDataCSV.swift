import Foundation

/// CSV as RFC 4180 writes it, for the open-data files: CRLF line ends, every field that holds a comma,
/// a quote, a line break, or starts with a space is quoted with its quotes doubled. A text field that
/// starts with `=`, `+`, `-` or `@` gets a leading `'` so that a spreadsheet does not run it as a
/// formula (OWASP, "CSV injection"); numbers are written as they are.
enum OpenDataCSV {
    enum Field {
        case text(String?)
        case number(String)
    }

    static func document(header: [String], rows: [[Field]]) -> [UInt8] {
        var out = header.joined(separator: ",") + "\r\n"
        for row in rows {
            out += row.map(render).joined(separator: ",") + "\r\n"
        }
        return Array(out.utf8)
    }

    static func render(_ field: Field) -> String {
        switch field {
        case .number(let text): return text
        case .text(nil): return ""
        case .text(var text?):
            if let first = text.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) { text = "'" + text }
            let needsQuotes = text.contains { ",\"\r\n".contains($0) } || text.first == " "
            return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
    }
}
