/// One option a command takes: a flag (`--json`) or an option with a value (`--key FILE`), given
/// once or, if repeatable, any number of times.
public struct Option: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// `--name`, no value.
        case flag
        /// `--name VALUE` or `--name=VALUE`, at most once.
        case value
        /// `--name VALUE` any number of times, kept in order.
        case repeatable
    }

    /// The name with its dashes: `--key`.
    public let name: String
    public let kind: Kind

    public init(_ name: String, _ kind: Kind) {
        precondition(name.hasPrefix("--") && name.count > 2 && !name.contains("="), "not an option name: \(name)")
        self.name = name
        self.kind = kind
    }

    public static func flag(_ name: String) -> Option { Option(name, .flag) }
    public static func value(_ name: String) -> Option { Option(name, .value) }
    public static func repeatable(_ name: String) -> Option { Option(name, .repeatable) }
}
