import Foundation

/// The seam for time, so ticket ages, proof-of-work expiry and budgets are testable.
public protocol Clock: Sendable {
    /// Seconds since the Unix epoch.
    func now() -> Double
}

/// The system clock.
public struct SystemClock: Clock {
    public init() {}
    public func now() -> Double { Date().timeIntervalSince1970 }
}
