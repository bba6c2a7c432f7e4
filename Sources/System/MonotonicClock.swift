#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The monotonic clock (CLOCK_MONOTONIC): wall-clock jumps (NTP, a VM resumed) never move it.
public enum MonotonicClock {
    /// Nanoseconds since an arbitrary start (boot, on Linux).
    public static func nanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Whole milliseconds, rounded up, from now to `deadline` (in ``nanoseconds()``), as `poll` takes them;
    /// 0 once it has passed.
    public static func milliseconds(until deadline: UInt64) -> Int32 {
        let now = nanoseconds()
        guard deadline > now else { return 0 }
        return Int32(clamping: (deadline - now + 999_999) / 1_000_000)
    }
}
