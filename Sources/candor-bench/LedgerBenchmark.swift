import Commands
import Foundation
import Ledger
import LedgerTesting
import Sodium
import System

/// `candor-bench ledger`: durable append throughput and latency with concurrent appenders, then
/// recovery and full verification of a large log, each next to a baseline measured in the same run.
struct LedgerBenchmark {
    let json: Bool
    let appends: Int
    let appenders: Int
    let recordBytes: Int
    let recoveryRecords: Int
    let directory: String

    init(_ arguments: ParsedArguments) throws(Problem) {
        json = arguments.flag("--json")
        appends = try arguments.count("--appends", default: 100_000)
        appenders = try arguments.count("--appenders", default: 64)
        recordBytes = try arguments.count("--record-bytes", default: 1024)
        recoveryRecords = try arguments.count("--recovery-records", default: 1_000_000)
        directory = arguments.value("--dir") ?? FileManager.default.currentDirectoryPath + "/.build/bench-ledger"
    }

    func run() throws {
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }

        let rawSyncs = try rawFsyncsPerSecond()
        let append = try measureAppends()
        let recovery = try measureRecovery()
        let hashFloor = hashSecondsPerMillionRecords()
        report(
            [
                ("appendsPerSecond", append.perSecond),
                ("p50Millis", append.p50),
                ("p99Millis", append.p99),
                ("recordBytes", recordBytes),
                ("appenders", appenders),
                ("appends", appends),
                ("recordsPerFsync", append.recordsPerSync),
                ("rawFsyncsPerSecond", rawSyncs),
                ("recoverSecondsPerMillionRecords", recovery.recover),
                ("recoverScanSecondsPerMillionRecords", recovery.scan),
                ("recoverTreeSecondsPerMillionRecords", recovery.tree),
                ("verifySecondsPerMillionRecords", recovery.verify),
                ("recoveryRecords", recoveryRecords),
                ("blake2bFloorSecondsPerMillionRecords", hashFloor),
                ("recoverToBlake2bFloorRatio", recovery.recover / hashFloor),
                ("peakRSSMegabytes", Double(peakResidentBytes()) / 1_048_576),
            ], json: json, title: "candor-bench ledger (\(appenders) appenders, \(recordBytes)-byte records)")
    }

    /// The disk's own pace: one writer, 64 KiB written and fdatasync'ed in a loop for one second.
    private func rawFsyncsPerSecond() throws -> Double {
        let path = directory + "/raw-fsync"
        guard let fd = try? FileDescriptor.open(path, [.writeOnly, .create, .truncate]).release() else {
            throw Problem.failure("cannot create \(path)")
        }
        defer {
            FileDescriptor.close(fd)
            Directory.removeFile(path)
        }
        let block = [UInt8](repeating: 0x5A, count: 64 << 10)
        let start = now()
        var count = 0
        while now() - start < 1 {
            try? FileDescriptor.write(fd, all: block, path: path)
            try? FileDescriptor.dataSync(fd, path: path)
            count += 1
        }
        return Double(count) / (now() - start)
    }

    private struct AppendFigures {
        var perSecond: Double
        var p50: Double
        var p99: Double
        var recordsPerSync: Double
    }

    /// `appenders` threads each append their share, one record at a time, waiting for durability.
    private func measureAppends() throws -> AppendFigures {
        let counting = FaultInjectingFileSystem { _, _, _ in nil }
        var options = Ledger.Options()
        options.fileSystem = counting
        let ledger = try Ledger.open(at: directory + "/append", options: options)
        defer { ledger.close() }
        let perAppender = max(1, appends / appenders)
        let latencies = LatencyTable(appenders: appenders)
        let failures = LatencyTable(appenders: 1)
        let record = [UInt8](repeating: 0xA5, count: recordBytes)
        let syncsBefore = counting.count(of: .fsync)
        let group = DispatchGroup()
        let start = now()
        for appender in 0..<appenders {
            group.enter()
            let thread = Thread {
                var mine = [Double]()
                mine.reserveCapacity(perAppender)
                for _ in 0..<perAppender {
                    let t0 = now()
                    do {
                        _ = try ledger.appendAndWait(type: 1, payload: record)
                    } catch {
                        failures.add([1], to: 0)
                        break
                    }
                    mine.append((now() - t0) * 1000)
                }
                latencies.add(mine, to: appender)
                group.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        group.wait()
        let elapsed = now() - start
        let all = latencies.all()
        guard failures.all().isEmpty else { throw Problem.failure("appends failed") }
        let syncs = max(1, counting.count(of: .fsync) - syncsBefore)
        return AppendFigures(
            perSecond: Double(all.count) / elapsed, p50: percentile(all, 50), p99: percentile(all, 99),
            recordsPerSync: Double(all.count) / Double(syncs))
    }

    /// Fills a log with `recoveryRecords` records, then times a fresh open (recovery) and a full verify.
    private func measureRecovery() throws -> (recover: Double, verify: Double, scan: Double, tree: Double) {
        let path = directory + "/recover"
        let filling = try Ledger.open(at: path)
        let window = DispatchSemaphore(value: 8192)
        let done = DispatchGroup()
        let producers = 2
        let share = recoveryRecords / producers
        for producer in 0..<producers {
            done.enter()
            Thread {
                var record = [UInt8](repeating: 0, count: recordBytes)
                for i in 0..<(producer == 0 ? recoveryRecords - share * (producers - 1) : share) {
                    record[0] = UInt8(truncatingIfNeeded: i)
                    record[1] = UInt8(truncatingIfNeeded: i >> 8)
                    window.wait()
                    done.enter()
                    filling.append(type: 1, payload: record) { _ in
                        window.signal()
                        done.leave()
                    }
                }
                done.leave()
            }.start()
        }
        done.wait()
        guard filling.count == UInt64(recoveryRecords) else {
            throw Problem.failure("filled \(filling.count) of \(recoveryRecords) records")
        }
        filling.close()

        let t0 = now()
        let ledger = try Ledger.open(at: path)
        let recover = now() - t0
        guard ledger.count == UInt64(recoveryRecords) else {
            throw Problem.failure("recovered \(ledger.count) of \(recoveryRecords) records")
        }
        let t1 = now()
        _ = try ledger.verify()
        let verify = now() - t1
        ledger.close()
        let scale = 1_000_000 / Double(recoveryRecords)
        return (
            recover * scale, verify * scale, ledger.recovery.scanSeconds * scale, ledger.recovery.treeSeconds * scale
        )
    }

    /// Baseline: one core computing the BLAKE2b chain over the same records, from memory.
    private func hashSecondsPerMillionRecords() -> Double {
        let count = min(recoveryRecords, 200_000)
        let record = [UInt8](repeating: 0x33, count: recordBytes + 48)
        var previous = [UInt8](repeating: 0, count: 32)
        let start = now()
        for _ in 0..<count {
            var hash = GenericHash()
            hash.update(previous)
            hash.update(record)
            previous = hash.finalize()
        }
        return (now() - start) * 1_000_000 / Double(count)
    }
}

/// Per-thread latency lists, merged at the end.
final class LatencyTable: @unchecked Sendable {
    private let lock = NSLock()
    private var tables: [[Double]]
    init(appenders: Int) { tables = Array(repeating: [], count: appenders) }
    func add(_ values: [Double], to slot: Int) { lock.withLock { tables[slot] += values } }
    func all() -> [Double] { lock.withLock { tables.flatMap { $0 } } }
}

/// Peak resident set size (VmHWM) in bytes.
func peakResidentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return 0 }
    let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    return kilobytes * 1024
}
