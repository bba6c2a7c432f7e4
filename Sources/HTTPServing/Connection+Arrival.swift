import HTTP

/// How the next request of a connection arrives: gathered by the event loop, without a thread, until its
/// head is whole and its body (up to `bodyBufferBytes`) is there; then a worker serves it.
extension Connection {
    /// Where the next request stands.
    enum Stage {
        /// No byte of the next request yet.
        case idle(since: Deadline)
        /// Part of a head: it must be whole `headerTimeout` after its first byte, however it trickles.
        case head(firstByte: Deadline, HeadScanner)
        /// A whole head; its body is being gathered (see `bodyProgress`). `scanned`: how far a chunked
        /// body's framing has been walked.
        case body(HTTPRequestHead, headEnd: Deadline, scanned: Int)
        /// Ready for a worker.
        case ready(Arrival)
    }

    /// What a worker is handed.
    enum Arrival {
        /// A head, and the moment it was whole: the body's deadlines count from there.
        case head(HTTPRequestHead, headEnd: Deadline)
        /// A head that will never be whole: the error to answer (400, 408, 414, 431 …).
        case failure(HTTPError)
    }

    /// Moves the stage on with the bytes the input holds; true once a worker should take the connection.
    func advance() -> Bool {
        while true {
            switch stage {
            case .idle:
                guard !input.isEmpty else { return false }
                stage = .head(firstByte: .now(), HeadScanner(limits: configuration.parserLimits))
            case .head(let firstByte, var scanner):
                do throws(HTTPError) {
                    let found = try input.withAvailable { bytes throws(HTTPError) in try scanner.scan(bytes) }
                    guard let (head, length) = found else {
                        stage = .head(firstByte: firstByte, scanner)
                        return false
                    }
                    input.consume(length)
                    stage = .body(head, headEnd: .now(), scanned: 0)
                } catch {
                    stage = .ready(.failure(error))
                }
            case .body(let head, let headEnd, let scanned):
                if let resume = bodyProgress(head, scanned: scanned) {
                    stage = .body(head, headEnd: headEnd, scanned: resume)
                    return false
                }
                stage = .ready(.head(head, headEnd: headEnd))
            case .ready:
                return true
            }
        }
    }

    /// Nil when a worker may take the request without waiting on the client: the body is whole, or the
    /// first `bodyBufferBytes` of it are here (a larger body is streamed by the worker at a minimum pace).
    /// Otherwise where a chunked body's walk resumes when more bytes come.
    private func bodyProgress(_ head: HTTPRequestHead, scanned: Int) -> Int? {
        // A client that waits for 100 Continue sends nothing until a worker tells it to.
        if head.expectsContinue { return nil }
        let buffered = configuration.bodyBufferBytes
        switch head.framing {
        case .none: return nil
        case .contentLength(let length):
            if input.available >= min(length, buffered) { return nil }
            // Larger than the route accepts: refused unread (413) by the worker, nothing to wait for.
            return length > routeLimit(head) ? nil : scanned
        case .chunked:
            if input.available >= buffered { return nil }
            return input.withAvailable { ChunkedDecoder.endOfBody(in: $0, from: scanned) }
        }
    }

    /// The body limit of the route the head asks for (`Int.max` when no route or no valid path: the
    /// worker answers those without reading a body).
    private func routeLimit(_ head: HTTPRequestHead) -> Int {
        guard let (path, _) = try? RequestTarget.split(head.target),
            case .matched(let route) = server.router.resolve(head.method, path)
        else { return .max }
        return server.router.maxBodyBytes(of: route)
    }

    /// When the event loop stops waiting for this connection.
    var loopDeadline: Deadline {
        switch stage {
        case .idle(let since):
            min(since + configuration.keepAliveTimeout, openedAt + configuration.maxConnectionLifetime)
        case .head(let firstByte, _): firstByte + configuration.headerTimeout
        case .body(_, let headEnd, _): bodyPacing(from: headEnd).deadline(afterTransferring: input.available)
        // Past already: a worker gave it back with a request in hand (``Connection/serve()``).
        case .ready: Deadline(nanoseconds: 0)
        }
    }

    /// The loop's deadline passed: true when a worker should answer (408), false to close quietly.
    func expire() -> Bool {
        switch stage {
        case .idle: return false
        case .head: stage = .ready(.failure(.requestTimeout))
        case .body(let head, let headEnd, _): stage = .ready(.head(head, headEnd: headEnd))
        case .ready: break
        }
        return true
    }

    /// The stream ended (or failed) while the loop waited: true when a worker should still answer.
    func inputEnded() -> Bool {
        guard case .body(let head, let headEnd, _) = stage else { return false }
        // A body cut short is the handler's to see (400), as when a worker reads it.
        stage = .ready(.head(head, headEnd: headEnd))
        return true
    }

    /// True when the request in hand has a body that is not all here yet: a worker will wait on the
    /// client while the handler reads it.
    var streamsBody: Bool {
        guard case .ready(.head(let head, _)) = stage else { return false }
        switch head.framing {
        case .none: return false
        case .contentLength(let length): return length > input.available
        case .chunked: return input.withAvailable { ChunkedDecoder.endOfBody(in: $0, from: 0) } != nil
        }
    }

    var isIdle: Bool {
        if case .idle = stage { return input.isEmpty }
        return false
    }

    /// A body's deadline: `bodyTimeout` plus its size at the minimum rate, from the end of its head, and
    /// never past `maxTransferDuration`.
    func bodyPacing(from headEnd: Deadline) -> PacedDeadline {
        PacedDeadline(
            start: headEnd, grace: configuration.bodyTimeout,
            minimumBytesPerSecond: configuration.minimumBytesPerSecond, limit: configuration.maxTransferDuration)
    }
}
