import Ledger

/// A free-disk reserve: while the data folder's file system has less free space than this, the citizen
/// site refuses new writes with a 503 (page or `disk_full`) before it writes anything.
///
/// A log write that fails for want of space is fatal (the ledger never retries a failed write or fsync,
/// and the server stops), so the site refuses a write while it can still be refused cleanly: when the
/// free space, less the request's body, would fall below the reserve. What is left of the reserve
/// serves what must still be written: inspectors' events, outcomes and signed checkpoints, which the
/// reserve does not refuse. Reads never write, and go on.
public struct DiskReserve: Sendable {
    /// The bytes to keep free.
    public var reserveBytes: UInt64
    /// The free bytes now, or nil when they cannot be known (then writes are not refused: the ledger's
    /// own failure handling still keeps every acknowledged record).
    public var freeBytes: @Sendable () -> UInt64?

    public init(reserveBytes: UInt64, freeBytes: @escaping @Sendable () -> UInt64?) {
        self.reserveBytes = reserveBytes
        self.freeBytes = freeBytes
    }

    /// The reserve on the file system that holds `path`, measured with statvfs at every write.
    public static func statvfs(path: String, reserveBytes: UInt64) -> DiskReserve {
        DiskReserve(reserveBytes: reserveBytes) { try? FreeSpace.availableBytes(at: path) }
    }

    /// No reserve: every write is let through (tests and embedders that manage space themselves).
    public static let none = DiskReserve(reserveBytes: 0) { nil }

    /// Whether a write of about `bytes` keeps the reserve free.
    public func admits(bytes: Int) -> Bool {
        guard reserveBytes > 0, let free = freeBytes() else { return true }
        let (needed, overflow) = reserveBytes.addingReportingOverflow(UInt64(max(0, bytes)))
        return !overflow && free >= needed
    }
}
