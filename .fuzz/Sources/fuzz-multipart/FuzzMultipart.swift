import HTTP

/// libFuzzer entry point for the multipart/form-data reader.
///
/// Input layout: byte 0 picks the body's read size (1 to 256), byte 1 the part read size, byte 2 the
/// boundary's length (1 to 70); then the boundary, then the body. The reader must never crash, and
/// every body it accepts must survive a round trip: written back out with the same boundary, it reads
/// as the same parts. The Content-Type parser gets the whole input as text too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? MultipartReader.boundary(fromContentType: String(decoding: input, as: UTF8.self))
    guard input.count >= 3 else { return 0 }
    let chunkSize = Int(input[0]) + 1
    let readSize = Int(input[1]) + 1
    let boundaryLength = Int(input[2]) % 70 + 1
    guard input.count >= 3 + boundaryLength else { return 0 }
    let boundary = String(decoding: input[3..<(3 + boundaryLength)], as: UTF8.self)
    let body = Array(input[(3 + boundaryLength)...])

    guard let parts = try? read(body, boundary: boundary, chunkSize: chunkSize, readSize: readSize) else { return 0 }
    var wire: [UInt8] = []
    for part in parts {
        wire += Array("--\(boundary)\r\n".utf8)
        for field in part.headers { wire += Array("\(field.name): \(field.value)\r\n".utf8) }
        wire += Array("\r\n".utf8) + part.content + Array("\r\n".utf8)
    }
    wire += Array("--\(boundary)--\r\n".utf8)
    let again: [Part]
    do {
        again = try read(wire, boundary: boundary, chunkSize: chunkSize, readSize: readSize)
    } catch {
        fatalError("a serialized multipart body no longer reads: \(error)")
    }
    precondition(again == parts, "the parts changed in a round trip")
    return 0
}

struct Part: Equatable {
    var name: String
    var filename: String?
    var headers: HTTPHeaders
    var content: [UInt8]
}

func read(_ body: [UInt8], boundary: String, chunkSize: Int, readSize: Int) throws -> [Part] {
    let reader = try MultipartReader(body: HTTPRequestBody(body, chunkSize: chunkSize), boundary: boundary)
    var parts: [Part] = []
    while let part = try reader.nextPart() {
        var content: [UInt8] = []
        while let chunk = try part.read(upTo: readSize) { content += chunk }
        parts.append(Part(name: part.name, filename: part.filename, headers: part.headers, content: content))
    }
    return parts
}
