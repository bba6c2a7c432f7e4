import Casework
import Web

/// A global budget for intake: token buckets, the same for everyone, so no one needs to be identified.
///
/// When a bucket is empty the citizen gets a friendly 503 page with Retry-After; nothing already
/// accepted is touched. Each admitted write takes one token from the request bucket (refilled at
/// `perSecond` up to `burst`) and its body's bytes from the byte bucket (`bytesPerSecond` up to
/// `byteBurst`), so a 5 MB upload costs what 2,500 reports of 2 KB cost. A write is admitted only when
/// both buckets hold enough; then both are charged.
public final class IntakeBudget: Sendable {
    private struct Buckets {
        var requests: TokenBucket
        var bytes: TokenBucket
    }

    public let perSecond: Double
    public let burst: Double
    public let bytesPerSecond: Double
    public let byteBurst: Double
    private let clock: any WallClock
    private let buckets: Locked<Buckets>

    public init(
        perSecond: Double, burst: Double, bytesPerSecond: Double = .infinity, byteBurst: Double = .infinity,
        clock: any WallClock = SystemWallClock()
    ) {
        (self.perSecond, self.burst, self.bytesPerSecond, self.byteBurst) = (
            perSecond, burst, bytesPerSecond, byteBurst
        )
        self.clock = clock
        let now = clock.now.timeIntervalSince1970
        buckets = Locked(
            Buckets(
                requests: TokenBucket(perSecond: perSecond, burst: burst, now: now),
                bytes: TokenBucket(perSecond: bytesPerSecond, burst: byteBurst, now: now)))
    }

    /// Takes one request and `bytes`, or returns the seconds to wait before both are available.
    public func take(bytes: Int = 0) -> Double? {
        let now = clock.now.timeIntervalSince1970
        return buckets.withLock { buckets -> Double? in
            buckets.requests.refill(now: now)
            buckets.bytes.refill(now: now)
            let wait = max(buckets.requests.wait(for: 1), buckets.bytes.wait(for: Double(bytes)))
            guard wait == 0 else { return wait }
            buckets.requests.take(1)
            buckets.bytes.take(Double(bytes))
            return nil
        }
    }

    /// How full the emptier bucket is, 0…1: the API raises its proof-of-work difficulty as this falls.
    public var level: Double {
        let now = clock.now.timeIntervalSince1970
        return buckets.withLock { buckets in
            buckets.requests.refill(now: now)
            buckets.bytes.refill(now: now)
            return min(buckets.requests.level, buckets.bytes.level)
        }
    }
}

/// A global budget for status reads, counted in records opened: a read of a case of 40 records costs
/// 40, one of an unknown token costs 1. The same for everyone, like ``IntakeBudget``.
public final class ReadBudget: Sendable {
    public let recordsPerSecond: Double
    public let burst: Double
    private let clock: any WallClock
    private let bucket: Locked<TokenBucket>

    public init(recordsPerSecond: Double, burst: Double, clock: any WallClock = SystemWallClock()) {
        (self.recordsPerSecond, self.burst) = (recordsPerSecond, burst)
        self.clock = clock
        bucket = Locked(TokenBucket(perSecond: recordsPerSecond, burst: burst, now: clock.now.timeIntervalSince1970))
    }

    /// Takes the cost of opening `records` records (1 at least), or returns the seconds to wait.
    public func take(records: Int) -> Double? {
        let now = clock.now.timeIntervalSince1970
        let cost = Double(max(1, records))
        return bucket.withLock { bucket -> Double? in
            bucket.refill(now: now)
            let wait = bucket.wait(for: cost)
            guard wait == 0 else { return wait }
            bucket.take(cost)
            return nil
        }
    }
}
