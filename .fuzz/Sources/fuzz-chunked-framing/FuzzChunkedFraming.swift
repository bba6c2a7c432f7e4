import HTTP

/// libFuzzer entry point for the event loop's walk of a buffered chunked body
/// (`ChunkedDecoder.endOfBody(in:from:)`), which decides when a request is whole enough for a worker.
///
/// The first byte chooses a split point and the framing of a rebuilt body; the rest is the body as sent.
/// Checked, on the bytes as sent: the walk never crashes and an offset it returns lies within the bytes;
/// walking a prefix and resuming on the whole from the returned offset ends as walking the whole does;
/// and it agrees with the worker's decoder on when the bytes are enough: where the walk waits, the
/// decoder does not finish the body, and where the walk says whole (or malformed), the decoder does not
/// run out of bytes — else the event loop would hand over a request that then waits for its deadline, or
/// hold one that is already whole. On the same bytes framed well (with a pipelined request after them):
/// the walk says whole, every prefix of the body waits, and the decoder gives the bytes back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let choice = Int(data[0])
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    checkWalk(bytes, split: bytes.count * choice / 255, readSize: choice % 64 + 1)
    checkWellFramed(bytes, choice: choice)
    return 0
}

let parser = HTTPRequestParser()
let head = Array("POST / HTTP/1.1\r\nHost: f\r\nTransfer-Encoding: chunked\r\n".utf8)
let pipelined = Array("GET / HTTP/1.1\r\nHost: f\r\n\r\n".utf8)

/// The walk of `bytes[..<count]` from `offset`, with its offset checked against the bounds.
func walk(_ bytes: [UInt8], count: Int, from offset: Int) -> Int? {
    let end = bytes.withUnsafeBufferPointer { buffer in
        ChunkedDecoder.endOfBody(in: UnsafeBufferPointer(rebasing: buffer[..<count]), from: offset)
    }
    if let end {
        precondition((offset...count).contains(end), "the walk resumes at \(end), outside \(offset)...\(count)")
    }
    return end
}

func checkWalk(_ bytes: [UInt8], split: Int, readSize: Int) {
    let whole = walk(bytes, count: bytes.count, from: 0)
    if let resume = walk(bytes, count: split, from: 0) {
        precondition(walk(bytes, count: bytes.count, from: resume) == whole, "resuming at \(resume) changed the end")
    } else {
        precondition(whole == nil, "a prefix of \(split) bytes was whole (or malformed) and the whole is not")
    }

    let request = head + Array("Connection: close\r\n\r\n".utf8) + bytes
    let requests: [(head: HTTPRequestHead, body: [UInt8])]
    do {
        requests = try parser.parseRequests(request, maxBodyBytes: 1 << 20, readSize: readSize)
    } catch {
        return  // Malformed or too large: the worker answers it whichever the walk said.
    }
    if requests.isEmpty {
        precondition(whole != nil, "the walk said whole, the decoder ran out of bytes")
    } else {
        precondition(whole == nil, "the decoder read a whole body, the walk waits for more")
    }
}

/// `bytes` as chunks of 1 to 16 bytes, with an extension on the first and a trailer when `choice` asks.
func checkWellFramed(_ bytes: [UInt8], choice: Int) {
    let chunkSize = choice % 16 + 1
    var body: [UInt8] = []
    var start = 0
    while start < bytes.count {
        let end = min(start + chunkSize, bytes.count)
        // One extension at most: the decoder refuses more than 1 KiB of them in a body, rightly.
        let hasExtension = start == 0 && choice & 16 != 0
        body += Array(String(end - start, radix: 16).utf8) + Array((hasExtension ? ";e=\"v\"" : "").utf8)
        body += [13, 10] + bytes[start..<end] + [13, 10]
        start = end
    }
    body += Array((choice & 32 != 0 ? "0\r\nT: v\r\n\r\n" : "0\r\n\r\n").utf8)
    let stream = body + pipelined
    precondition(walk(stream, count: stream.count, from: 0) == nil, "a well-framed body was not found whole")
    let cut = (body.count - 1) * (choice & 15) / 15
    precondition(walk(stream, count: cut, from: 0) != nil, "a well-framed body cut at \(cut) was found whole")

    let requests: [(head: HTTPRequestHead, body: [UInt8])]
    do {
        requests = try parser.parseRequests(head + [13, 10] + stream, maxBodyBytes: 1 << 20, readSize: choice + 1)
    } catch {
        fatalError("the decoder refused a well-framed body: \(error)")
    }
    precondition(requests.count == 2, "a well-framed body and a request after it read as \(requests.count)")
    precondition(requests[0].body == bytes, "the decoder did not give a well-framed body back")
}
