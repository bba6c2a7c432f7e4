/// The strict line reader of the bundle's text files: UTF-8, every line ended by one line feed,
/// no carriage return, nothing after the last line feed.
struct TextLines {
    private(set) var lines: [Substring]
    private var position = 0
    let file: String

    init(_ bytes: [UInt8], file: String) throws(BundleError) {
        self.file = file
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .mismatch(file: file, reason: "not UTF-8 text")
        }
        guard text.utf8.last == 0x0A else { throw .mismatch(file: file, reason: "the last line has no line feed") }
        guard !text.utf8.contains(0x0D) else { throw .mismatch(file: file, reason: "a carriage return") }
        lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { Substring($0) }
    }

    var isAtEnd: Bool { position == lines.count }

    /// The next line, which must start with `keyword` and a space; the rest of it.
    mutating func value(_ keyword: String) throws(BundleError) -> Substring {
        guard let rest = try optionalValue(keyword) else {
            throw .mismatch(file: file, reason: "line \(position + 1) is not a `\(keyword)` line")
        }
        return rest
    }

    /// The rest of the next line if it starts with `keyword` and a space, else nil (nothing read).
    mutating func optionalValue(_ keyword: String) throws(BundleError) -> Substring? {
        guard position < lines.count else { return nil }
        let line = lines[position]
        let prefix = keyword + " "
        guard line.hasPrefix(prefix) else { return nil }
        position += 1
        return line.dropFirst(prefix.count)
    }

    /// The next line, which must be exactly `expected`.
    mutating func expect(_ expected: String) throws(BundleError) {
        guard position < lines.count, lines[position] == expected else {
            throw .mismatch(file: file, reason: "line \(position + 1) is not `\(expected)`")
        }
        position += 1
    }

    /// A plain decimal: digits only, no sign, no leading zero, at most 2^64 − 1.
    func decimal(_ text: Substring, _ what: String) throws(BundleError) -> UInt64 {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), text == "0" || text.first != "0",
            let value = UInt64(text)
        else { throw .mismatch(file: file, reason: "\(what) \"\(text)\" is not a plain decimal") }
        return value
    }
}
