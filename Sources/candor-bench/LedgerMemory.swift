import Commands
import Foundation
import Ledger
import Sodium

/// `candor-bench ledger-memory`: how a live ledger's resident memory grows with its records.
///
/// The server soak test needs the process's RSS flat over hours of appends, so the ledger must not keep
/// per-record data in memory. This appends `--records` records of about 1.3 KB, each indexed under one
/// 33-byte key shaped like the intake log's ("T" + a 32-byte case tag), and reports the RSS after 10 %
/// of them, at half and at the end: the growth between them, per record, is what a long-running server
/// pays. It then times random `records(forKey:)` lookups and `record(at:)` reads on the full ledger.
struct LedgerMemory {
    let json: Bool
    let records: Int
    let recordBytes = 1_300
    /// Records in flight at once: enough for group commit to batch, as a busy server's would.
    let window = 2_048

    init(_ arguments: ParsedArguments) throws(Problem) {
        json = arguments.flag("--json")
        records = try arguments.count("--records", default: 600_000)
    }

    func run() throws {
        let directory = NSTemporaryDirectory() + "candor-ledger-memory-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: directory)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var options = Ledger.Options()
        // Byte 0 is the key's kind, bytes 1…32 the tag: the record's first 33 bytes, as in the intake log.
        options.indexKeys = { record in record.payload.count >= 33 ? [Array(record.payload[0..<33])] : [] }
        let ledger = try Ledger.open(at: directory, options: options)
        defer { ledger.close() }

        let warmUp = max(1, records / 10)
        let half = max(warmUp, records / 2)
        let start = now()
        try append(0..<warmUp, to: ledger)
        let rssAfterWarmUp = residentBytes()
        try append(warmUp..<half, to: ledger)
        let rssAtHalf = residentBytes()
        try append(half..<records, to: ledger)
        let elapsed = now() - start
        let rssAtEnd = residentBytes()
        guard ledger.count == UInt64(records) else {
            throw Problem.failure("appended \(ledger.count) of \(records) records")
        }

        let lookups = try timeLookups(ledger)
        let reads = try timeReads(ledger)
        let growth = Double(rssAtEnd - rssAfterWarmUp) / Double(max(1, records - warmUp))
        // The second half alone: the allocator's own warm-up (its heap settling to the batch buffers'
        // sizes) is over by then, so what remains is what the ledger keeps per record.
        let lateGrowth = Double(rssAtEnd - rssAtHalf) / Double(max(1, records - half))
        report(
            [
                ("records", records),
                ("recordBytes", recordBytes),
                ("rssAfterTenPercentMegabytes", Double(rssAfterWarmUp) / 1_048_576),
                ("rssAtHalfMegabytes", Double(rssAtHalf) / 1_048_576),
                ("rssAtEndMegabytes", Double(rssAtEnd) / 1_048_576),
                ("growthBytesPerRecord", growth),
                ("secondHalfGrowthBytesPerRecord", lateGrowth),
                ("appendsPerSecond", Double(records) / elapsed),
                ("lookupP50Micros", lookups.p50),
                ("lookupP99Micros", lookups.p99),
                ("readP50Micros", reads.p50),
                ("readP99Micros", reads.p99),
            ], json: json, title: "candor-bench ledger-memory (\(records) records of \(recordBytes) bytes)")
    }

    /// The payload of record `i`: a key unique to the record, then filler.
    private func payload(_ i: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0x5A, count: recordBytes)
        bytes[0] = UInt8(ascii: "T")
        withUnsafeBytes(of: UInt64(i).littleEndian) { bytes.replaceSubrange(1..<9, with: $0) }
        let mixed = UInt64(i) &* 0x9E37_79B9_7F4A_7C15
        withUnsafeBytes(of: mixed.littleEndian) { bytes.replaceSubrange(9..<17, with: $0) }
        return bytes
    }

    /// Appends records `range` with up to `window` in flight, and waits for all of them.
    private func append(_ range: Range<Int>, to ledger: Ledger) throws {
        let slots = DispatchSemaphore(value: window)
        let done = DispatchGroup()
        let failures = LatencyTable(appenders: 1)
        for i in range {
            slots.wait()
            done.enter()
            ledger.append(type: 1, payload: payload(i)) { result in
                if case .failure = result { failures.add([1], to: 0) }
                slots.signal()
                done.leave()
            }
        }
        done.wait()
        guard failures.all().isEmpty else { throw Problem.failure("appends failed") }
    }

    /// p50 and p99, in microseconds, of 1,000 lookups of random existing keys.
    private func timeLookups(_ ledger: Ledger) throws -> (p50: Double, p99: Double) {
        var times: [Double] = []
        for _ in 0..<1_000 {
            let i = Int.random(in: 0..<records)
            let key = Array(payload(i)[0..<33])
            let t0 = now()
            let found = ledger.records(forKey: key)
            times.append((now() - t0) * 1e6)
            guard found == [UInt64(i)] else {
                throw Problem.failure("records(forKey:) of record \(i) gave \(found)")
            }
        }
        return (percentile(times, 50), percentile(times, 99))
    }

    /// p50 and p99, in microseconds, of 1,000 reads of random records.
    private func timeReads(_ ledger: Ledger) throws -> (p50: Double, p99: Double) {
        var times: [Double] = []
        for _ in 0..<1_000 {
            let i = UInt64.random(in: 0..<UInt64(records))
            let t0 = now()
            let record = try ledger.record(at: i)
            times.append((now() - t0) * 1e6)
            guard record.index == i else { throw Problem.failure("record(at: \(i)) is wrong") }
        }
        return (percentile(times, 50), percentile(times, 99))
    }
}
