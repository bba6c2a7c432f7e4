import Foundation
import Testing

@testable import HTTP

/// Builds multipart/form-data bodies as browsers do.
enum MultipartFixture {
    struct Part: Sendable {
        var name: String
        var filename: String?
        var contentType: String?
        var content: [UInt8]

        init(name: String, filename: String? = nil, contentType: String? = nil, content: [UInt8]) {
            self.name = name
            self.filename = filename
            self.contentType = contentType
            self.content = content
        }
    }

    static func body(boundary: String, parts: [Part], preamble: String = "", epilogue: String = "") -> [UInt8] {
        var bytes = Array(preamble.utf8)
        for part in parts {
            bytes += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(part.name)\"".utf8)
            if let filename = part.filename { bytes += Array("; filename=\"\(filename)\"".utf8) }
            bytes += Array("\r\n".utf8)
            if let contentType = part.contentType { bytes += Array("Content-Type: \(contentType)\r\n".utf8) }
            bytes += Array("\r\n".utf8) + part.content + Array("\r\n".utf8)
        }
        return bytes + Array("--\(boundary)--\r\n\(epilogue)".utf8)
    }

    /// Every part as (name, filename, content), read with reads of at most `readSize`.
    static func read(
        _ body: HTTPRequestBody, boundary: String, readSize: Int = 7, limits: MultipartReader.Limits = .init()
    )
        throws(HTTPError) -> [(String, String?, [UInt8])]
    {
        let reader = try MultipartReader(body: body, boundary: boundary, limits: limits)
        var parts: [(String, String?, [UInt8])] = []
        while let part = try reader.nextPart() {
            var content: [UInt8] = []
            while let chunk = try part.read(upTo: readSize) { content += chunk }
            parts.append((part.name, part.filename, content))
        }
        return parts
    }
}

@Suite("Multipart: streamed parts, boundaries across every chunk edge, bounded memory")
struct MultipartReaderTests {
    static let boundary = "----WebKitFormBoundaryX3bY"
    static let parts: [MultipartFixture.Part] = [
        .init(name: "tinh", content: Array("Hà Nội".utf8)),
        .init(name: "empty", content: []),
        .init(name: "crlf", content: Array("line one\r\nline two\r\n\r\n--not a boundary\r\n-".utf8)),
        .init(name: "tep", filename: "ảnh.jpg", contentType: "image/jpeg", content: (0..<300).map { UInt8($0 % 251) }),
    ]

    @Test(arguments: [1, 2, 3, 7, 64, 100_000])
    func partsSurviveAnyBodyChunkSize(chunkSize: Int) throws {
        let body = MultipartFixture.body(boundary: Self.boundary, parts: Self.parts)
        for readSize in [1, 5, 4096] {
            let parts = try MultipartFixture.read(
                HTTPRequestBody(body, chunkSize: chunkSize), boundary: Self.boundary, readSize: readSize)
            #expect(parts.map(\.0) == Self.parts.map(\.name))
            #expect(parts.map(\.1) == Self.parts.map(\.filename))
            #expect(parts.map(\.2) == Self.parts.map(\.content))
        }
    }

    @Test func everyPossibleChunkEdgeIsHandled() throws {
        let body = MultipartFixture.body(boundary: Self.boundary, parts: Self.parts)
        // Two chunks split at every offset, and three chunks at every pair of offsets around each boundary.
        for split in 0...body.count {
            let parts = try MultipartFixture.read(
                HTTPRequestBody(chunks: [Array(body[..<split]), Array(body[split...])]), boundary: Self.boundary)
            #expect(parts.map(\.2) == Self.parts.map(\.content), "split at \(split)")
        }
        let delimiter = Array("\r\n--\(Self.boundary)".utf8)
        var boundaryStarts: [Int] = []
        for index in 0...(body.count - delimiter.count)
        where Array(body[index..<(index + delimiter.count)]) == delimiter {
            boundaryStarts.append(index)
        }
        #expect(boundaryStarts.count == Self.parts.count)
        for start in boundaryStarts {
            for first in start...(start + delimiter.count) {
                for second in first...(start + delimiter.count + 2) {
                    let chunks = [Array(body[..<first]), Array(body[first..<second]), Array(body[second...])]
                    let parts = try MultipartFixture.read(HTTPRequestBody(chunks: chunks), boundary: Self.boundary)
                    #expect(parts.map(\.2) == Self.parts.map(\.content), "splits at \(first), \(second)")
                }
            }
        }
    }

    @Test func aBoundaryThatNeverEndsIs400AtTheEndOfTheStream() throws {
        var body = MultipartFixture.body(boundary: Self.boundary, parts: Self.parts)
        body.removeLast("--\(Self.boundary)--\r\n".utf8.count)
        body += Array("--\(Self.boundary)".utf8)  // the last delimiter, and then nothing
        for chunkSize in [1, 3, 4096] {
            #expect(throws: HTTPError.badRequest("the multipart body ends without its final boundary")) {
                _ = try MultipartFixture.read(HTTPRequestBody(body, chunkSize: chunkSize), boundary: Self.boundary)
            }
        }
        let noBoundaryAtAll = Array(repeating: UInt8(ascii: "-"), count: 500)
        #expect(throws: HTTPError.self) {
            _ = try MultipartFixture.read(HTTPRequestBody(noBoundaryAtAll, chunkSize: 7), boundary: Self.boundary)
        }
    }

    @Test func aPartThatNeverEndsStopsAtTheRoutesLimit() throws {
        var body = Array("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\n".utf8)
        body += [UInt8](repeating: 0x2D, count: 200_000)
        let request = HTTPRequestBody(body, chunkSize: 4096)
        request.limit = 100_000
        #expect(throws: HTTPError.contentTooLarge(limit: 100_000)) {
            _ = try MultipartFixture.read(request, boundary: Self.boundary, readSize: 4096)
        }
    }

    @Test func aFiveMegabytePartIsStreamedWithBoundedMemory() throws {
        let size = 5 << 20
        var content = [UInt8](repeating: 0, count: size)
        var x: UInt32 = 1
        for index in 0..<size {
            x = x &* 1_664_525 &+ 1_013_904_223
            content[index] = index % 1000 < 4 ? [13, 10, 45, 45][index % 1000] : UInt8(truncatingIfNeeded: x >> 24)
        }
        let body = MultipartFixture.body(
            boundary: Self.boundary, parts: [.init(name: "video", filename: "v.mp4", content: content)])
        let reader = try MultipartReader(body: HTTPRequestBody(body, chunkSize: 65_536), boundary: Self.boundary)
        let part = try #require(try reader.nextPart())
        var count = 0
        var matches = true
        while let chunk = try part.read(upTo: 32 * 1024) {
            matches = matches && chunk.elementsEqual(content[count..<(count + chunk.count)])
            count += chunk.count
        }
        #expect(count == size)
        #expect(matches)
        #expect(try reader.nextPart() == nil)
        #expect(reader.highWaterMark <= MultipartReader.readSize + 128, "the reader held \(reader.highWaterMark) bytes")
    }

    @Test func unreadPartsAreSkippedAndStalePartsReadNothing() throws {
        let body = MultipartFixture.body(boundary: Self.boundary, parts: Self.parts)
        let reader = try MultipartReader(body: HTTPRequestBody(body, chunkSize: 3), boundary: Self.boundary)
        let first = try #require(try reader.nextPart())
        #expect(try first.read(upTo: 2) == Array("Hà".utf8.prefix(2)))
        var names = [first.name]
        while let part = try reader.nextPart() { names.append(part.name) }
        #expect(names == Self.parts.map(\.name))
        #expect(try first.read() == nil)
    }

    @Test func fieldsAreReadAsText() throws {
        let body = MultipartFixture.body(boundary: Self.boundary, parts: Self.parts)
        let reader = try MultipartReader(body: HTTPRequestBody(body), boundary: Self.boundary)
        #expect(try reader.nextPart()?.text(limit: 100) == "Hà Nội")
        #expect(try reader.nextPart()?.text(limit: 100) == "")
        #expect(throws: HTTPError.contentTooLarge(limit: 5)) { try reader.nextPart()?.readAll(limit: 5) }
    }

    @Test func aPreambleTransportPaddingAndAnEpilogueAreAllowed() throws {
        var body = Array("This is a preamble.\r\n".utf8)
        body += Array("--B  \t\r\nContent-Disposition: form-data; name=a\r\n\r\nx\r\n--B--trailing epilogue".utf8)
        let parts = try MultipartFixture.read(HTTPRequestBody(body, chunkSize: 2), boundary: "B")
        #expect(parts.map(\.0) == ["a"])
        #expect(parts.map(\.2) == [Array("x".utf8)])
    }

    static let malformed: [(String, String)] = [
        ("no Content-Disposition", "--B\r\nContent-Type: text/plain\r\n\r\nx\r\n--B--"),
        ("not form-data", "--B\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--B--"),
        ("no name", "--B\r\nContent-Disposition: form-data; filename=\"a\"\r\n\r\nx\r\n--B--"),
        ("unterminated quote", "--B\r\nContent-Disposition: form-data; name=\"a\r\n\r\nx\r\n--B--"),
        ("repeated name", "--B\r\nContent-Disposition: form-data; name=a; name=b\r\n\r\nx\r\n--B--"),
        (
            "two dispositions",
            "--B\r\nContent-Disposition: form-data; name=a\r\nContent-Disposition: form-data; name=b\r\n\r\nx\r\n--B--"
        ),
        ("no headers", "--B\r\n\r\nx\r\n--B--"),
        ("folded header", "--B\r\nContent-Disposition: form-data;\r\n name=a\r\n\r\nx\r\n--B--"),
        ("bare LF in headers", "--B\r\nContent-Disposition: form-data; name=a\n\r\nx\r\n--B--"),
        ("junk after a boundary", "--B\r\nContent-Disposition: form-data; name=a\r\n\r\nx\r\n--Bjunk\r\n--B--"),
        (
            "bad part Content-Type",
            "--B\r\nContent-Disposition: form-data; name=a\r\nContent-Type: image\r\n\r\nx\r\n--B--"
        ),
        (
            "preamble too long",
            String(repeating: "p", count: 2000) + "\r\n--B\r\nContent-Disposition: form-data; name=a\r\n\r\nx\r\n--B--"
        ),
        ("empty body", ""),
    ]

    @Test(arguments: malformed)
    func malformedBodiesAre400(name: String, body: String) {
        #expect(throws: HTTPError.self, "\(name)") {
            _ = try MultipartFixture.read(HTTPRequestBody(Array(body.utf8), chunkSize: 5), boundary: "B")
        }
    }

    @Test func aHeaderSectionTooLargeIs400() {
        let body =
            "--B\r\nContent-Disposition: form-data; name=a\r\nX-Pad: " + String(repeating: "p", count: 10_000)
            + "\r\n\r\nx\r\n--B--"
        #expect(throws: HTTPError.badRequest("multipart header section too large")) {
            _ = try MultipartFixture.read(HTTPRequestBody(Array(body.utf8), chunkSize: 1000), boundary: "B")
        }
    }

    @Test func tooManyPartsIs400() {
        var limits = MultipartReader.Limits()
        limits.maxParts = 3
        let body = MultipartFixture.body(
            boundary: "B", parts: (0..<4).map { .init(name: "f\($0)", content: [0x61]) })
        #expect(throws: HTTPError.badRequest("more than 3 multipart parts")) {
            _ = try MultipartFixture.read(HTTPRequestBody(body), boundary: "B", limits: limits)
        }
    }

    static let contentTypes: [(String, String?)] = [
        ("multipart/form-data; boundary=abc", "abc"),
        ("multipart/form-data; boundary=\"abc\"", "abc"),
        ("Multipart/Form-Data;boundary=abc", "abc"),
        ("multipart/form-data; charset=utf-8; boundary=\"a b:c?d\"", "a b:c?d"),
        (
            "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW",
            "----WebKitFormBoundary7MA4YWxkTrZu0gW"
        ),
        (
            "multipart/form-data; boundary=\"" + String(repeating: "b", count: 70) + "\"",
            String(repeating: "b", count: 70)
        ),
        ("multipart/form-data; boundary=\"" + String(repeating: "b", count: 71) + "\"", nil),
        ("multipart/form-data; boundary=\"\"", nil),
        ("multipart/form-data; boundary=\"ends with space \"", nil),
        ("multipart/form-data; boundary=\"no\\\"quotes\"", nil),
        ("multipart/form-data", nil),
        ("multipart/form-data; boundary=a; boundary=b", nil),
        ("multipart/form-data; boundary=", nil),
        ("multipart/form-data; boundary=\"unterminated", nil),
        ("multipart/form-data boundary=abc", nil),
        ("multipart/mixed; boundary=abc", nil),
        ("text/plain", nil),
    ]

    @Test(arguments: contentTypes)
    func theBoundaryIsParsedStrictlyFromContentType(contentType: String, boundary: String?) {
        let parsed = try? MultipartReader.boundary(fromContentType: contentType)
        #expect(parsed == boundary)
    }

    @Test func anotherMediaTypeIs415() {
        #expect(throws: HTTPError.unsupportedMediaType(expected: "multipart/form-data")) {
            _ = try MultipartReader.boundary(fromContentType: "application/json")
        }
    }
}
