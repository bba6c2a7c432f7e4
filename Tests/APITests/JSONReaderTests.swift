import Foundation
import Testing

@testable import API

@Suite("JSONReader: strict JSON for API bodies")
struct JSONReaderTests {
    static func parse(_ text: String) throws -> JSONValue { try JSONReader.parse(Array(text.utf8)) }

    @Test func valuesOfEveryKind() throws {
        let value = try Self.parse(
            #" { "s": "a\"b\\c\/d\n\t\u00e9\ud83d\ude00", "n": -12.5e+3, "i": 0, "t": true, "f": false, "z": null, "a": [1, [], {}] } "#
        )
        #expect(value["s"]?.string == "a\"b\\c/d\n\té😀")
        #expect(value["n"] == .number("-12.5e+3"))
        #expect(value["i"]?.int == 0)
        #expect(value["t"] == .bool(true))
        #expect(value["f"] == .bool(false))
        #expect(value["z"]?.isNull == true)
        #expect(value["a"] == .array([.number("1"), .array([]), .object([])]))
        #expect(value["missing"] == nil)
    }

    @Test func theFirstOfDuplicateKeysWins() throws {
        let value = try Self.parse(#"{"token":"first","token":"second"}"#)
        #expect(value["token"]?.string == "first")
    }

    @Test func integersAsJSONDecoderReadsThem() throws {
        #expect(try Self.parse("2026").int == 2026)
        #expect(try Self.parse("2026.0").int == 2026)
        #expect(try Self.parse("2.026e3").int == 2026)
        #expect(try Self.parse("2026.5").int == nil)
        #expect(try Self.parse("1e400").int == nil)
        #expect(try Self.parse("\"2026\"").int == nil)
        #expect(try Self.parse("18446744073709551615").uint64 == UInt64.max)
        #expect(try Self.parse("18446744073709551616").uint64 == nil)
        #expect(try Self.parse("-1").uint64 == nil)
    }

    /// A whole number is read exactly in any notation, as JSON Schema's `integer` (and the OpenAPI
    /// document) counts it: schemathesis sent `"counter": 63.0`, which the document allows, and got 400.
    @Test func wholeNumbersInAnyNotationAreReadExactly() throws {
        #expect(try Self.parse("63.0").uint64 == 63)
        #expect(try Self.parse("6.3e1").uint64 == 63)
        #expect(try Self.parse("-0.0").uint64 == 0)
        #expect(try Self.parse("0e999999999999").uint64 == 0)
        #expect(try Self.parse("1.8446744073709551615e19").uint64 == UInt64.max)
        #expect(try Self.parse("1.8446744073709551616e19").uint64 == nil)
        #expect(try Self.parse("63.5").uint64 == nil)
        #expect(try Self.parse("-1.0").uint64 == nil)
        #expect(try Self.parse("1e-400").uint64 == nil)
        #expect(try Self.parse("9.223372036854775807e18").int == Int.max)
        #expect(try Self.parse("-9.223372036854775808e18").int == Int.min)
        #expect(try Self.parse("9.223372036854775808e18").int == nil)
        #expect(try Self.parse("20260000e-4").int == 2026)
        #expect(try Self.parse("0.02026e5").int == 2026)
        #expect(try Self.parse("0.0202e5").int == 2020)
        #expect(try Self.parse("0.05").int == nil)
        #expect(try Self.parse("1e999999999999999999999").int == nil)
    }

    /// Each must fail, and fail fast: nothing here may crash, hang or recurse without bound.
    static let malformed: [String] = [
        "", " ", "{", "}", "[", "]", "{]", "[}", "{\"a\"}", "{\"a\":}", "{\"a\" 1}", "{a:1}", "{'a':1}",
        "{\"a\":1,}", "[1,]", "[,1]", "[1 2]", "01", "-", "+1", "1.", ".5", "1e", "1e+", "0x10", "NaN", "Infinity",
        "tru", "nul", "falsey", "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "\"\\ud800\"", "\"\\udc00\"",
        "\"\\ud800\\u0041\"", "\"a\u{01}b\"", "\"tab\there\"", "{} {}", "[] x", "\"\\\"",
        String(repeating: "[", count: 65) + String(repeating: "]", count: 65),
        String(repeating: "[", count: 200_000),
        String(repeating: #"{"a":"#, count: 600),
    ]

    @Test(arguments: malformed)
    func malformedInputIsRefused(_ text: String) {
        #expect(throws: JSONReader.Failure.self) { try Self.parse(text) }
    }

    @Test func invalidUTF8IsRefused() {
        for bytes: [UInt8] in [
            [0x22, 0xC3, 0x28, 0x22], [0x22, 0xFF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0xEF, 0xBB, 0xBF, 0x31],
        ] {
            #expect(throws: JSONReader.Failure.self) { try JSONReader.parse(bytes) }
        }
    }

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let depth = JSONReader.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: Never.self) { try Self.parse(text) }
    }

    /// What the API bodies accept: required members, optional ones absent or null, unknown ones
    /// ignored, wrong types refused.
    @Test func submissionBodies() throws {
        let report =
            #""report":{"province":"01","procedure":"p","agency":"a","misconduct":["x"],"account":"t","year":2026}"#
        let ok = try #require(
            Submission(json: Self.parse(#"{"challenge":"c","counter":7,"extra":[1],"# + report + "}")))
        #expect(ok.counter == 7 && ok.report?.year == 2026 && ok.report?.month == nil && ok.envelope == nil)
        let nulls = try #require(
            Submission(json: Self.parse(#"{"challenge":"c","counter":0,"report":null,"envelope":null}"#)))
        #expect(nulls.report == nil && nulls.envelope == nil)
        for bad in [
            #"{"counter":7}"#, #"{"challenge":"c"}"#, #"{"challenge":1,"counter":7}"#,
            #"{"challenge":"c","counter":-7}"#,
            #"{"challenge":"c","counter":7,"envelope":5}"#, #"{"challenge":"c","counter":7,"report":"r"}"#,
            #"{"challenge":"c","counter":7,"report":{"province":"01"}}"#, #"["challenge"]"#,
            #"{"challenge":"c","counter":7,"# + report.replacingOccurrences(of: #"["x"]"#, with: #"["x",1]"#) + "}",
        ] {
            #expect(Submission(json: try Self.parse(bad)) == nil, "\(bad)")
        }
        #expect(TokenBody(json: try Self.parse(#"{"token":"T","level":null}"#))?.level == nil)
        #expect(TokenBody(json: try Self.parse(#"{"token":1e400}"#)) == nil)
    }
}
