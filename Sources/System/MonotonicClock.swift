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
}
