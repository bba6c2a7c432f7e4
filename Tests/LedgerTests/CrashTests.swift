import Foundation
import LedgerTesting
import TestSupport
import Testing

@testable import Ledger

/// Kills a real appending process with SIGKILL at random instants and checks, after every kill, that
/// each record it acknowledged is present and intact and that the whole log verifies.
@Suite("Crash: SIGKILL while appending", .serialized)
struct CrashTests {
    struct Ack: Hashable {
        var index: UInt64
        var pid: Int
        var appender: Int
        var sequence: Int
    }

    @Test func everyAcknowledgedRecordSurvivesSIGKILL() throws {
        let child = try BuiltProducts.path("candor-bench")
        let cycles = Int(ProcessInfo.processInfo.environment["CANDOR_CRASH_CYCLES"] ?? "") ?? 50
        var random = SplitMix64(seed: 0xC4A5_4ED0)
        var totalAcks = 0
        var dir = TemporaryDirectory()
        var ackedHere: [UInt64: Ack] = [:]
        for cycle in 0..<cycles {
            // A fresh ledger every 10 cycles keeps the debug-build reopen fast; within a ledger each
            // restart recovers everything the previous kills left behind, across many segments.
            if cycle % 10 == 0 {
                dir = TemporaryDirectory("crash\(cycle)")
                ackedHere = [:]
            }
            let path = dir.child("log")
            let acks = try runAndKill(child, path: path, afterMillis: 2 + Int(random.next() % 60))
            for ack in acks {
                #expect(ackedHere[ack.index] == nil, "index \(ack.index) acknowledged twice")
                ackedHere[ack.index] = ack
            }
            totalAcks += acks.count

            let ledger = try Ledger.open(at: path)
            defer { ledger.close() }
            for ack in acks {
                let record = try ledger.record(at: ack.index)
                #expect(
                    record.payload == CrashPayload.make(pid: ack.pid, appender: ack.appender, sequence: ack.sequence),
                    "cycle \(cycle): record \(ack.index) does not hold what was acknowledged")
            }
            if let highest = ackedHere.keys.max() { #expect(ledger.count > highest) }
            let report = try ledger.verify()
            #expect(report.records == ledger.count)
        }
        #expect(totalAcks > cycles, "the child acknowledged too little to test anything (\(totalAcks) acks)")
    }

    /// Starts the child, lets it append for `afterMillis` once it is ready, kills it, returns its acks.
    private func runAndKill(_ child: String, path: String, afterMillis: Int) throws -> [Ack] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: child)
        process.arguments = ["crash-child", "--dir", path, "--appenders", "8", "--segment-size", "65536"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        let reader = output.fileHandleForReading
        while !text.contains("ready") {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        usleep(useconds_t(afterMillis * 1000))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        text += String(decoding: reader.readDataToEndOfFile(), as: UTF8.self)
        #expect(text.contains("ready"), "the child did not start: \(text.prefix(200))")
        #expect(process.terminationReason == .uncaughtSignal)
        // Only complete lines count: the kill may cut the last one.
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count == 5, fields[0] == "ack", let index = UInt64(fields[1]), let pid = Int(fields[2]),
                let appender = Int(fields[3]), let sequence = Int(fields[4])
            else { return nil }
            return Ack(index: index, pid: pid, appender: appender, sequence: sequence)
        }
    }
}
