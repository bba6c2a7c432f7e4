/// A tiny argument reader: `--flag`, `--name value`. No dependencies, clear errors.
struct Arguments {
    /// A usage error: exit status 1, the message and the command's usage on stderr.
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    private var items: [String]

    init(_ items: [String]) { self.items = items }

    mutating func next() -> String? { items.isEmpty ? nil : items.removeFirst() }

    /// Whether `--help` or `-h` is anywhere in the rest.
    var wantsHelp: Bool { items.contains("--help") || items.contains("-h") }

    mutating func flag(_ name: String) -> Bool {
        guard let i = items.firstIndex(of: name) else { return false }
        items.remove(at: i)
        return true
    }

    mutating func value(_ name: String) throws(Problem) -> String? {
        guard let i = items.firstIndex(of: name) else { return nil }
        guard i + 1 < items.count, !items[i + 1].hasPrefix("--") else {
            throw Problem(description: "\(name) needs a value")
        }
        let value = items[i + 1]
        items.removeSubrange(i...(i + 1))
        return value
    }

    mutating func required(_ name: String, _ what: String) throws(Problem) -> String {
        guard let value = try value(name) else { throw Problem(description: "\(name) \(what) is required") }
        return value
    }

    /// Refuses any option that is not one of `flags` or `values` (which take a value), before anything
    /// else is read, so that a misspelt option is named as such.
    func allow(flags: [String] = [], values: [String]) throws(Problem) {
        var i = 0
        while i < items.count {
            let item = items[i]
            if values.contains(item) {
                i += 2
                continue
            }
            if item.hasPrefix("-") && !flags.contains(item) { throw Problem(description: "unknown option \"\(item)\"") }
            i += 1
        }
    }

    func finish() throws(Problem) {
        guard let extra = items.first else { return }
        throw Problem(
            description: extra.hasPrefix("-") ? "unknown option \"\(extra)\"" : "unexpected argument \"\(extra)\"")
    }
}
