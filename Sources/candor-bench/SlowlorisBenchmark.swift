import API
import Commands
import Foundation
import HTTP
import HTTPServing

/// `candor-bench slowloris`: how a good client fares while thousands of slow ones are connected
/// (SECURITY.md, M3).
///
/// It starts the `candor-server` binary on 127.0.0.1 with its default HTTP limits (the intake budget
/// lifted, so that only the HTTP layer can fail the good client), opens `slow`
/// connections (`SlowHorde`: a third trickle a head, a third send a small request every 10 s, a third
/// trickle a body), and keeps them open for the whole run. Meanwhile one good client, on its own
/// keep-alive connection, loops: `GET /api/v1/challenge`, solves it (proof of work at `--pow-bits`, not
/// timed), `POST /api/v1/reports` (201 expected), `GET /` and `GET /en/` (200). Every request's latency
/// counts; a wrong status or a transport error is a failure.
struct SlowlorisBenchmark {
    let json: Bool
    let seconds: Double
    let slow: Int
    let powBits: Int
    let serverPath: String?

    init(_ arguments: ParsedArguments) throws(Problem) {
        json = arguments.flag("--json")
        seconds = Double(try arguments.count("--seconds", default: 30))
        slow = try arguments.count("--slow", default: 2000)
        powBits = try arguments.count("--pow-bits", default: 12)
        serverPath = arguments.value("--server")
    }

    func run() throws {
        // Two descriptors a slow connection would be too many for the usual soft limit of 1,024.
        let openFiles = HTTPServer.raiseDescriptorLimit()
        guard openFiles >= UInt64(slow + 64) else {
            throw Problem.usage("--slow \(slow) needs more open files than the limit \(openFiles)")
        }
        let server = try serverPath ?? IntakeBenchmark.siblingServer()
        let directory =
            FileManager.default.currentDirectoryPath
            + "/.build/bench-slowloris-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let port = try IntakeBenchmark.freePort()
        let child = try KillableServer(
            path: server,
            arguments: [
                "--demo", "--data", directory + "/server", "--listen", "127.0.0.1:\(port)",
                "--pow-bits", "\(powBits)-\(powBits)", "--intake-per-second", "1000000", "--intake-burst", "1000000",
            ], log: directory + "/server.log")
        defer { child.terminate() }
        let interruption = Interruption {
            child.terminate()
            try? FileManager.default.removeItem(atPath: directory)
        }
        defer { interruption.cancel() }
        try child.waitUntilAccepting(port: port, timeout: 30)

        let horde = SlowHorde(port: port, count: slow)
        try horde.start()
        // Every slow connection has begun to send before the good client starts.
        Thread.sleep(forTimeInterval: 3)
        let good = goodClient(port: port)
        let serverPeak = child.memory()?.peak ?? 0
        horde.stop()
        child.terminate()
        printFigures(good, horde: horde, serverPeak: serverPeak)
    }

    /// What the good client saw.
    struct Outcome {
        var requests = 0
        var failures = 0
        var submissions = 0
        var pages = 0
        var latencies: [Double] = []
        var firstError: String?
    }

    private func goodClient(port: UInt16) -> Outcome {
        let client = LoadClient(port: port, timeoutSeconds: 10)
        defer { client.disconnect() }
        var outcome = Outcome()
        func timed(_ request: [UInt8], expect status: Int, what: String) -> LoadClient.Response? {
            let start = now()
            outcome.requests += 1
            do {
                let response = try client.send(request)
                outcome.latencies.append((now() - start) * 1000)
                guard response.status == status else {
                    outcome.failures += 1
                    outcome.firstError = outcome.firstError ?? "\(what): \(IntakeBenchmark.describe(response))"
                    return nil
                }
                return response
            } catch {
                outcome.latencies.append((now() - start) * 1000)
                outcome.failures += 1
                outcome.firstError = outcome.firstError ?? "\(what): \(error)"
                return nil
            }
        }
        let deadline = now() + seconds
        while now() < deadline {
            if let challenge = timed(
                LoadClient.request("GET", "/api/v1/challenge", port: port), expect: 200, what: "challenge"),
                let value = IntakeBenchmark.challengeValue(in: challenge.body)
            {
                let text = String(decoding: value, as: UTF8.self)
                let counter = Hashcash.solve(text) ?? 0
                var body = Array(#"{"challenge":""#.utf8) + value + Array(#"","counter":\#(counter),"report":"#.utf8)
                body += IntakeBenchmark.payload.json + [UInt8(ascii: "}")]
                let post = LoadClient.request(
                    "POST", "/api/v1/reports", port: port, headers: [("Content-Type", "application/json")], body: body)
                if timed(post, expect: 201, what: "POST /api/v1/reports") != nil { outcome.submissions += 1 }
            }
            for path in ["/", "/en/"] {
                if timed(LoadClient.request("GET", path, port: port), expect: 200, what: "GET \(path)") != nil {
                    outcome.pages += 1
                }
            }
        }
        return outcome
    }

    private func printFigures(_ good: Outcome, horde: SlowHorde, serverPeak: Int) {
        let successes = good.requests - good.failures
        if let first = good.firstError {
            FileHandle.standardError.write(
                Data("candor-bench slowloris: \(good.failures) failures; the first: \(first)\n".utf8))
        }
        report(
            [
                ("successRate", Double(successes) / Double(max(1, good.requests))),
                ("p50Millis", percentile(good.latencies, 50)),
                ("p99Millis", percentile(good.latencies, 99)),
                ("maxMillis", good.latencies.max() ?? 0),
                ("goodRequests", good.requests),
                ("goodFailures", good.failures),
                ("submissions", good.submissions),
                ("pages", good.pages),
                ("slowConnections", slow),
                ("slowHeldFewest", horde.fewestOpen == .max ? 0 : horde.fewestOpen),
                ("slowEndedByServer", horde.endedByServer.values.reduce(0, +)),
                ("trickledHeadsEnded", horde.endedByServer[.trickledHead] ?? 0),
                ("keepAlivesEnded", horde.endedByServer[.idleKeepAlive] ?? 0),
                ("slowBodiesEnded", horde.endedByServer[.slowBody] ?? 0),
                ("slow408s", horde.timeouts),
                ("slow503s", horde.refusals),
                ("slowFailedConnects", horde.failedConnects),
                ("seconds", seconds),
                ("powBits", powBits),
                ("serverPeakRSSMegabytes", Double(serverPeak) / 1_048_576),
            ], json: json,
            title: "candor-bench slowloris (\(slow) slow connections, one good client, \(Int(seconds)) s)")
    }
}
