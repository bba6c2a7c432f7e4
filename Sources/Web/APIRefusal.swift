import HTTP

/// A response that refuses an API request, carried through `Result`.
package struct APIRefusal: Error, @unchecked Sendable {
    package let response: HTTPResponse
    package init(_ response: HTTPResponse) { self.response = response }
}
