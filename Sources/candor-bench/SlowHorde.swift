import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The slow clients of `candor-bench slowloris`: many connections to 127.0.0.1, driven by one thread with
/// non-blocking sockets and `poll`, each a few bytes at a time. A connection the server ends is opened
/// again, so the horde keeps its size for the whole run.
final class SlowHorde: @unchecked Sendable {
    // @unchecked: `members` and the counters are used by the horde's own thread while it runs, and read by
    // the caller only after `stop()` returned; `stopping` and `held` are atomic enough as guarded below.
    enum Kind: String, CaseIterable {
        /// A head that never ends: one more header line every 2 s.
        case trickledHead
        /// A keep-alive connection with one small request every 10 s: never idle long enough to be closed
        /// for idleness, so only the connection's lifetime ends it.
        case idleKeepAlive
        /// A 4,000-byte JSON body for POST /api/v1/reports, 8 bytes a second.
        case slowBody
    }

    private struct Member {
        let kind: Kind
        var fd: Int32 = -1
        var nextSend = 0.0
        var step = 0
    }

    let port: UInt16
    private var members: [Member]
    private let lock = NSLock()
    private var stopping = false
    private var finished = false
    /// Connections the server ended (or refused, or reset), by kind; each was opened again.
    private(set) var endedByServer: [Kind: Int] = [:]
    /// 408 and 503 answers the slow clients got.
    private(set) var timeouts = 0
    private(set) var refusals = 0
    /// The fewest slow connections open at one time, sampled once a second after they all opened.
    private(set) var fewestOpen = Int.max
    private(set) var failedConnects = 0

    init(port: UInt16, count: Int) {
        self.port = port
        members = (0..<count).map { Member(kind: Kind.allCases[$0 % Kind.allCases.count]) }
    }

    /// Opens every connection (spread over the first 2 s of sending), then drives them on a new thread.
    func start() throws {
        let start = now()
        for index in members.indices {
            try connect(index)
            members[index].nextSend = start + Double(index % 200) / 100
        }
        let thread = Thread { [self] in drive() }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Stops the thread and closes every connection.
    func stop() {
        lock.withLock { stopping = true }
        while !lock.withLock({ finished }) { usleep(10_000) }
        for member in members where member.fd >= 0 { close(member.fd) }
    }

    var openCount: Int { members.count { $0.fd >= 0 } }

    private func drive() {
        var lastSample = now()
        var scratch = [UInt8](repeating: 0, count: 4096)
        while !lock.withLock({ stopping }) {
            var descriptors = members.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
            _ = poll(&descriptors, nfds_t(descriptors.count), 100)
            let time = now()
            for index in members.indices {
                if descriptors[index].revents != 0 { readAnswer(index, &scratch) }
                if members[index].fd < 0 { reopen(index) }
                if members[index].fd >= 0, time >= members[index].nextSend { sendNext(index, at: time) }
            }
            if time - lastSample >= 1 {
                fewestOpen = min(fewestOpen, openCount)
                lastSample = time
            }
        }
        lock.withLock { finished = true }
    }

    /// What the server sent: an answer to a keep-alive request, a 408 or 503, or the end of the stream.
    private func readAnswer(_ index: Int, _ scratch: inout [UInt8]) {
        let count = scratch.withUnsafeMutableBytes {
            recv(members[index].fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT))
        }
        if count > 0 {
            let text = String(decoding: scratch[0..<min(count, 12)], as: UTF8.self)
            if text.hasPrefix("HTTP/1.1 408") { timeouts += 1 }
            if text.hasPrefix("HTTP/1.1 503") { refusals += 1 }
            return
        }
        if count < 0, errno == EAGAIN || errno == EINTR { return }
        ended(index)
    }

    private func ended(_ index: Int) {
        close(members[index].fd)
        members[index].fd = -1
        endedByServer[members[index].kind, default: 0] += 1
    }

    private func reopen(_ index: Int) {
        do {
            try connect(index)
            members[index].nextSend = now()
        } catch {
            failedConnects += 1
        }
    }

    private func sendNext(_ index: Int, at time: Double) {
        let member = members[index]
        let host = "Host: 127.0.0.1:\(port)\r\n"
        let (bytes, pause): (String, Double)
        switch (member.kind, member.step) {
        case (.trickledHead, 0): (bytes, pause) = ("GET / HTTP/1.1\r\n" + host, 2)
        case (.trickledHead, let step): (bytes, pause) = ("X-Slow-\(step): a\r\n", 2)
        case (.idleKeepAlive, _): (bytes, pause) = ("GET /robots.txt HTTP/1.1\r\n" + host + "\r\n", 10)
        case (.slowBody, 0):
            (bytes, pause) = (
                "POST /api/v1/reports HTTP/1.1\r\n" + host + "Content-Type: application/json\r\n"
                    + "Content-Length: 4000\r\n\r\n{\"challenge\":\"", 1
            )
        case (.slowBody, _): (bytes, pause) = ("aaaaaaaa", 1)
        }
        let sent = Array(bytes.utf8).withUnsafeBytes {
            send(member.fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
        }
        if sent < 0, errno != EAGAIN {
            ended(index)
            return
        }
        members[index].step += 1
        members[index].nextSend = time + pause
    }

    private func connect(_ index: Int) throws {
        let fd = try LoadClient.connectedSocket(port: port)
        members[index].fd = fd
        members[index].step = 0
    }
}
