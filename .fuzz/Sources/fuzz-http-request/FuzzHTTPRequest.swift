import HTTP

/// libFuzzer entry point for the HTTP request parser.
///
/// The input is a stream of pipelined requests, read the way a connection reads them (incremental head
/// scan, Content-Length and chunked bodies) in reads of 1 to 256 bytes chosen by the first byte. It must
/// never crash, and every request it accepts must survive a round trip: serialize the head and re-frame
/// the body, parse again, get the same head and body back. Each accepted target is also decoded as a
/// path and a query, which must not crash either.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let readSize = Int(data[0]) + 1
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    var limits = HTTPRequestParser.Limits()
    limits.maxHeaderBytes = 4096
    limits.maxURILength = 1024
    limits.allowsAbsoluteForm = readSize % 2 == 0
    let parser = HTTPRequestParser(limits: limits)

    _ = try? parser.parseHead(bytes)
    guard let requests = try? parser.parseRequests(bytes, maxBodyBytes: 8192, readSize: readSize) else { return 0 }
    for (head, body) in requests {
        if let request = try? HTTPRequest(head: head) {
            precondition(request.path.hasPrefix("/") || request.path == "*", "a decoded path starts with /")
            precondition(!request.path.split(separator: "/").contains(".."), "a dot-dot segment got through")
            _ = try? request.queryItems()
        }
        var wire = head.serialized()
        switch head.framing {
        case .chunked:
            if !body.isEmpty { wire += Array(String(body.count, radix: 16).utf8) + [13, 10] + body + [13, 10] }
            wire += Array("0\r\n\r\n".utf8)
        case .contentLength, .none:
            wire += body
        }
        let again: [(head: HTTPRequestHead, body: [UInt8])]
        do {
            again = try parser.parseRequests(wire, maxBodyBytes: 8192, readSize: readSize)
        } catch {
            fatalError("a serialized request no longer parses: \(error)")
        }
        precondition(again.count == 1, "one serialized request parsed as \(again.count)")
        precondition(again[0].head == head, "the head changed in a round trip")
        precondition(again[0].body == body, "the body changed in a round trip")
    }
    return 0
}
