import Commands
import Foundation

/// `candor-bench soak`: the server under a steady load for minutes, and whether its memory stays flat.
///
/// It starts `candor-server` on a fresh data folder under `.build/` (real disk; proof of work off, the
/// intake budget out of the way), measures its capacity with `capacitySeconds` of submissions at full
/// speed from `connections` keep-alive connections, then drives it at `fraction` of that rate for
/// `minutes`, each connection on a fixed schedule (challenge, then a 1 KiB report, as in
/// `candor-bench intake`). The server's VmRSS and VmHWM (from /proc/PID/status) are sampled every second.
///
/// It prints throughput, p50 and p99 latency of a submission (challenge + report, from the moment it was
/// sent), peak and final RSS, the count of errors, and a verdict: RSS stays within 10 % of its level after
/// the first minute (or after half the run when it is no longer than two minutes) and there are no errors.
/// It exits with status 1 when the verdict fails (after stopping the server). The folder is deleted at the end.
struct Soak {
    let minutes: Double
    let fraction: Double
    let connections: Int
    let capacitySeconds: Double
    let json: Bool
    let serverPath: String?

    init(_ arguments: ParsedArguments) throws(Problem) {
        json = arguments.flag("--json")
        minutes = Double(try arguments.count("--minutes", default: 10))
        connections = try arguments.count("--connections", default: 16)
        capacitySeconds = Double(try arguments.count("--capacity-seconds", default: 5))
        serverPath = arguments.value("--server")
        if let text = arguments.value("--fraction") {
            guard let value = Double(text), value > 0, value <= 1 else {
                throw .usage("--fraction must be a number in (0, 1], like 0.5, not \"\(text)\"")
            }
            fraction = value
        } else {
            fraction = 0.5
        }
    }

    func run() throws {
        let server = try serverPath ?? IntakeBenchmark.siblingServer()
        let work =
            FileManager.default.currentDirectoryPath + "/.build/bench-soak-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: work)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let port = try IntakeBenchmark.freePort()
        let child = try KillableServer(
            path: server, arguments: CrashLoop.serverArguments(data: work + "/data", port: port),
            log: work + "/server.log")
        defer { child.terminate() }
        let interruption = Interruption {
            child.terminate()
            try? FileManager.default.removeItem(atPath: work)
        }
        defer { interruption.cancel() }
        try child.waitUntilAccepting(port: port, timeout: 60)

        let clients = (0..<connections).map { _ in LoadClient(port: port) }
        let capacityTally = SoakLoad(clients: clients, perSecond: nil).run(seconds: capacitySeconds, sampling: nil)
        let capacity = Double(capacityTally.successes) / capacityTally.elapsed
        guard capacityTally.successes > 0 else {
            throw Problem.failure(
                "no submission succeeded while measuring capacity: \(capacityTally.firstError ?? "none")\n"
                    + child.logTail())
        }
        let target = capacity * fraction
        if !json {
            FileHandle.standardError.write(
                Data(
                    (String(
                        format: "soak: capacity %.1f submissions/s; driving %.1f/s (%.0f %%) for %g min\n",
                        capacity, target, fraction * 100, minutes)).utf8))
        }
        let memory = MemorySamples(server: child, progress: !json)
        let tally = SoakLoad(clients: clients, perSecond: target).run(seconds: minutes * 60, sampling: memory)
        for client in clients { client.disconnect() }
        if let first = tally.firstError {
            FileHandle.standardError.write(Data("soak: \(tally.errors) errors; the first: \(first)\n".utf8))
        }
        try printFigures(tally: tally, memory: memory, capacity: capacity, target: target)
    }

    private func printFigures(tally: IntakeBenchmark.Tally, memory: MemorySamples, capacity: Double, target: Double)
        throws
    {
        let samples = memory.samples
        let settleAt = minutes > 2 ? 60.0 : minutes * 30
        let baseline = samples.first { $0.seconds >= settleAt }?.resident ?? samples.last?.resident ?? 0
        let later = samples.filter { $0.seconds >= settleAt }.map(\.resident)
        let deviation =
            baseline > 0 ? later.map { abs(Double($0 - baseline)) / Double(baseline) }.max() ?? 0 : .infinity
        let final = samples.last?.resident ?? 0
        let peak = samples.map(\.peak).max() ?? 0
        // Growth per submission after the settling point, at the steady rate: the in-memory cost of a record.
        let settledSubmissions = Double(tally.successes) * max(0, tally.elapsed - settleAt) / tally.elapsed
        let growthPerSubmission = settledSubmissions > 0 ? Double(final - baseline) / settledSubmissions : 0
        let pass = deviation <= 0.10 && tally.errors == 0 && !later.isEmpty
        let verdict =
            (pass ? "PASS" : "FAIL")
            + String(
                format: ": RSS within %.1f %% of %.1f MB (its level at %.0f s), %ld errors", deviation * 100,
                Double(baseline) / 1_048_576, settleAt, tally.errors)
        let megabytes = { (bytes: Int) in Double(bytes) / 1_048_576 }
        report(
            [
                ("minutes", minutes),
                ("fraction", fraction),
                ("capacityPerSecond", capacity),
                ("targetPerSecond", target),
                ("submissionsPerSecond", Double(tally.successes) / tally.elapsed),
                ("p50Millis", percentile(tally.latencies, 50)),
                ("p99Millis", percentile(tally.latencies, 99)),
                ("errors", tally.errors),
                ("submissions", tally.successes),
                ("rssAfterSettleMegabytes", megabytes(baseline)),
                ("peakRSSMegabytes", megabytes(peak)),
                ("finalRSSMegabytes", megabytes(final)),
                ("maxRSSDeviationPercent", deviation * 100),
                ("rssGrowthBytesPerSubmission", growthPerSubmission),
                ("connections", connections),
                ("verdict", verdict),
            ], json: json,
            title:
                "candor-bench soak (\(Int(fraction * 100)) % of capacity, \(connections) connections, \(minutes) min)")
        if !json { print("verdict: " + verdict) }
        // Thrown, not exit(1): the server is stopped and the folder removed on the way out.
        if !pass { throw Problem.failure("soak verdict: FAIL") }
    }
}

/// The server's resident memory, sampled once a second from /proc/PID/status while a load runs.
final class MemorySamples: @unchecked Sendable {
    // @unchecked: `list` is read and written under `lock`.
    struct Sample {
        let seconds: Double
        let resident: Int
        let peak: Int
    }

    let server: KillableServer
    let progress: Bool
    private let lock = NSLock()
    private var list: [Sample] = []

    init(server: KillableServer, progress: Bool) {
        self.server = server
        self.progress = progress
    }

    var samples: [Sample] { lock.withLock { list } }

    /// Samples every second until `deadline`, seconds counted from `start`.
    func sample(from start: Double, until deadline: Double) {
        var next = start + 1
        while next <= deadline {
            let wait = next - now()
            if wait > 0 { Thread.sleep(forTimeInterval: wait) }
            guard let memory = server.memory() else { return }
            let sample = Sample(seconds: next - start, resident: memory.resident, peak: memory.peak)
            lock.withLock { list.append(sample) }
            if progress, Int(sample.seconds) % 60 == 0 {
                FileHandle.standardError.write(
                    Data(
                        String(
                            format: "soak: %.0f s, server RSS %.1f MB (peak %.1f MB)\n", sample.seconds,
                            Double(sample.resident) / 1_048_576, Double(sample.peak) / 1_048_576
                        ).utf8))
            }
            next += 1
        }
    }
}
