import Foundation

/// A tiny argument reader: `--flag`, `--name value`. No dependencies, clear errors.
struct Arguments {
    static let usage = """
        usage: candor-bench ledger [--json] [--appends N] [--appenders N] [--record-bytes N]
                                   [--recovery-records N] [--dir PATH]
               candor-bench ledger-memory [--records N] [--json]
               candor-bench seal   [--json] [--seconds S] [--report-bytes N] [--recipients N]
               candor-bench intake [--json] [--seconds S] [--connections N] [--server PATH] [--fetch-challenge]
               candor-bench crashloop [--cycles N] [--quick] [--clients N] [--json] [--server PATH] [--keep DIR]
                                   [--self-test]
               candor-bench soak   [--minutes N] [--fraction F] [--connections N] [--json] [--server PATH]
               candor-bench slowloris [--json] [--seconds S] [--slow N] [--pow-bits N] [--server PATH]
               candor-bench crash-child --dir PATH [--appenders N] [--segment-size N]
        """

    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    private var items: [String]

    init(_ items: [String]) { self.items = items }

    mutating func next() -> String? { items.isEmpty ? nil : items.removeFirst() }

    mutating func flag(_ name: String) -> Bool {
        guard let i = items.firstIndex(of: name) else { return false }
        items.remove(at: i)
        return true
    }

    mutating func value(_ name: String) throws -> String? {
        guard let i = items.firstIndex(of: name) else { return nil }
        guard i + 1 < items.count else { throw Problem(description: "\(name) needs a value") }
        let value = items[i + 1]
        items.removeSubrange(i...(i + 1))
        return value
    }

    mutating func int(_ name: String, default fallback: Int) throws -> Int {
        guard let text = try value(name) else { return fallback }
        guard let number = Int(text.replacingOccurrences(of: "_", with: "")), number > 0 else {
            throw Problem(description: "\(name) must be a positive whole number, not \"\(text)\"")
        }
        return number
    }

    func finish() throws {
        if let extra = items.first {
            throw Problem(description: "unexpected argument \"\(extra)\"\n\n\(Arguments.usage)")
        }
    }
}
