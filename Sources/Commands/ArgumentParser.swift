/// The one argument parser of Candor's tools.
///
/// - `--name VALUE` and `--name=VALUE`; a value that starts with `--` is refused (it is almost always
///   a forgotten value followed by the next option), unless it is given as `--name=--x`;
/// - flags, `--name` alone;
/// - positionals, up to `positionals` of them; `--` ends the options, so a positional may start with `-`
///   (a single `-` is a positional anyway: it means standard input);
/// - `--help` or `-h` anywhere before `--` asks for help, whatever else the line holds.
///
/// An unknown option, a missing value, an option given twice (unless repeatable) and an extra
/// positional are usage errors (``Problem/usage(_:)``) whose message names the option or argument.
public struct ArgumentParser: Sendable {
    public let options: [Option]
    /// The most positionals the command takes.
    public let positionals: Int

    public init(_ options: [Option] = [], positionals: Int = 0) {
        precondition(Set(options.map(\.name)).count == options.count, "an option is declared twice")
        self.options = options
        self.positionals = positionals
    }

    /// The parser with more options: a command's own beside those it shares with others.
    public func adding(_ more: [Option]) -> ArgumentParser {
        ArgumentParser(options + more, positionals: positionals)
    }

    public func parse<Arguments: Collection<String>>(_ arguments: Arguments) throws(Problem) -> ParsedArguments {
        var parsed = ParsedArguments(declared: options)
        let items = Array(arguments)
        let ending = items.firstIndex(of: "--") ?? items.endIndex
        if items[..<ending].contains(where: { $0 == "--help" || $0 == "-h" }) {
            parsed.wantsHelp = true
            return parsed
        }
        var index = 0
        while index < ending {
            let item = items[index]
            index += 1
            guard item.hasPrefix("-") && item != "-" else {
                try parsed.addPositional(item, limit: positionals)
                continue
            }
            let name: String
            var attached: String?
            if let equals = item.firstIndex(of: "="), item.hasPrefix("--") {
                name = String(item[..<equals])
                attached = String(item[item.index(after: equals)...])
            } else {
                name = item
            }
            guard let option = options.first(where: { $0.name == name }) else {
                throw .usage("unknown option \"\(name)\"")
            }
            if option.kind == .flag {
                guard attached == nil else { throw .usage("\(name) takes no value") }
                try parsed.set(option, nil)
            } else if let attached {
                try parsed.set(option, attached)
            } else {
                guard index < ending, !items[index].hasPrefix("--") else { throw .usage("\(name) needs a value") }
                try parsed.set(option, items[index])
                index += 1
            }
        }
        for item in items.dropFirst(ending + 1) { try parsed.addPositional(item, limit: positionals) }
        return parsed
    }
}
