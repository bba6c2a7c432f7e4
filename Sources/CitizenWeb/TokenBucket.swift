import Web

/// A token bucket: `burst` tokens at most, refilled at `perSecond`. A value type; its owner locks it.
///
/// A cost larger than the burst is clamped to the burst: it needs a full bucket and empties it, so a
/// request the limits allow (an upload of the largest size) is never refused for ever.
struct TokenBucket {
    let perSecond: Double
    let burst: Double
    private var tokens: Double
    private var updated: Double

    init(perSecond: Double, burst: Double, now: Double) {
        self.perSecond = perSecond
        self.burst = burst
        tokens = burst
        updated = now
    }

    /// Adds what flowed in since the last call.
    mutating func refill(now: Double) {
        // An infinite rate (a bucket that never runs dry) would give inf × 0 = NaN for no elapsed time.
        let elapsed = max(0, now - updated)
        if elapsed > 0 { tokens = min(burst, tokens + elapsed * perSecond) }
        updated = now
    }

    /// The seconds until `cost` tokens are there (0 when they are there now). Call ``refill(now:)`` first.
    func wait(for cost: Double) -> Double {
        let cost = min(cost, burst)
        guard tokens < cost else { return 0 }
        return perSecond > 0 ? (cost - tokens) / perSecond : 3600
    }

    /// Takes `cost` tokens, which ``wait(for:)`` said are there.
    mutating func take(_ cost: Double) { tokens -= min(cost, burst) }

    /// How full the bucket is, 0…1. Call ``refill(now:)`` first.
    var level: Double { burst.isInfinite ? 1 : tokens / burst }
}
