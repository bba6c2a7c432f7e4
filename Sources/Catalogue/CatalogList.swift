import Foundation

/// One list of the catalogue (the provinces, say): its entries in display order, their optional
/// groups, and O(1) lookup by id.
public struct CatalogList: Sendable, Hashable {
    /// A heading that entries can belong to (`city` and `province`; the outcome groups).
    public struct Group: Sendable, Hashable, Codable {
        public let id: String
        public let vi: String
        public let en: String
    }

    /// The entries, in the order the file lists them (the order a form shows them).
    public let entries: [CatalogEntry]
    /// The groups, in file order; empty when the list is flat.
    public let groups: [Group]
    private let positions: [String: Int]

    /// The entry with `id`, or nil.
    public subscript(id: String) -> CatalogEntry? { positions[id].map { entries[$0] } }

    /// Whether `id` is an entry of this list.
    public func contains(_ id: String) -> Bool { positions[id] != nil }

    /// The entries of the group `groupID`, in order.
    public func entries(inGroup groupID: String) -> [CatalogEntry] { entries.filter { $0.group == groupID } }

    public var ids: [String] { entries.map(\.id) }

    /// The file format (Catalogue.docc: CatalogueFiles).
    struct File: Decodable {
        var format: String
        var kind: String
        var groups: [Group]?
        var entries: [CatalogEntry]
    }

    static let format = "candor-catalog-v1"

    /// Parses and checks one catalogue file of kind `kind`. `name` is only for messages.
    init(json: Data, kind: Catalog.Kind, name: String) throws(CatalogueError) {
        func fail(_ reason: String) -> CatalogueError { .malformed(file: name, reason: reason) }
        let file = try Self.decode(File.self, from: json, fail)
        guard file.format == Self.format else { throw fail("\"format\" must be \"\(Self.format)\"") }
        guard file.kind == kind.rawValue else {
            throw fail("\"kind\" is \"\(file.kind)\", expected \"\(kind.rawValue)\"")
        }
        guard !file.entries.isEmpty else { throw fail("no entries") }
        let groups = file.groups ?? []
        var groupIDs: Set<String> = []
        for group in groups {
            guard CatalogEntry.isWellFormedID(group.id) else { throw fail("bad group id \"\(group.id)\"") }
            guard groupIDs.insert(group.id).inserted else { throw fail("duplicate group id \"\(group.id)\"") }
            try Self.checkLabels(vi: group.vi, en: group.en, of: "group \(group.id)", fail)
        }
        var positions: [String: Int] = [:]
        for (index, entry) in file.entries.enumerated() {
            guard CatalogEntry.isWellFormedID(entry.id) else {
                throw fail("bad id \"\(entry.id)\": use lowercase ASCII words joined by dashes")
            }
            guard positions.updateValue(index, forKey: entry.id) == nil else {
                throw fail("duplicate id \"\(entry.id)\"")
            }
            try Self.checkLabels(vi: entry.vi, en: entry.en, of: entry.id, fail)
            if let group = entry.group, !groupIDs.contains(group) {
                throw fail("entry \(entry.id) names the unknown group \"\(group)\"")
            }
        }
        self.entries = file.entries
        self.groups = groups
        self.positions = positions
    }

    /// Decodes a catalogue file, saying which field is missing or of the wrong type.
    static func decode<T: Decodable>(_ type: T.Type, from json: Data, _ fail: (String) -> CatalogueError)
        throws(CatalogueError) -> T
    {
        do {
            return try JSONDecoder().decode(type, from: json)
        } catch let DecodingError.keyNotFound(key, _) {
            throw fail("the field \"\(key.stringValue)\" is missing")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw fail("wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))")
        } catch {
            throw fail("not valid JSON")
        }
    }

    static func checkLabels(
        vi: String, en: String, of what: String, _ fail: (String) -> CatalogueError
    ) throws(CatalogueError) {
        for (language, label) in [("vi", vi), ("en", en)] {
            guard !label.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw fail("\(what) has an empty \(language) label")
            }
            // Compared scalar by scalar: String's == treats NFC and NFD as equal, which is the point.
            guard label.unicodeScalars.elementsEqual(label.precomposedStringWithCanonicalMapping.unicodeScalars) else {
                throw fail("the \(language) label of \(what) is not in Unicode NFC")
            }
        }
    }

    public static func == (lhs: CatalogList, rhs: CatalogList) -> Bool {
        lhs.entries == rhs.entries && lhs.groups == rhs.groups
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(entries)
        hasher.combine(groups)
    }
}
