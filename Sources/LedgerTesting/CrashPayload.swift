/// The payload of record (pid, appender, sequence) in the crash tests: a readable prefix, then bytes
/// derived from it, with a length that varies so records straddle pages and segment boundaries.
///
/// candor-bench's crash child writes these records and the Ledger's crash tests check them, so both
/// read this one definition.
public enum CrashPayload {
    public static func make(pid: Int, appender: Int, sequence: Int) -> [UInt8] {
        let prefix = Array("crash \(pid) \(appender) \(sequence)|".utf8)
        let length = 16 + (sequence &* 7919 &+ appender &* 104_729) % 3000
        var bytes = prefix
        bytes.reserveCapacity(prefix.count + length)
        for i in 0..<length { bytes.append(UInt8(truncatingIfNeeded: (i &* 31) ^ (sequence &+ appender))) }
        return bytes
    }
}
