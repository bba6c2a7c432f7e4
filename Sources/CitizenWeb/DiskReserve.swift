import Ledger
import System
import Web

/// A free-disk reserve: while the data folder's file system has less free space than this, the citizen
/// site refuses new writes with a 503 (page or `disk_full`) before it writes anything.
///
/// A log write that fails for want of space is fatal (the ledger never retries a failed write or fsync,
/// and the server stops), so the site refuses a write while it can still be refused cleanly: when the
/// free space, less the bodies of the writes in flight and of this one, would fall below the reserve.
/// A write holds its body's bytes (``claim(bytes:)``) until it has ended (``release(_:)``), so writes
/// admitted together cannot take the disk past the reserve between them. What is left of the reserve
/// serves what must still be written: inspectors' events, outcomes and signed checkpoints, which the
/// reserve does not refuse. Reads never write, and go on.
public final class DiskReserve: Sendable {
    /// The bytes to keep free.
    public let reserveBytes: UInt64
    /// The free bytes now, or nil when they cannot be known (then writes are not refused: the ledger's
    /// own failure handling still keeps every acknowledged record).
    private let freeBytes: @Sendable () -> UInt64?
    /// The bodies of the writes admitted and not yet ended.
    private let inFlight = Locked<UInt64>(0)

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

    /// Admits a write of about `bytes` if the reserve stays free with it and every write in flight; the
    /// claim to give back to ``release(_:)`` when the write has ended, or nil to refuse it.
    public func claim(bytes: Int) -> UInt64? {
        let bytes = UInt64(max(0, bytes))
        guard reserveBytes > 0 else { return 0 }
        return inFlight.withLock { inFlight -> UInt64? in
            guard let free = freeBytes() else { return 0 }
            let (needed, overflow) = reserveBytes.addingReportingOverflow(inFlight &+ bytes)
            guard !overflow, free >= needed else { return nil }
            inFlight += bytes
            return bytes
        }
    }

    /// Gives back the bytes of a write that has ended (stored, refused or failed).
    public func release(_ claim: UInt64) {
        inFlight.withLock { $0 -= min($0, claim) }
    }
}
