import Testing

@testable import HTTP

@Suite("application/x-www-form-urlencoded")
struct FormURLEncodedTests {
    static let valid: [(String, [String])] = [
        ("", []),
        ("a=1", ["a", "1"]),
        ("a=1&b=2", ["a", "1", "b", "2"]),
        ("a=1&&b=2&", ["a", "1", "b", "2"]),
        ("a", ["a", ""]),
        ("a=", ["a", ""]),
        ("=v", ["", "v"]),
        ("a=b=c", ["a", "b=c"]),
        ("ho+ten=Nguy%E1%BB%85n+V%C4%83n+A", ["ho ten", "Nguyễn Văn A"]),
        ("x=%2B%26%3D%25", ["x", "+&=%"]),
        ("x=%e1%bb%85", ["x", "ễ"]),
        ("mo_ta=d%C3%B2ng+1%0D%0Ad%C3%B2ng+2%09tab", ["mo_ta", "dòng 1\r\ndòng 2\ttab"]),
        ("a=1&a=2", ["a", "1", "a", "2"]),
        ("emoji=%F0%9F%98%80", ["emoji", "😀"]),
        ("k=~*-._!'()", ["k", "~*-._!'()"]),
    ]

    @Test(arguments: valid)
    func validFormsParse(form: String, expected: [String]) throws {
        let fields = try FormURLEncoded.parse(form)
        #expect(fields.flatMap { [$0.0, $0.1] } == expected)
    }

    static let invalid: [(String, String)] = [
        ("a=%", "a lone percent"),
        ("a=%4", "one hex digit"),
        ("a=%zz", "no hex digits"),
        ("a=%G1", "a letter beyond F"),
        ("a=%00", "an encoded NUL"),
        ("a=%C3%28", "invalid UTF-8"),
        ("a=%ED%A0%80", "an encoded surrogate"),
        ("a=%C0%AF", "an overlong encoding"),
        ("a=%FF", "a byte that is never UTF-8"),
        ("a=b c", "a raw space"),
        ("a=phản", "raw UTF-8"),
        ("a=\tb", "a raw tab"),
        ("%E1%BB=x", "a truncated sequence in a name"),
    ]

    @Test(arguments: invalid)
    func invalidFormsAre400(form: String, why: String) {
        #expect(throws: HTTPError.self, "\(why)") { try FormURLEncoded.parse(form) }
    }

    @Test func theFieldCountIsLimited() throws {
        let form = (0..<11).map { "f\($0)=x" }.joined(separator: "&")
        #expect(throws: HTTPError.badRequest("more than 10 form fields")) {
            try FormURLEncoded.parse(form, maxFields: 10)
        }
        #expect(try FormURLEncoded.parse(form, maxFields: 11).count == 11)
    }

    @Test func serializingThenParsingGivesTheFieldsBack() throws {
        let fields = [("họ tên", "Nguyễn Văn A"), ("a&b=c", "100% + 1"), ("", ""), ("dòng", "1\r\n2"), ("😀", "~")]
        let parsed = try FormURLEncoded.parse(FormURLEncoded.serialize(fields))
        #expect(parsed.map(\.0) == fields.map(\.0))
        #expect(parsed.map(\.1) == fields.map(\.1))
        #expect(FormURLEncoded.encode("a b&c") == "a+b%26c")
    }

    @Test func queryItemsAreDecodedAsAForm() throws {
        let request = try HTTPRequest(method: .get, target: "/vi/theo-doi?ma=7K2Q-MX9D&lang=vi+VN")
        #expect(request.query == "ma=7K2Q-MX9D&lang=vi+VN")
        #expect(try request.queryItems().map(\.1) == ["7K2Q-MX9D", "vi VN"])
        let bad = try HTTPRequest(method: .get, target: "/?a=%zz")
        #expect(throws: HTTPError.self) { try bad.queryItems() }
    }
}
