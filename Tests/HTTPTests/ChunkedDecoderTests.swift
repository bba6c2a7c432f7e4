import Testing

@testable import HTTP

@Suite("Chunked transfer coding")
struct ChunkedDecoderTests {
    func decode(_ text: String, limit: Int = 1000, chunkSize: Int = 1) throws(HTTPError) -> String {
        let input = InputBuffer(source: MemorySource(Array(text.utf8), chunkSize: chunkSize), readSize: 1024)
        let body = HTTPRequestBody(framing: .chunked, input: input, limit: limit, pacing: nil)
        return String(decoding: try body.readAll(), as: UTF8.self)
    }

    @Test(arguments: [1, 2, 5, 1024])
    func validBodiesDecodeAtAnyChunkEdge(chunkSize: Int) throws {
        #expect(try decode("1\r\na\r\n2\r\nbc\r\n0\r\n\r\n", chunkSize: chunkSize) == "abc")
        #expect(
            try decode("a;ext\r\n0123456789\r\n0;last=\"x;y\"\r\nT: 1\r\nU: 2\r\n\r\n", chunkSize: chunkSize)
                == "0123456789")
        #expect(try decode("0\r\n\r\n", chunkSize: chunkSize) == "")
    }

    @Test(arguments: [
        ("", "empty stream"),
        ("\r\n0\r\n\r\n", "empty size line"),
        ("-1\r\n", "signed size"),
        ("0x5\r\nhello\r\n0\r\n\r\n", "0x prefix"),
        ("5\r\nhell", "data cut short"),
        ("5\r\nhello", "no CRLF after the data"),
        ("5\r\nhello\n0\r\n\r\n", "LF only after the data"),
        ("1;\r\na\r\n0\r\n\r\n", "extension without a name"),
        ("1;a=\"x\r\na\r\n0\r\n\r\n", "unterminated quoted extension"),
        ("1;a b\r\na\r\n0\r\n\r\n", "space inside an extension"),
        ("0\r\nT: 1\r\n", "no end of trailers"),
        ("0\r\n T: 1\r\n\r\n", "folded trailer"),
        ("0\r\nT:\u{0}\r\n\r\n", "NUL in a trailer"),
        ("1000000000000000\r\n", "sixteen hex digits"),
    ])
    func malformedBodiesAre400(text: String, why: String) {
        #expect(throws: HTTPError.self, "\(why)") { try decode(text) }
    }

    @Test func chunksPastTheLimitAre413() throws {
        #expect(throws: HTTPError.contentTooLarge(limit: 4)) { try decode("5\r\nhello\r\n0\r\n\r\n", limit: 4) }
        #expect(throws: HTTPError.contentTooLarge(limit: 4)) {
            try decode("2\r\nhe\r\n3\r\nllo\r\n0\r\n\r\n", limit: 4)
        }
        #expect(try decode("2\r\nhe\r\n2\r\nll\r\n0\r\n\r\n", limit: 4) == "hell")
    }

    @Test func extensionBytesAreBoundedAcrossChunks() throws {
        let chunk = "1;" + String(repeating: "e", count: 100) + "\r\nx\r\n"
        #expect(try decode(String(repeating: chunk, count: 9) + "0\r\n\r\n").count == 9)
        #expect(throws: HTTPError.badRequest("too many chunk extension bytes")) {
            try decode(String(repeating: chunk, count: 11) + "0\r\n\r\n")
        }
    }

    @Test func aTrailerSectionIsBounded() {
        let trailers = String(repeating: "T: v\r\n", count: 65)
        #expect(throws: HTTPError.headerFieldsTooLarge("trailer section too large")) {
            try decode("0\r\n" + trailers + "\r\n")
        }
    }
}
