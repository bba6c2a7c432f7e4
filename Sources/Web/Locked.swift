import Foundation

/// A value behind a lock that puts a waiting thread to sleep at once.
///
/// `Synchronization.Mutex` spins before it sleeps. The server runs a thread per connection (32 in
/// `candor-bench intake`) on as few as two cores, so the thread that holds a lock is often descheduled
/// and the others spin for nothing: perf showed 6 % of the server's CPU spinning on the intake budget's
/// and the form tickets' mutexes. A pthread mutex (`NSLock`) sleeps on contention instead.
package final class Locked<Value: ~Copyable>: @unchecked Sendable {
    // @unchecked: `value` is only touched inside `withLock`, under `lock`.
    @usableFromInline let lock = NSLock()
    @usableFromInline var value: Value

    // Inlinable, as it was inside one module: the intake budget and the tickets take it on every
    // submission, from CitizenWeb.
    @inlinable package init(_ value: consuming Value) {
        self.value = value
    }

    @inlinable package func withLock<Result: ~Copyable, Failure: Error>(
        _ body: (inout Value) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
