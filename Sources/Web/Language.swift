/// The citizen's language: Vietnamese by default at `/`, English under `/en/`.
public enum Language: String, Sendable, CaseIterable {
    case vi
    case en

    /// The path prefix of this language's pages: "" for Vietnamese, "/en" for English.
    public var prefix: String { self == .vi ? "" : "/en" }

    /// The language a request path belongs to, and the path without its language prefix.
    public static func split(path: String) -> (Language, String) {
        if path == "/en" { return (.en, "/") }
        if path.hasPrefix("/en/") { return (.en, String(path.dropFirst(3))) }
        return (.vi, path)
    }

    /// The table of every string shown to a citizen in this language.
    public var strings: Strings { self == .vi ? .vietnamese : .english }

    /// The other language, for the switch link in the header.
    package var other: Language { self == .vi ? .en : .vi }
}
