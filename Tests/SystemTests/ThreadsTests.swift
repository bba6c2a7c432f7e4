import Foundation
import Testing

@testable import System

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

@Suite("Threads")
struct ThreadsTests {
    /// The nice value of the thread that asks, and only of that thread (Linux keeps it per thread).
    @Test func aLoweredThreadRunsAtTheLowestPriorityAndTheOthersDoNot() {
        final class Seen: @unchecked Sendable {
            var niceness: Int32 = 0
        }
        let seen = Seen()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            Threads.lowerPriority()
            seen.niceness = Self.niceness()
            done.signal()
        }
        thread.start()
        done.wait()
        #expect(seen.niceness == 19)
        #expect(Self.niceness() < 19)
    }

    static func niceness() -> Int32 {
        #if canImport(Glibc)
            getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        #else
            getpriority(PRIO_PROCESS, 0)
        #endif
    }
}
