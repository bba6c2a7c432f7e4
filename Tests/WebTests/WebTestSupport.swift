import Foundation
import Synchronization

@testable import Web

/// A clock the test moves by hand.
final class ManualClock: Clock {
    private let time = Mutex<Double>(1_800_000_000)
    func now() -> Double { time.withLock { $0 } }
    func advance(_ seconds: Double) { time.withLock { $0 += seconds } }
}
