import API
import Casework
import Catalogue
import Commands
import Deployment
import Foundation
import Sodium
import Stores

#if canImport(Glibc)
    import Glibc
#endif

/// `candor-bench intake`: sealed, durable submissions per second through the real server over HTTP, and
/// the home page's request rate, next to the in-process floor (seal + durable append, no HTTP) measured
/// in the same run.
///
/// It starts the `candor-server` binary on 127.0.0.1 with a fresh data folder under `.build/` (real
/// disk), proof of work at 0 bits and the intake budget out of the way, and drives it from `connections`
/// keep-alive connections (`LoadClient`), each looping `POST /api/v1/reports` with a 1 KiB report and the
/// proof-of-work challenge that came with the previous answer (`Candor-Challenge`; the first one from
/// `GET /api/v1/challenge`), as a client of the API does; `--fetch-challenge` asks
/// `GET /api/v1/challenge` before every report instead. Only 201s count: the server sends them after
/// the fsync.
/// The server is stopped with SIGTERM and its folder deleted at the end, also on error.
struct IntakeBenchmark {
    let json: Bool
    let seconds: Double
    let connections: Int
    let serverPath: String?
    /// `GET /api/v1/challenge` before every report, instead of using the one each answer carries.
    let fetchChallenge: Bool

    /// The static page and the in-process floor each run this long (at most `seconds`).
    private var shortSeconds: Double { min(seconds, 3) }

    init(_ arguments: ParsedArguments) throws(Problem) {
        json = arguments.flag("--json")
        seconds = Double(try arguments.count("--seconds", default: 10))
        connections = try arguments.count("--connections", default: 32)
        serverPath = arguments.value("--server")
        fetchChallenge = arguments.flag("--fetch-challenge")
    }

    func run() throws {
        let server = try serverPath ?? Self.siblingServer()
        let directory = FileManager.default.currentDirectoryPath + "/.build/bench-intake-\(getpid())"
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        if Self.isTmpfs(directory) {
            FileHandle.standardError.write(
                Data("candor-bench intake: warning: \(directory) is on tmpfs, so fsync costs nothing here\n".utf8))
        }

        let payload = Self.payload
        let port = try Self.freePort()
        let child = try KillableServer(
            path: server,
            arguments: [
                "--demo", "--data", directory + "/server", "--listen", "127.0.0.1:\(port)", "--pow-bits", "0-0",
                "--intake-per-second", "1000000", "--intake-burst", "1000000", "--intake-mb-per-second", "1000000",
                "--intake-mb-burst", "1000000",
            ], log: directory + "/server.log")
        defer { child.terminate() }
        // Ctrl-C or a kill while the server runs: stop it and remove the folder before exiting.
        let interruption = Interruption {
            child.terminate()
            try? FileManager.default.removeItem(atPath: directory)
        }
        defer { interruption.cancel() }
        try child.waitUntilAccepting(port: port, timeout: 30)

        // One keep-alive connection per thread, kept from the submissions to the home page.
        let clients = (0..<connections).map { _ in LoadClient(port: port) }
        let serverBefore = child.cpuSeconds()
        let clientBefore = Self.processCPUSeconds()
        let submissions = measureSubmissions(clients, report: payload.json)
        let cpu = (
            server: (child.cpuSeconds() - serverBefore) / Double(max(1, submissions.successes)),
            client: (Self.processCPUSeconds() - clientBefore) / Double(max(1, submissions.successes))
        )
        let statics = measureHomePage(clients)
        for client in clients { client.disconnect() }
        let serverPeak = child.memory()?.peak ?? 0
        let log = child.logTail()
        child.terminate()
        guard submissions.successes > 0 else {
            throw Problem.failure(
                "no submission succeeded; the first error: \(submissions.firstError ?? "none")\n"
                    + "server output:\n\(log)")
        }

        let floor = try measureFloor(directory: directory + "/floor", report: payload.value)
        let errors = submissions.errors + statics.errors
        if let first = submissions.firstError ?? statics.firstError {
            FileHandle.standardError.write(Data("candor-bench intake: \(errors) errors; the first: \(first)\n".utf8))
        }
        printFigures(
            submissions: submissions, statics: statics, floor: floor, cpu: cpu, errors: errors,
            serverPeak: serverPeak, reportBytes: payload.json.count)
    }

    private func printFigures(
        submissions: Tally, statics: Tally, floor: (perSecond: Double, cpuPerSeal: Double),
        cpu: (server: Double, client: Double), errors: Int, serverPeak: Int, reportBytes: Int
    ) {
        let perSecond = Double(submissions.successes) / submissions.elapsed
        report(
            [
                ("submissionsPerSecond", perSecond),
                ("p50Millis", percentile(submissions.latencies, 50)),
                ("p99Millis", percentile(submissions.latencies, 99)),
                ("staticRequestsPerSecond", Double(statics.successes) / statics.elapsed),
                ("connections", connections),
                ("reportBytes", reportBytes),
                ("errors", errors),
                ("seconds", seconds),
                ("inProcessSealsPerSecond", floor.perSecond),
                ("httpToFloorRatio", perSecond / floor.perSecond),
                ("serverPeakRSSMegabytes", Double(serverPeak) / 1_048_576),
                ("challengeRequests", submissions.challengeLatencies.count),
                ("challengeP50Millis", percentile(submissions.challengeLatencies, 50)),
                ("challengeP99Millis", percentile(submissions.challengeLatencies, 99)),
                ("staticP99Millis", percentile(statics.latencies, 99)),
                ("submissions", submissions.successes),
                ("serverCPUMillisPerSubmission", cpu.server * 1000),
                ("clientCPUMillisPerSubmission", cpu.client * 1000),
                ("inProcessCPUMillisPerSeal", floor.cpuPerSeal * 1000),
            ], json: json,
            title: "candor-bench intake (\(connections) connections, \(reportBytes)-byte reports, \(Int(seconds)) s, "
                + (fetchChallenge ? "GET /api/v1/challenge before every report)" : "each answer's challenge chained)"))
    }

    // MARK: the phases

    /// What the load threads found: counts, latencies in milliseconds, and the wall time they took.
    final class Tally: @unchecked Sendable {
        // @unchecked: every field is written under `lock`, by `merge`, and read after the threads end.
        private let lock = NSLock()
        private(set) var successes = 0
        private(set) var errors = 0
        private(set) var latencies: [Double] = []
        private(set) var challengeLatencies: [Double] = []
        private(set) var firstError: String?
        var elapsed = 1.0

        struct Local {
            var successes = 0
            var errors = 0
            var latencies: [Double] = []
            var challengeLatencies: [Double] = []
            var firstError: String?

            mutating func fail(_ what: String) {
                errors += 1
                if firstError == nil { firstError = what }
            }
        }

        func merge(_ local: Local) {
            lock.withLock {
                successes += local.successes
                errors += local.errors
                latencies += local.latencies
                challengeLatencies += local.challengeLatencies
                if firstError == nil { firstError = local.firstError }
            }
        }
    }

    /// Runs `body` on `connections` threads until `deadline`, each with its index and its own local tally.
    private func onThreads(
        for duration: Double, _ body: @escaping @Sendable (_ thread: Int, _ deadline: Double, inout Tally.Local) -> Void
    ) -> Tally {
        let tally = Tally()
        let group = DispatchGroup()
        let start = now()
        let deadline = start + duration
        for index in 0..<connections {
            group.enter()
            let thread = Thread {
                var local = Tally.Local()
                local.latencies.reserveCapacity(1 << 14)
                body(index, deadline, &local)
                tally.merge(local)
                group.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        group.wait()
        tally.elapsed = now() - start
        return tally
    }

    /// Each connection: a challenge, then a report, in a loop. Transport failures count as errors; a
    /// connection that fails 20 times in a row gives up (the server is gone).
    private func measureSubmissions(_ clients: [LoadClient], report: [UInt8]) -> Tally {
        let port = clients[0].port
        let challengeRequest = LoadClient.request("GET", "/api/v1/challenge", port: port)
        let fetchEveryTime = fetchChallenge
        return onThreads(for: seconds) { index, deadline, local in
            let client = clients[index]
            var failuresInARow = 0
            // The challenge that came with the last answer (Candor-Challenge), if any.
            var chained: [UInt8]? = nil
            while now() < deadline {
                do {
                    let t0 = now()
                    let token: [UInt8]
                    if let next = chained, !fetchEveryTime {
                        token = next
                        chained = nil
                    } else {
                        let challenge = try client.send(challengeRequest)
                        guard challenge.status == 200, let value = Self.challengeValue(in: challenge.body) else {
                            local.fail("GET /api/v1/challenge: \(Self.describe(challenge))")
                            continue
                        }
                        token = value
                        local.challengeLatencies.append((now() - t0) * 1000)
                    }
                    let t1 = now()
                    // The report was written once by ReportBody; each submission splices it in after the
                    // challenge, as `Submission` writes it, so the client's CPU goes to the server's load.
                    var body = Array(#"{"challenge":""#.utf8)
                    body += token
                    body += Array(#"","counter":0,"report":"#.utf8)
                    body += report
                    body.append(UInt8(ascii: "}"))
                    let post = LoadClient.request(
                        "POST", "/api/v1/reports", port: port, headers: [("Content-Type", "application/json")],
                        body: body)
                    let response = try client.send(post)
                    local.latencies.append((now() - t1) * 1000)
                    chained = response.challenge
                    if response.status == 201 {
                        local.successes += 1
                    } else {
                        local.fail("POST /api/v1/reports: \(Self.describe(response))")
                    }
                    failuresInARow = 0
                } catch {
                    local.fail("\(error)")
                    failuresInARow += 1
                    if failuresInARow >= 20 { break }
                    usleep(10_000)
                }
            }
        }
    }

    /// The same number of connections asking for the home page.
    private func measureHomePage(_ clients: [LoadClient]) -> Tally {
        let request = LoadClient.request("GET", "/", port: clients[0].port)
        return onThreads(for: shortSeconds) { index, deadline, local in
            let client = clients[index]
            var failuresInARow = 0
            while now() < deadline {
                do {
                    let t0 = now()
                    let response = try client.send(request)
                    local.latencies.append((now() - t0) * 1000)
                    if response.status == 200 {
                        local.successes += 1
                    } else {
                        local.fail("GET /: \(Self.describe(response))")
                    }
                    failuresInARow = 0
                } catch {
                    local.fail("\(error)")
                    failuresInARow += 1
                    if failuresInARow >= 20 { break }
                    usleep(10_000)
                }
            }
        }
    }

    /// Baseline: `IntakeStore.submit(report:)` from the same number of threads, in this process, with a
    /// fresh inspector key and no checkpoint signer: the seal and the durable append, without HTTP.
    private func measureFloor(directory: String, report: Report) throws -> (perSecond: Double, cpuPerSeal: Double) {
        let sealing = SealedBox.PrivateKey()
        let signing = Signing.PrivateKey()
        let inspector = try InspectorKey(name: "bench", sealingKey: sealing.publicKey, signingKey: signing.publicKey)
        let store = try IntakeStore(
            dataDirectory: directory, inspectorKeys: try InspectorKeys([inspector]),
            configuration: IntakeStore.Configuration(catalog: try Catalog.bundled()))
        defer { store.close() }
        let cpuBefore = Self.processCPUSeconds()
        let tally = onThreads(for: shortSeconds) { _, deadline, local in
            while now() < deadline {
                do {
                    _ = try store.submit(report: report)
                    local.successes += 1
                } catch {
                    local.fail("\(error)")
                    break
                }
            }
        }
        let cpu = Self.processCPUSeconds() - cpuBefore
        if let first = tally.firstError { throw Problem.failure("in-process submit failed: \(first)") }
        return (Double(tally.successes) / tally.elapsed, cpu / Double(max(1, tally.successes)))
    }

    // MARK: helpers

    /// The report every submission carries, as a `Report` and as the API's JSON object: exactly 1 KiB of
    /// JSON, most of it a Vietnamese account (multi-byte UTF-8, so normalisation does real work).
    static let payload: (value: Report, json: [UInt8]) = {
        let sentence =
            "Khi tôi đến làm thủ tục đổi giấy phép lái xe, cán bộ tiếp nhận nói hồ sơ thiếu giấy tờ "
            + "và gợi ý nộp thêm \"phí nhanh\" 500.000 đồng không có biên lai. "
        func make(_ account: String) -> (Report, [UInt8]) {
            let value = Report(
                province: "ha-noi", procedure: "doi-giay-phep-lai-xe",
                agency: "Phòng CSGT Công an thành phố Hà Nội, điểm tiếp nhận số 2", misconduct: ["hoi-lo"],
                account: account, month: 4, year: 2026)
            let body = ReportBody(
                province: value.province, procedure: value.procedure, agency: value.agency,
                misconduct: value.misconduct, account: value.account, month: value.month, year: value.year)
            return (value, body.jsonBytes)
        }
        // Whole characters while they fit, then ASCII dots to land on 1,024 bytes exactly.
        var account = ""
        for character in String(repeating: sentence, count: 8) {
            if make(account + String(character)).1.count > 1024 { break }
            account.append(character)
        }
        while make(account).1.count < 1024 { account.append(".") }
        return make(account)
    }()

    /// The `challenge` of `GET /api/v1/challenge`'s answer, as bytes.
    static func challengeValue(in body: [UInt8]) -> [UInt8]? {
        ChallengeReply(jsonBytes: body).map { Array($0.challenge.utf8) }
    }

    /// CPU time (user + system) this process has used, in seconds.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// Whether `path` is on tmpfs, where fsync is free and the figures would mean nothing.
    /// (The file system of the longest mount point in /proc/mounts that contains it.)
    static func isTmpfs(_ path: String) -> Bool {
        guard let mounts = try? String(contentsOfFile: "/proc/mounts", encoding: .utf8) else { return false }
        var best = (length: -1, type: "")
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count > 2 else { continue }
            let point = fields[1].hasSuffix("/") ? String(fields[1]) : fields[1] + "/"
            if (path + "/").hasPrefix(point), point.count > best.length { best = (point.count, String(fields[2])) }
        }
        return best.type == "tmpfs" || best.type == "ramfs"
    }

    static func describe(_ response: LoadClient.Response) -> String {
        "\(response.status) " + String(decoding: response.body.prefix(200), as: UTF8.self)
    }

    /// The `candor-server` built next to this executable.
    static func siblingServer() throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { throw Problem.failure("cannot read /proc/self/exe; pass --server PATH") }
        let executable = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let path = (executable as NSString).deletingLastPathComponent + "/candor-server"
        guard access(path, X_OK) == 0 else {
            throw Problem.failure(
                "no candor-server next to candor-bench (\(path)): build it, or pass --server PATH")
        }
        return path
    }

    /// A TCP port on 127.0.0.1 that nothing listens on now (bound to port 0, read back, released).
    static func freePort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Problem.failure("socket failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound, address.sin_port != 0 else { throw Problem.failure("no free port on 127.0.0.1") }
        return UInt16(bigEndian: address.sin_port)
    }
}

/// SIGINT and SIGTERM, while installed, run `cleanup` and exit with status 130.
final class Interruption {
    private let sources: [any DispatchSourceSignal]

    init(_ cleanup: @escaping @Sendable () -> Void) {
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                cleanup()
                exit(130)
            }
            source.resume()
            return source
        }
    }

    func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
