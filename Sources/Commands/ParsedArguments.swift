/// A command line read by ``ArgumentParser``: what each option was given, and the positionals in order.
///
/// Asking for an option the parser was not given is a programmer's mistake, and traps.
public struct ParsedArguments: Sendable {
    /// `--help` or `-h` was given: nothing else was read.
    public internal(set) var wantsHelp = false
    /// The arguments that are not options, in order.
    public internal(set) var positionals: [String] = []

    private let declared: [String: Option.Kind]
    private var given: [String: [String]] = [:]

    init(declared options: [Option]) {
        declared = Dictionary(uniqueKeysWithValues: options.map { ($0.name, $0.kind) })
    }

    mutating func set(_ option: Option, _ value: String?) throws(Problem) {
        if option.kind != .repeatable, given[option.name] != nil { throw .usage("\(option.name) is given twice") }
        given[option.name, default: []] += value.map { [$0] } ?? []
    }

    mutating func addPositional(_ item: String, limit: Int) throws(Problem) {
        guard positionals.count < limit else { throw .usage("unexpected argument \"\(item)\"") }
        positionals.append(item)
    }

    private func check(_ name: String, _ kinds: Option.Kind...) {
        guard let kind = declared[name], kinds.contains(kind) else {
            preconditionFailure("\(name) is not declared as \(kinds) to the parser")
        }
    }

    /// Whether the flag was given.
    public func flag(_ name: String) -> Bool {
        check(name, .flag)
        return given[name] != nil
    }

    /// The value of an option given at most once, or nil.
    public func value(_ name: String) -> String? {
        check(name, .value)
        return given[name]?.first
    }

    /// Every value of a repeatable option, in order.
    public func values(_ name: String) -> [String] {
        check(name, .repeatable)
        return given[name] ?? []
    }

    /// The value of an option the command cannot do without: "`name` `what` is required" otherwise.
    public func required(_ name: String, _ what: String) throws(Problem) -> String {
        guard let value = value(name) else { throw .usage("\(name) \(what) is required") }
        return value
    }

    /// A number of zero or more (fractions allowed), or `fallback` when the option is not given.
    public func number(_ name: String, default fallback: Double) throws(Problem) -> Double {
        guard let text = value(name) else { return fallback }
        guard let number = Double(text), number >= 0, number.isFinite else {
            throw .usage("\(name) needs a number, not \"\(text)\"")
        }
        return number
    }

    /// A positive whole number (`100_000` may be written with underscores), or `fallback`.
    public func count(_ name: String, default fallback: Int) throws(Problem) -> Int {
        guard let text = value(name) else { return fallback }
        guard let number = Int(text.filter { $0 != "_" }), number > 0 else {
            throw .usage("\(name) must be a positive whole number, not \"\(text)\"")
        }
        return number
    }
}
