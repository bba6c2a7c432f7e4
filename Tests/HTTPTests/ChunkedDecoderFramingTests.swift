import Testing

@testable import HTTP

/// The event loop's walk of a buffered chunked body: it must find the end of every whole body (so a small
/// chunked body, pipelined or not, never waits for a deadline) and never claim the end too early.
@Suite("Chunked framing walk (event loop)")
struct ChunkedDecoderFramingTests {
    func walk(_ text: String, from offset: Int = 0) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { ChunkedDecoder.endOfBody(in: $0, from: offset) }
    }

    @Test(arguments: [
        "0\r\n\r\n", "3\r\ntwo\r\n0\r\n\r\n", "3\r\ntwo\r\n0\r\n\r\nGET / HTTP/1.1\r\nHost: test\r\n\r\n",
        "a;ext\r\n0123456789\r\n0;last=\"x\"\r\nT: 1\r\nU: 2\r\n\r\n",
    ])
    func aWholeBodyIsFound(_ body: String) {
        #expect(walk(body) == nil)
    }

    @Test func everyPrefixOfABodyWaitsForMore() {
        let body = "3\r\ntwo\r\n5;e=1\r\nthree\r\n0\r\nT: 1\r\n\r\n"
        var resume = 0
        for cut in 0..<body.utf8.count {
            let prefix = String(decoding: body.utf8.prefix(cut), as: UTF8.self)
            let next = walk(prefix, from: resume)
            #expect(next != nil, "a body cut at \(cut) bytes is not whole")
            resume = next ?? resume
        }
        #expect(walk(body, from: resume) == nil)
    }

    @Test(arguments: ["zz\r\n", "\r\n0\r\n\r\n", "1234567890123456\r\n"])
    func malformedFramingIsHandedToTheDecoder(_ body: String) {
        #expect(walk(body) == nil)
    }

    /// A bare LF can never become the CRLF that ends a chunk-size or trailer line: waiting for more bytes
    /// would only hold the connection until its body deadline before the decoder's 400.
    @Test(arguments: [
        "5\nhello\r\n0\r\n\r\n", "5\nhel", "5;a\nb\r\nhello\r\n", "0\r\nT: 1\n", "0\r\nT: 1\nU: 2\r\n\r\n",
    ])
    func aBareLineFeedIsHandedToTheDecoderAtOnce(_ body: String) {
        #expect(walk(body) == nil)
    }
}
