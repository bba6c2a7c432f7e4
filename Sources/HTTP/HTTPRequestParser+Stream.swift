extension HTTPRequestParser {
    /// Reads every request of a pipelined stream held in memory, bodies included, through the code the
    /// server runs on a socket: the same incremental head scan, the same body decoders, with reads of at
    /// most `readSize` bytes so that every chunk edge can be exercised.
    ///
    /// - Returns: each request's head and whole body. A stream that ends inside a request ends the list.
    /// - Throws: the first request's error, as the server would answer it (and then close).
    public func parseRequests(_ bytes: [UInt8], maxBodyBytes: Int, readSize: Int = 16 * 1024) throws(HTTPError)
        -> [(head: HTTPRequestHead, body: [UInt8])]
    {
        let input = InputBuffer(source: MemorySource(bytes, chunkSize: readSize), readSize: max(readSize, 1024))
        var requests: [(head: HTTPRequestHead, body: [UInt8])] = []
        let noDeadline = Deadline(nanoseconds: .max)
        while true {
            var scanner = HeadScanner(limits: limits)
            var head: HTTPRequestHead?
            while head == nil {
                if let (parsed, length) = try input.withAvailable({ bytes throws(HTTPError) in try scanner.scan(bytes) }
                ) {
                    input.consume(length)
                    head = parsed
                } else if try !input.fill(deadline: noDeadline) {
                    return requests
                }
            }
            guard let head else { return requests }
            if head.method.requiresBodyLength, head.framing == .none { throw .lengthRequired }
            if case .contentLength(let length) = head.framing, length > maxBodyBytes {
                throw .contentTooLarge(limit: maxBodyBytes)
            }
            let body = HTTPRequestBody(framing: head.framing, input: input, limit: maxBodyBytes, pacing: nil)
            do throws(HTTPError) {
                requests.append((head, try body.readAll()))
            } catch  where error == .bodyEndedEarly {
                return requests
            }
            if !head.keepAlive { return requests }
        }
    }
}
