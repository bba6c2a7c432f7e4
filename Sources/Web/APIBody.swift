import HTTP

/// An API request body read from JSON: nil when a required member is missing or any member has the
/// wrong type (members it does not know are ignored, as `Decodable` ignores them).
protocol APIBody {
    init?(json: JSONValue)
}

extension APIBody {
    /// An optional member: `.some(nil)` when absent or null, `.some(value)` when it converts, and nil
    /// (refuse the body) when it is there with the wrong type.
    static func optional<T>(_ member: JSONValue?, _ convert: (JSONValue) -> T?) -> T?? {
        guard let member, !member.isNull else { return .some(nil) }
        return convert(member).map { .some($0) }
    }
}

/// A response that refuses an API request, carried through `Result`.
struct APIRefusal: Error, @unchecked Sendable {
    let response: HTTPResponse
    init(_ response: HTTPResponse) { self.response = response }
}
