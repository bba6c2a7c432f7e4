/// The header fields of a request or a response, in order, with case-insensitive lookup by name.
///
/// Fields keep the order and the spelling they arrived in. A name may appear more than once; the
/// subscript reads the first value, `values(for:)` reads them all.
public struct HTTPHeaders: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Field = (name: String, value: String)

    public private(set) var fields: [Field]

    public init() { fields = [] }

    public init(_ fields: [(String, String)]) { self.fields = fields.map { (name: $0.0, value: $0.1) } }

    public init(dictionaryLiteral elements: (String, String)...) { self.init(elements) }

    public var count: Int { fields.count }
    public var isEmpty: Bool { fields.isEmpty }

    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }

    /// The first value of the field named `name`; setting replaces every field of that name (nil removes).
    public subscript(name: String) -> String? {
        get { fields.first { Syntax.equalsIgnoringCase($0.name, name) }?.value }
        set {
            guard let newValue else { return remove(name) }
            guard let index = fields.firstIndex(where: { Syntax.equalsIgnoringCase($0.name, name) }) else {
                return fields.append((name: name, value: newValue))
            }
            fields[index].value = newValue
            fields = fields.enumerated()
                .filter { $0.offset <= index || !Syntax.equalsIgnoringCase($0.element.name, name) }
                .map(\.element)
        }
    }

    /// Every value of the field named `name`, in order.
    public func values(for name: String) -> [String] {
        fields.filter { Syntax.equalsIgnoringCase($0.name, name) }.map(\.value)
    }

    public func contains(_ name: String) -> Bool {
        fields.contains { Syntax.equalsIgnoringCase($0.name, name) }
    }

    /// Appends a field, keeping any others of the same name.
    public mutating func add(_ name: String, _ value: String) {
        fields.append((name: name, value: value))
    }

    public mutating func remove(_ name: String) {
        fields.removeAll { Syntax.equalsIgnoringCase($0.name, name) }
    }

    public static func == (lhs: HTTPHeaders, rhs: HTTPHeaders) -> Bool {
        lhs.fields.count == rhs.fields.count
            && zip(lhs.fields, rhs.fields).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }

    /// True when a comma-separated field holds `token` (case-insensitive), as in `Connection: keep-alive, x`.
    func hasToken(_ token: String, in name: String) -> Bool {
        values(for: name).contains { value in
            Syntax.listElements(value).contains { Syntax.equalsIgnoringCase($0, token) }
        }
    }

    /// True when every name is a token and every value is printable: what may be written on the wire.
    /// A value that came from user input and holds CR or LF would otherwise split the response.
    var isValidForWire: Bool {
        fields.allSatisfy { field in
            !field.name.isEmpty && field.name.utf8.allSatisfy(Syntax.isTokenByte)
                && field.value.utf8.allSatisfy(Syntax.isFieldValueByte)
        }
    }
}
