import System

/// A point on the monotonic clock by which an I/O operation must be done.
///
/// Monotonic, because wall-clock jumps (NTP, a VM resumed) must not expire or extend a client's time.
package struct Deadline: Comparable, Sendable {
    package let nanoseconds: UInt64

    package init(nanoseconds: UInt64) {
        self.nanoseconds = nanoseconds
    }

    package static func now() -> Deadline {
        Deadline(nanoseconds: MonotonicClock.nanoseconds())
    }

    package static func after(_ duration: Duration) -> Deadline { now() + duration }

    package static func + (lhs: Deadline, rhs: Duration) -> Deadline {
        Deadline(nanoseconds: lhs.nanoseconds &+ rhs.nanoseconds)
    }

    package static func < (lhs: Deadline, rhs: Deadline) -> Bool { lhs.nanoseconds < rhs.nanoseconds }

    package var hasPassed: Bool { Deadline.now() >= self }

    /// The time left, in whole milliseconds rounded up, as `poll` takes it (0 once passed).
    package var remainingMilliseconds: Int32 {
        MonotonicClock.milliseconds(until: nanoseconds)
    }
}

extension Duration {
    /// The duration in nanoseconds, clamped to zero and to `UInt64.max`.
    package var nanoseconds: UInt64 {
        let (seconds, attoseconds) = components
        guard seconds >= 0 else { return 0 }
        let (whole, overflow) = UInt64(seconds).multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? .max : whole &+ UInt64(max(0, attoseconds) / 1_000_000_000)
    }
}

/// The deadline of a transfer that must keep a minimum pace: a fixed grace period, plus the time the bytes
/// moved so far are allowed at the minimum rate. A slowloris that sends one byte now and then runs out of
/// time; a slow but honest phone uploading a photo does not.
///
/// `limit` bounds the whole transfer whatever its pace: a client that keeps just above the minimum rate
/// on a large body must not hold a worker for hours.
package struct PacedDeadline {
    package let start: Deadline
    package let grace: Duration
    package let minimumBytesPerSecond: Int
    package var limit: Duration? = nil

    package init(start: Deadline, grace: Duration, minimumBytesPerSecond: Int, limit: Duration? = nil) {
        self.start = start
        self.grace = grace
        self.minimumBytesPerSecond = minimumBytesPerSecond
        self.limit = limit
    }

    package func deadline(afterTransferring bytes: Int) -> Deadline {
        let rate = max(1, minimumBytesPerSecond)
        let paced =
            start + grace + .nanoseconds(Int64(min(bytes, Int.max / 2_000_000_000)) * 1_000_000_000 / Int64(rate))
        guard let limit else { return paced }
        return min(paced, start + limit)
    }
}
