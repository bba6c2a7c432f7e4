import Foundation

/// The word lists the sanitizer reads names with: family and given names, honorifics, roles, nickname
/// words, office words, places to keep and the peoples' names. They are data files (`Lexicon/*.txt` in the module's
/// resources, one entry a line, `#` for comments), so that a deployment can add its own: a folder of
/// files with the same names is read on top of the shipped ones.
public struct Lexicon: Sendable {
    /// The files a lexicon is made of, by name.
    public enum List: String, Sendable, CaseIterable {
        case familyNames = "family-names"
        case highlandFamilyNames = "family-names-highland"
        case givenNames = "given-names"
        case middleNames = "middle-names"
        case honorifics
        case roles
        case nicknames
        case officeWords = "office-words"
        case keepPlaces = "keep-places"
        case ethnicGroups = "ethnic-groups"
        case westernGivenNames = "given-names-western"
        case asianFamilyNames = "family-names-asian"
        case asianGivenNames = "given-names-asian"
        case saintNames = "saint-names"
    }

    /// Each list's entries as written (NFC), in file order.
    public private(set) var entries: [List: [String]]

    /// The lists shipped in the module's resource bundle, read once.
    public static let shipped: Lexicon = {
        var lexicon = Lexicon(entries: [:])
        if let folder = Bundle.module.url(forResource: "Lexicon", withExtension: nil)?.path {
            lexicon.add(folder: folder)
        }
        return lexicon
    }()

    init(entries: [List: [String]]) { self.entries = entries }

    /// The shipped lists with those of `folder` added (files named like the shipped ones, `.txt`).
    /// A file that is missing adds nothing; a folder that cannot be read is an error.
    public init(adding folder: String) throws(LexiconError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .unreadable(folder)
        }
        self = Self.shipped
        add(folder: folder)
    }

    mutating func add(folder: String) {
        for list in List.allCases {
            let path = (folder as NSString).appendingPathComponent(list.rawValue + ".txt")
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            entries[list, default: []] += Self.lines(String(decoding: data, as: UTF8.self))
        }
    }

    /// The entries of a file: lines trimmed, without comments and blank lines, in NFC. Lines are split on
    /// the newline byte and a comment is dropped before it is normalised: reading every Character of the
    /// files (grapheme breaking) and normalising ASCII lines took most of a start's time.
    static func lines(_ text: String) -> [String] {
        text.utf8.split(separator: 0x0A).compactMap { bytes in
            guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }), first != 0x23 else {
                return nil
            }
            let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return bytes.allSatisfy { $0 < 0x80 } ? line : line.precomposedStringWithCanonicalMapping
        }
    }

    public subscript(list: List) -> [String] { entries[list] ?? [] }
}

/// Why a deployment's lexicon folder was refused.
public enum LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(String)

    public var description: String {
        switch self {
        case .unreadable(let path): "\(path) is not a readable folder of lexicon files"
        }
    }
}
