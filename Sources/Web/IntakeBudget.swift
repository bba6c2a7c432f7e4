import Casework

/// A global budget for intake: a token bucket, the same for everyone, so no one needs to be identified.
///
/// When the bucket is empty the citizen gets a friendly 503 page with Retry-After; nothing already
/// accepted is touched. Each accepted submission takes one token; tokens refill at `perSecond` up to
/// `burst`.
public final class IntakeBudget: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: Double
    }

    public let perSecond: Double
    public let burst: Double
    private let clock: any WallClock
    private let bucket: Locked<Bucket>

    public init(perSecond: Double, burst: Double, clock: any WallClock = SystemWallClock()) {
        self.perSecond = perSecond
        self.burst = burst
        self.clock = clock
        bucket = Locked(Bucket(tokens: burst, updated: clock.now.timeIntervalSince1970))
    }

    /// Takes one token, or returns the seconds to wait before one is available.
    public func take() -> Double? {
        let now = clock.now.timeIntervalSince1970
        return bucket.withLock { bucket -> Double? in
            bucket.tokens = min(burst, bucket.tokens + (now - bucket.updated) * perSecond)
            bucket.updated = now
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                return nil
            }
            return perSecond > 0 ? (1 - bucket.tokens) / perSecond : 60
        }
    }

    /// How full the bucket is, 0…1: the API raises its proof-of-work difficulty as this falls.
    public var level: Double {
        let now = clock.now.timeIntervalSince1970
        return bucket.withLock { min(burst, $0.tokens + (now - $0.updated) * perSecond) / burst }
    }
}
