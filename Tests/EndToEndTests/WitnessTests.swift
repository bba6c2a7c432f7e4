import API
import Foundation
import TestSupport
import Testing
import Transparency

#if canImport(Glibc)
    import Glibc
#endif

/// A `candor-audit witness` process on a free loopback port.
final class WitnessProcess {
    let process = Process()
    let stdout: OutputCapture
    let stderr: OutputCapture
    let url: String
    let publicKeyFile: String
    let state: String

    /// Makes the key (once) and starts the witness of the logs whose key files are `logs`.
    init(name: String, folder: String, logs: [String]) throws {
        let key = folder + "/\(name).key"
        publicKeyFile = key + ".pub"
        state = folder + "/\(name)-state"
        if !FileManager.default.fileExists(atPath: key) {
            let made = try Binaries.run(
                "candor-audit", ["witness-keygen", "--name", "\(name).example/witness", "--out", key], in: folder)
            guard made.status == 0 else { throw Binaries.TestFailure("witness-keygen: \(made.stderr)") }
        }
        process.executableURL = URL(fileURLWithPath: try BuiltProducts.path("candor-audit"))
        process.arguments =
            ["witness", "--key", key, "--listen", "127.0.0.1:0", "--state", state] + logs.flatMap { ["--log", $0] }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        stdout = OutputCapture(out)
        stderr = OutputCapture(err)
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while !stdout.text.contains("is listening on http://"), process.isRunning, Date() < deadline {
            usleep(20_000)
        }
        guard let range = stdout.text.range(of: "is listening on ") else {
            throw Binaries.TestFailure("the witness did not start: \(stdout.text) \(stderr.text)")
        }
        url = String(stdout.text[range.upperBound...].prefix { $0 != "\n" })
    }

    var verifierKey: String {
        (try? String(contentsOfFile: publicKeyFile, encoding: .utf8))?.trimmingCharacters(in: .newlines) ?? ""
    }

    func evidence() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: state + "/evidence")) ?? [] }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    deinit { stop() }
}

/// Issue 16's witnesses, with the real binaries: three `candor-audit witness` processes and a quorum of
/// two cosign candor-server's outcomes log; candor-audit checks the quorum; a fork gets no cosignature.
@Suite("End to end: witnesses cosign the outcomes log", .serialized)
final class WitnessTests {
    let base = try! AuditTests()
    var witnesses: [WitnessProcess] = []

    deinit { base.stop() }

    func startWitnesses(intakeToo: Bool = false) throws {
        let logs = [base.keys + "/outcomes.key"] + (intakeToo ? [base.keys + "/log.key"] : [])
        witnesses = try (1...3).map { try WitnessProcess(name: "w\($0)", folder: base.folder, logs: logs) }
    }

    func writePolicy(_ shortOfQuorum: String, urls: [String]? = nil) throws {
        try FileManager.default.createDirectory(atPath: base.keys + "/witnesses", withIntermediateDirectories: true)
        let lines =
            zip(witnesses, urls ?? witnesses.map(\.url)).map { "witness \($0.verifierKey) \($1)" } + [
                "quorum 2", "short-of-quorum \(shortOfQuorum)",
            ]
        try (lines.joined(separator: "\n") + "\n").write(
            toFile: base.keys + "/witnesses/policy", atomically: true, encoding: .utf8)
    }

    /// The served checkpoint once it carries `count` verified cosignatures (10 s at most), and its size.
    func checkpoint(cosignedBy count: Int) throws -> (note: String, cosignatures: Int) {
        let client = HTTPClient(server: try HTTPClient.ServerURL(base.url))
        let policy = try WitnessPolicy(
            witnesses: witnesses.map { try CosignatureVerifier(verifierKey: $0.verifierKey) }, quorum: 0)
        var last = ("", 0)
        let deadline = Date().addingTimeInterval(10)
        repeat {
            let response = try client.send(method: "GET", target: "/checkpoint")
            let note = String(decoding: response.body, as: UTF8.self)
            let found = response.status == 200 ? try policy.check(SignedNote(parsing: note)).count : -1
            last = (note, found)
            if found >= count { break }
            usleep(100_000)
        } while Date() < deadline
        return last
    }

    func audit(quorum: Int = 2) throws -> Transcript {
        try base.audit(extra: witnesses.flatMap { ["--witness", $0.publicKeyFile] } + ["--quorum", "\(quorum)"])
    }

    @Test func aQuorumCosignsAndADownWitnessStopsNothing() throws {
        // A first start makes the intake log's key (Keys/log.key), which the witnesses are then given.
        try base.start()
        base.stop()
        try startWitnesses(intakeToo: true)
        try writePolicy("publish")
        try base.publish(3)
        try base.start()
        #expect(try checkpoint(cosignedBy: 3).cosignatures == 3)
        let passed = try audit()
        #expect(passed.status == 0, "\(passed.stderr)")
        // The intake log is witnessed too: each witness holds a checkpoint of both logs.
        let deadline = Date().addingTimeInterval(10)
        func heldLogs(_ witness: WitnessProcess) -> Int {
            ((try? FileManager.default.contentsOfDirectory(atPath: witness.state + "/logs")) ?? []).count
        }
        while witnesses.contains(where: { heldLogs($0) < 2 }), Date() < deadline { usleep(100_000) }
        #expect(witnesses.map(heldLogs) == [2, 2, 2])

        // One witness down: the other two still make the quorum.
        witnesses[2].stop()
        base.stop()
        try base.publish(2)
        try base.start()
        let (note, count) = try checkpoint(cosignedBy: 2)
        #expect(count == 2 && note.hasPrefix(AuditTests.origin + "\n5\n"), "\(note)")
        #expect(try audit().status == 0)

        // Two down, published short of the quorum: the auditor refuses it.
        witnesses[1].stop()
        base.stop()
        try base.publish(1)
        try base.start()
        // Intake never waits for the witnesses: a report is acknowledged at once.
        let port = try #require(base.url.split(separator: ":").last.flatMap { UInt16($0) })
        let started = Date()
        try Binaries.report(port: port, account: "Tôi bị đòi tiền khi đổi giấy phép lái xe.", agency: "Phòng CSGT")
        #expect(Date().timeIntervalSince(started) < 5)
        // A receipt fetched once the witness still up has cosigned the intake log's checkpoint carries its line.
        let w1 = try CosignatureVerifier(verifierKey: witnesses[0].verifierKey)
        var receipt = ""
        let receiptDeadline = Date().addingTimeInterval(10)
        repeat {
            receipt = String(
                decoding: try HTTPClient(server: HTTPClient.ServerURL(base.url)).send(
                    method: "GET", target: "/receipt/0"
                )
                .body, as: UTF8.self)
            let note = receipt.components(separatedBy: "\n\n").dropFirst().joined(separator: "\n\n")
            if let parsed = try? SignedNote(parsing: note),
                (try? WitnessPolicy(witnesses: [w1], quorum: 1).check(parsed)) != nil
            {
                break
            }
            usleep(100_000)
        } while Date() < receiptDeadline
        #expect(receipt.contains("\u{2014} \(w1.name) "), "\(receipt)")
        let (short, one) = try checkpoint(cosignedBy: 1)
        #expect(one == 1 && short.hasPrefix(AuditTests.origin + "\n6\n"))
        let refused = try audit()
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("UNWITNESSED CHECKPOINT:"), "\(refused.stderr)")
        #expect(try audit(quorum: 1).status == 0)

        // Withheld short of the quorum: the last witnessed checkpoint (kept on disk across the restart) is
        // served, and the proofs and the JSON use it too.
        base.stop()
        try writePolicy("withhold")
        try base.start()
        let client = HTTPClient(server: try HTTPClient.ServerURL(base.url))
        let (withheld, two) = try checkpoint(cosignedBy: 2)
        #expect(two == 2 && withheld.hasPrefix(AuditTests.origin + "\n5\n"), "\(withheld)")
        let json = String(decoding: try client.send(method: "GET", target: "/api/v1/outcomes").body, as: UTF8.self)
        #expect(json.contains("\"size\":5"), "\(json.prefix(200))")
        #expect(
            try client.send(method: "GET", target: "/outcomes/\(String(format: "%016x", 0xA000 + 6))/proof").status
                == 503)
    }

    @Test func aWitnessThatNeverAnswersDelaysNothingButItsOwnCosignature() throws {
        try startWitnesses()
        // A port that accepts connections (the kernel's backlog) and never answers.
        let silent = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(silent) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(silent, $0, length) }
        }
        listen(silent, 16)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(silent, $0, &length) }
        }
        let port = UInt16(bigEndian: address.sin_port)
        try writePolicy("withhold", urls: [witnesses[0].url, witnesses[1].url, "http://127.0.0.1:\(port)"])
        try base.publish(2)
        try base.start()
        let serverPort = try #require(base.url.split(separator: ":").last.flatMap { UInt16($0) })
        let started = Date()
        try Binaries.report(
            port: serverPort, account: "Tôi bị đòi tiền khi đổi giấy phép lái xe.", agency: "Phòng CSGT")
        #expect(Date().timeIntervalSince(started) < 3, "intake waited for the witnesses")
        // The two that answer make the quorum without waiting for the silent one's 5 s timeout.
        let (note, count) = try checkpoint(cosignedBy: 2)
        #expect(count == 2 && note.hasPrefix(AuditTests.origin + "\n2\n"), "\(note)")
        #expect(Date().timeIntervalSince(started) < 4.5)
    }

    @Test func aForkedLogGetsNoCosignatureAndTheAuditorSaysSo() throws {
        try startWitnesses()
        try writePolicy("publish")
        try base.publish(3)
        try base.copy(base.data, to: base.folder + "/backup")
        try base.publish(2)
        try base.start()
        #expect(try checkpoint(cosignedBy: 3).cosignatures == 3)
        base.stop()
        // The operator signs another history of the same size with the same key.
        try base.copy(base.folder + "/backup", to: base.data)
        try base.publish(2, summary: "Một lịch sử khác")
        try base.start()
        let deadline = Date().addingTimeInterval(10)
        while witnesses.contains(where: { $0.evidence().isEmpty }), Date() < deadline { usleep(100_000) }
        let (forked, count) = try checkpoint(cosignedBy: 0)
        #expect(count == 0 && forked.hasPrefix(AuditTests.origin + "\n5\n"))
        let refused = try base.audit(
            extra: witnesses.flatMap { ["--witness", $0.publicKeyFile] } + [
                "--quorum", "2", "--state", base.folder + "/fresh",
            ])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("UNWITNESSED CHECKPOINT:"), "\(refused.stderr)")
        for witness in witnesses {
            #expect(witness.evidence().count == 1, "\(witness.stderr.text)")
            #expect(witness.stderr.text.contains("FORK"))
        }
    }
}
