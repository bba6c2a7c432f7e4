/// A body of the JSON API, request or response, read and written by the one reader and writer: the
/// server and its clients share the type, so they cannot drift apart.
public protocol APIBody: Sendable, Equatable {
    /// The body read from JSON: nil when a required member is missing or any member has the wrong type
    /// (members it does not know are ignored, as `Decodable` ignores them).
    init?(json: JSONValue)
    /// The body as JSON, members in the order the server has always written them.
    var json: JSONValue { get }
}

extension APIBody {
    /// The body read from JSON text; nil for text that is not JSON or not this body.
    public init?(jsonBytes: [UInt8]) {
        guard let value = try? JSONReader.parse(jsonBytes) else { return nil }
        self.init(json: value)
    }

    /// The body as compact JSON text.
    public var jsonBytes: [UInt8] { json.serialized }

    /// An optional member: `.some(nil)` when absent or null, `.some(value)` when it converts, and nil
    /// (refuse the body) when it is there with the wrong type.
    public static func optional<T>(_ member: JSONValue?, _ convert: (JSONValue) -> T?) -> T?? {
        guard let member, !member.isNull else { return .some(nil) }
        return convert(member).map { .some($0) }
    }
}
