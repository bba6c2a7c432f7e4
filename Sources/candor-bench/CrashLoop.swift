import API
import Casework
import Commands
import Foundation

/// `candor-bench crashloop`: kills a loaded `candor-server` with SIGKILL at random instants, again and
/// again, and proves after each kill that nothing it acknowledged was lost or stored twice.
///
/// Each cycle starts the real server binary on a free port over the same data folder (`--demo`, proof of
/// work off, intake budget out of the way), runs `clients` citizens at once (half through the web form,
/// half through the JSON API, see `CitizenClient`), and after a random 0.2–1.5 s kills the server with
/// SIGKILL. With no server running, `CrashAudit` then opens and verifies the ledger, opens every new
/// report with the demo inspector's private key, and finds the case of every token acknowledged in the
/// cycle. The next cycle's start proves the server itself recovers the folder. After the last cycle
/// every token of the run is checked once more, and the server is started once more and asked for a
/// few cases over `POST /api/v1/status`.
///
/// It prints the totals (cycles, acknowledged, found, lost, duplicates) and exits with status 1 if
/// anything acknowledged was lost, anything stored twice or any check failed (`--self-test` shows that
/// a loss is caught). Tokens are held in
/// memory only; the server's output goes to a log in the work folder, deleted at the end unless `--keep`.
struct CrashLoop {
    let cycles: Int
    let clients: Int
    let json: Bool
    let serverPath: String?
    let keep: String?
    /// Checks the checks: after the first cycle, claims two acknowledgements the server never gave (a
    /// fresh token with an unsent marker, and a fresh token with a stored report's marker, so the token's
    /// own case is what is missing). The run must then fail with 2 lost.
    let selfTest: Bool
    /// The server of the cycle under way, killed by Ctrl-C too so that no server outlives the loop.
    private let running = RunningServer()

    init(_ arguments: ParsedArguments) throws(Problem) {
        let quick = arguments.flag("--quick")
        json = arguments.flag("--json")
        cycles = try arguments.count("--cycles", default: quick ? 20 : 200)
        clients = try arguments.count("--clients", default: 8)
        serverPath = arguments.value("--server")
        keep = arguments.value("--keep")
        selfTest = arguments.flag("--self-test")
    }

    /// What the run found; `lost` holds the markers of lost reports (never their tokens).
    struct Totals {
        var cycles = 0
        var acknowledgedWeb = 0
        var acknowledgedAPI = 0
        var found = 0
        var lost: [String] = []
        var attempts = 0
        var records: UInt64 = 0
        var tokensTwice = 0
        var acknowledged: Int { acknowledgedWeb + acknowledgedAPI }
    }

    func run() throws {
        let server = try serverPath ?? IntakeBenchmark.siblingServer()
        let work =
            keep ?? FileManager.default.currentDirectoryPath
            + "/.build/crashloop-\(ProcessInfo.processInfo.processIdentifier)"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let data = work + "/data"
        let running = running
        let cleanUp = { @Sendable in
            running.kill()
            if keep == nil { try? FileManager.default.removeItem(atPath: work) }
        }
        defer { cleanUp() }
        let interruption = Interruption(cleanUp)
        defer { interruption.cancel() }

        let run = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let start = now()
        var totals = Totals()
        var audit: CrashAudit?
        var everyAck: [CitizenClient.Acknowledged] = []
        var tokens = Set<String>()
        for cycle in 0..<cycles {
            var acks = try runCycle(
                cycle, run: run, server: server, data: data, log: work + "/server.log", totals: &totals)
            if audit == nil {
                audit = try CrashAudit(
                    dataDirectory: data, keyFile: data + "/demo-keys/demo.candor-key", passphrase: "demo")
            }
            guard let audit else { break }
            if selfTest, cycle == 0 {
                acks.append(
                    CitizenClient.Acknowledged(token: CaseToken().grouped, marker: "CL-never-sent", channel: .api))
                if let real = acks.first {
                    acks.append(
                        CitizenClient.Acknowledged(token: CaseToken().grouped, marker: real.marker, channel: .api))
                }
            }
            totals.records = try audit.auditLedger()
            let (found, lost) = try audit.findCases(acks)
            for ack in acks {
                if !tokens.insert(ack.token).inserted { totals.tokensTwice += 1 }
                if ack.channel == .webForm { totals.acknowledgedWeb += 1 } else { totals.acknowledgedAPI += 1 }
            }
            totals.found += found
            totals.lost += lost
            totals.cycles = cycle + 1
            everyAck += acks
            if !json, (cycle + 1) % 10 == 0 || cycle + 1 == cycles {
                FileHandle.standardError.write(
                    Data(
                        ("crashloop: \(cycle + 1)/\(cycles) cycles, \(totals.acknowledged) acknowledged, "
                            + "\(totals.lost.count) lost, \(audit.duplicates) duplicated, \(totals.records) records\n")
                            .utf8))
            }
        }
        guard let audit else { throw Problem.failure("no cycle ran") }

        // Every token of the run once more, then the restarted server answers for a sample of them.
        let sweep = try audit.findCases(everyAck)
        let served = try askRestartedServer(server: server, data: data, log: work + "/server.log", sample: everyAck)
        let failed =
            !totals.lost.isEmpty || !sweep.lost.isEmpty || audit.duplicates > 0 || audit.unopenable > 0
            || totals.tokensTwice > 0 || served.missing > 0 || totals.acknowledged == 0
        report(
            [
                ("cycles", totals.cycles),
                ("acknowledged", totals.acknowledged),
                ("acknowledgedWebForm", totals.acknowledgedWeb),
                ("acknowledgedAPI", totals.acknowledgedAPI),
                ("found", totals.found),
                ("lost", totals.lost.count),
                ("foundInFinalSweep", sweep.found),
                ("lostInFinalSweep", sweep.lost.count),
                ("duplicated", audit.duplicates + totals.tokensTwice),
                ("unopenable", audit.unopenable),
                ("reportsStored", audit.markers.count),
                ("ledgerRecords", Int(totals.records)),
                ("ledgerBytes", Int(audit.ledgerBytes)),
                ("statusChecksAfterRestart", served.asked),
                ("statusMissingAfterRestart", served.missing),
                ("submissionsAttempted", totals.attempts),
                ("clients", clients),
                ("seconds", now() - start),
                ("verdict", failed ? "FAIL" : "PASS"),
            ], json: json, title: "candor-bench crashloop (\(clients) clients, SIGKILL after 0.2–1.5 s)")
        if !totals.lost.isEmpty || !sweep.lost.isEmpty {
            let markers = Array(Set(totals.lost + sweep.lost)).sorted().prefix(20)
            FileHandle.standardError.write(
                Data("crashloop: lost reports (markers): \(markers.joined(separator: " "))\n".utf8))
        }
        if failed {
            if keep == nil {
                FileHandle.standardError.write(Data("crashloop: rerun with --keep DIR to keep the data folder\n".utf8))
            }
            // Thrown, not exit(1): the work folder is removed on the way out (unless --keep).
            throw Problem.failure("crashloop verdict: FAIL")
        }
    }

    /// One cycle: start, load, SIGKILL at a random instant; returns what was acknowledged.
    private func runCycle(_ cycle: Int, run: String, server: String, data: String, log: String, totals: inout Totals)
        throws
        -> [CitizenClient.Acknowledged]
    {
        let port = try IntakeBenchmark.freePort()
        let child = try KillableServer(path: server, arguments: Self.serverArguments(data: data, port: port), log: log)
        running.set(child)
        defer { child.kill9() }
        try child.waitUntilAccepting(port: port, timeout: 60)

        let collected = Collected()
        let group = DispatchGroup()
        for index in 0..<clients {
            let citizen = CitizenClient(channel: index % 2 == 0 ? .webForm : .api, port: port)
            group.enter()
            let thread = Thread {
                var sequence = 0
                var local: [CitizenClient.Acknowledged] = []
                while !collected.stopped {
                    let marker = CrashMarker.make(run: run, cycle: cycle, client: index, sequence: sequence)
                    sequence += 1
                    if let ack = try? citizen.submit(marker: marker) {
                        local.append(ack)
                    } else if !collected.stopped {
                        Thread.sleep(forTimeInterval: 0.005)
                    }
                }
                citizen.client.disconnect()
                collected.add(local, attempts: sequence)
                group.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        Thread.sleep(forTimeInterval: Double.random(in: 0.2...1.5))
        child.kill9()
        collected.stop()
        group.wait()
        totals.attempts += collected.attempts
        return collected.acknowledged
    }

    /// After the last cycle: the server starts on the folder once more and finds up to 50 cases of the run.
    private func askRestartedServer(
        server: String, data: String, log: String, sample: [CitizenClient.Acknowledged]
    ) throws -> (asked: Int, missing: Int) {
        let port = try IntakeBenchmark.freePort()
        let child = try KillableServer(path: server, arguments: Self.serverArguments(data: data, port: port), log: log)
        running.set(child)
        defer { child.terminate() }
        try child.waitUntilAccepting(port: port, timeout: 60)
        let client = LoadClient(port: port)
        defer { client.disconnect() }
        var missing = 0
        let chosen = sample.count <= 50 ? sample : Array(sample.shuffled().prefix(50))
        for ack in chosen {
            let body = TokenBody(token: ack.token).jsonBytes
            let response = try client.send(
                LoadClient.request(
                    "POST", "/api/v1/status", port: port, headers: [("Content-Type", "application/json")], body: body))
            if response.status != 200 || !String(decoding: response.body, as: UTF8.self).contains(ack.marker) {
                missing += 1
            }
        }
        return (chosen.count, missing)
    }

    static func serverArguments(data: String, port: UInt16) -> [String] {
        [
            "--demo", "--data", data, "--listen", "127.0.0.1:\(port)", "--pow-bits", "0-0", "--min-fill-seconds", "0",
            "--intake-per-second", "1000000", "--intake-burst", "1000000", "--intake-mb-per-second", "1000000",
            "--intake-mb-burst", "1000000", "--status-records-per-second", "1000000", "--status-records-burst",
            "1000000",
        ]
    }

    /// The acknowledgements of a cycle's clients, and the flag that stops them.
    final class Collected: @unchecked Sendable {
        // @unchecked: every field is read and written under `lock`.
        private let lock = NSLock()
        private var isStopped = false
        private var acks: [CitizenClient.Acknowledged] = []
        private var attemptCount = 0

        var stopped: Bool { lock.withLock { isStopped } }
        var acknowledged: [CitizenClient.Acknowledged] { lock.withLock { acks } }
        var attempts: Int { lock.withLock { attemptCount } }

        func stop() { lock.withLock { isStopped = true } }

        func add(_ local: [CitizenClient.Acknowledged], attempts: Int) {
            lock.withLock {
                acks += local
                attemptCount += attempts
            }
        }
    }

    /// The server a Ctrl-C must kill.
    final class RunningServer: @unchecked Sendable {
        // @unchecked: `server` is read and written under `lock`.
        private let lock = NSLock()
        private var server: KillableServer?

        func set(_ server: KillableServer) { lock.withLock { self.server = server } }
        func kill() { lock.withLock { server }?.kill9() }
    }
}
