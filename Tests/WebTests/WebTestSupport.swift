import Casework
import Foundation
import Synchronization

@testable import Web

/// A clock the test moves by hand.
final class ManualClock: WallClock {
    private let time = Mutex<Double>(1_800_000_000)
    var now: Date { Date(timeIntervalSince1970: time.withLock { $0 }) }
    func advance(_ seconds: Double) { time.withLock { $0 += seconds } }
}
