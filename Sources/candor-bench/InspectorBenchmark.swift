import Casework
import Commands
import Foundation
import InspectorWorkspace
import Keys
import Unlocking

#if canImport(Glibc)
    import Glibc
#endif

/// `candor-bench inspector --cases N`: an inspector's tool over a log of N cases. The log is built
/// in-process (``InspectorLog``), served by the real candor-server on a loopback port, and the real
/// candor-inspect runs against it as a child, timed and with its peak resident set read by wait4:
/// the first sync (which also builds the case index), the first page of `list` by deadline, `show` (with
/// the passphrase, then after `candor-inspect unlock` as an inspector's day goes), the first filter on a
/// report's field (which opens the reports the sync left sealed), and the index rebuilt from the mirror
/// after it is deleted.
struct InspectorBenchmark {
    let json: Bool
    let cases: Int
    let serverPath: String?
    let keep: String?

    init(_ arguments: ParsedArguments) throws(Problem) {
        json = arguments.flag("--json")
        cases = try arguments.count("--cases", default: 10_000)
        serverPath = arguments.value("--server")
        keep = arguments.value("--dir")
    }

    func run() throws {
        let server = try serverPath ?? IntakeBenchmark.siblingServer()
        let inspect = (server as NSString).deletingLastPathComponent + "/candor-inspect"
        let directory = keep ?? FileManager.default.currentDirectoryPath + "/.build/bench-inspector-\(getpid())"
        let log = InspectorLog(directory: directory, cases: cases)
        let built = FileManager.default.fileExists(atPath: log.keys + "/log.key")
        if !built {
            try? FileManager.default.removeItem(atPath: directory)
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        defer { if keep == nil { try? FileManager.default.removeItem(atPath: directory) } }
        let buildStart = now()
        if !built {
            var shown = 0
            try log.build { filed in
                guard filed * 20 / cases > shown else { return }
                shown = filed * 20 / cases
                say("built \(filed) of \(cases) reports")
            }
        }
        let buildSeconds = now() - buildStart

        let port = try IntakeBenchmark.freePort()
        let child = try KillableServer(
            path: server,
            arguments: ["--data", log.data, "--keys", log.keys, "--listen", "127.0.0.1:\(port)"],
            log: directory + "/server.log")
        defer { child.terminate() }
        try child.waitUntilAccepting(port: port, timeout: 120)

        let mirror = directory + "/mirror"
        try? FileManager.default.removeItem(atPath: mirror)
        let common = ["--key", log.memberKeyFile, "--keys", log.keys, "--mirror", mirror]
        var peak = 0
        func tool(_ arguments: [String], passphrase: Bool = true) throws -> Double {
            let run = try Child.run(
                inspect, [arguments[0]] + common + arguments.dropFirst(), output: directory + "/inspect.out",
                environment: (passphrase ? ["CANDOR_PASSPHRASE=\(InspectorLog.passphrase)"] : []) + ["NO_COLOR=1"])
            guard run.status == 0 else {
                let said = (try? String(contentsOfFile: directory + "/inspect.out", encoding: .utf8)) ?? ""
                throw Problem.failure("candor-inspect \(arguments[0]) failed (\(run.status)):\n\(said.suffix(2000))")
            }
            peak = max(peak, run.peakResidentBytes)
            return run.seconds
        }
        let sync = try tool(["sync", "--server", "http://127.0.0.1:\(port)"])
        // The unlocking of the key file (Argon2id, interactive limits) is in every command: whoami is only that.
        let unlock = median(
            try (0..<3).map { _ in
                try Child.run(
                    inspect, ["whoami", "--key", log.memberKeyFile, "--keys", log.keys],
                    output: directory + "/inspect.out",
                    environment: ["CANDOR_PASSPHRASE=\(InspectorLog.passphrase)"]
                ).seconds
            })
        let list = median(try (0..<3).map { _ in try tool(["list", "--json", "--limit", "50"]) })
        let ids = try caseIDs(listedIn: directory + "/inspect.out").prefix(5)
        let showsLocked = try ids.map { try tool(["show", String($0), "--json"]) }
        // As the inspector starts a day: one unlock, then every show opens the key file with the key kept in
        // the kernel keyring (no Argon2id), and without CANDOR_PASSPHRASE, so that a show that fell back to
        // the passphrase would fail here rather than be timed.
        try keyring("unlock", inspect: inspect, keyFile: log.memberKeyFile, output: directory + "/inspect.out")
        defer { try? keyring("lock", inspect: inspect, keyFile: log.memberKeyFile, output: directory + "/inspect.out") }
        let shows = try ids.map { try tool(["show", String($0), "--json"], passphrase: false) }
        try keyring("lock", inspect: inspect, keyFile: log.memberKeyFile, output: directory + "/inspect.out")
        let inbox = try inboxSeconds(keys: log.keys, mirror: mirror, keyFile: log.memberKeyFile)
        // The sync left the reports sealed: the first filter on a report's field opens them all, once.
        let opening = try tool(["list", "--json", "--limit", "50", "--province", "ha-noi"])
        try FileManager.default.removeItem(atPath: mirror + "/index")
        let rebuild = try tool(["list", "--json", "--limit", "50"])
        report(
            [
                ("cases", cases), ("buildSeconds", buildSeconds), ("syncSeconds", sync), ("listSeconds", list),
                ("showMillis", median(shows) * 1000), ("showLockedMillis", median(showsLocked) * 1000),
                ("unlockMillis", unlock * 1000), ("inboxMillis", inbox * 1000), ("reportsOpenedSeconds", opening),
                ("indexRebuildSeconds", rebuild), ("peakRSSMegabytes", Double(peak) / 1_048_576),
                ("loadAverage", loadAverage()),
            ], json: json, title: "candor-bench inspector (\(cases) cases, 3 units)")
    }

    /// `candor-inspect unlock` (for 10 minutes) or `lock` of the member's key file.
    func keyring(_ command: String, inspect: String, keyFile: String, output: String) throws {
        let run = try Child.run(
            inspect, [command, "--key", keyFile] + (command == "unlock" ? ["--for", "10m"] : []), output: output,
            environment: ["CANDOR_PASSPHRASE=\(InspectorLog.passphrase)"])
        guard run.status == 0 else {
            let said = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            throw Problem.failure("candor-inspect \(command) failed (\(run.status)): \(said.suffix(2000))")
        }
    }

    /// The workbench inbox's first page, as `candor-inspect serve` makes it once unlocked and with no
    /// order kept yet (the first visit, or the first after a sync): the counts, the order of every case by
    /// deadline, the first 50 rows and the reminders' rows. In-process, with the workspace opened once as the workbench holds it.
    func inboxSeconds(keys: String, mirror: String, keyFile: String) throws -> Double {
        let key = try KeyFile.open(
            try KeyFile.read(path: keyFile), passphrase: Passphrase.bytes(InspectorLog.passphrase), path: keyFile)
        let workspace = try Workspace.open(
            key: key, oldKeys: [], keysDirectory: keys, mirrorDirectory: mirror, today: CalendarDay(Date()))
        return median(
            try (0..<3).map { _ in
                let start = now()
                let order = try CaseListing.Order(workspace, filter: CaseListing.Filter(), reminderDays: 3)
                let listing = try CaseListing(workspace, order: order, offset: 0, limit: 50)
                guard !listing.rows.isEmpty else { throw Problem.failure("the inbox showed no case") }
                // The reminders above the first page: the head of the same order, at most 100 cases.
                _ = try CaseListing(workspace, order: order, offset: 0, limit: min(order.reminderCount, 100))
                return now() - start
            })
    }

    /// The case ids of a `list --json` output, every tenth of the page.
    func caseIDs(listedIn path: String) throws -> [Int] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let ids = (object?["cases"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
        guard !ids.isEmpty else { throw Problem.failure("list showed no case") }
        return stride(from: 0, to: ids.count, by: 10).map { ids[$0] }
    }

    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    func say(_ text: String, ending: String = "\n") {
        FileHandle.standardError.write(Data((text + ending).utf8))
    }

    func loadAverage() -> Double {
        var loads = [Double](repeating: 0, count: 3)
        return getloadavg(&loads, 3) > 0 ? loads[0] : 0
    }
}

/// A child process run to its end: its wall time, exit status and peak resident set (wait4's rusage).
enum Child {
    struct Run {
        let seconds: Double
        let status: Int32
        let peakResidentBytes: Int
    }

    static func run(_ path: String, _ arguments: [String], output: String, environment: [String]) throws -> Run {
        let start = now()
        let child = try KillableServer.spawn(
            path, arguments, output: output, environment: environment + ["PATH=/usr/bin:/bin"])
        var status: Int32 = 0
        var usage = rusage()
        while wait4(child, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = now() - start
        // ru_maxrss is in kilobytes on Linux.
        return Run(seconds: seconds, status: (status >> 8) & 0xFF, peakResidentBytes: Int(usage.ru_maxrss) * 1024)
    }
}
