/// One part of a `multipart/form-data` body: a form field, or a file whose bytes are streamed.
///
/// A part is readable until the reader moves on (`nextPart()`); after that `read` returns nil.
public struct MultipartPart {
    /// The form field's name, from Content-Disposition.
    public let name: String
    /// The file name the browser sent, for a file field (never trust it as a path).
    public let filename: String?
    /// The part's Content-Type as sent, if any (browsers send one for files).
    public let contentType: String?
    /// Every header of the part.
    public let headers: HTTPHeaders
    let reader: MultipartReader
    let index: Int

    /// The next bytes of the part's content, at most `maxCount`, or nil at its end.
    public func read(upTo maxCount: Int = 16 * 1024) throws(HTTPError) -> [UInt8]? {
        try reader.read(part: index, upTo: maxCount)
    }

    /// The whole content, which must be at most `limit` bytes (413 otherwise). For fields, not files.
    public func readAll(limit: Int) throws(HTTPError) -> [UInt8] {
        var bytes: [UInt8] = []
        while let chunk = try read(upTo: 16 * 1024) {
            guard bytes.count + chunk.count <= limit else { throw .contentTooLarge(limit: limit) }
            bytes += chunk
        }
        return bytes
    }

    /// The whole content as UTF-8 text of at most `limit` bytes; 400 when it is not UTF-8, 413 when too long.
    public func text(limit: Int) throws(HTTPError) -> String {
        guard let text = Syntax.utf8String(try readAll(limit: limit)) else {
            throw .badRequest("a multipart field is not UTF-8")
        }
        return text
    }
}
