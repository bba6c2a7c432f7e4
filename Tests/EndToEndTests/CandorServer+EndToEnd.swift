import Foundation
import TestSupport

extension CandorServer {
    /// Starts candor-server as the end-to-end suites do (their data and keys, no wait on forms, their
    /// origin) on `listen` (`127.0.0.1:0` or `unix:PATH`), with `extra` options.
    convenience init(data: String, keys: String, listen: String = "127.0.0.1:0", extra: [String] = []) throws {
        try self.init(
            arguments: [
                "--data", data, "--keys", keys, "--listen", listen, "--min-fill-seconds", "0", "--origin",
                "e2e.candor.example/intake",
            ] + extra,
            environment: Binaries.environment)
    }
}

/// A well-behaved client that keeps asking for the English home page on fresh connections.
final class GoodClient: @unchecked Sendable {
    // @unchecked: the counters are guarded by `lock`.
    let server: CandorServer
    private let lock = NSLock()
    private var running = false
    private var thread: Thread?
    private var counts = (successes: 0, failures: 0)

    init(server: CandorServer) { self.server = server }

    var successes: Int { lock.withLock { counts.successes } }
    var failures: Int { lock.withLock { counts.failures } }

    func start() {
        lock.withLock { running = true }
        let thread = Thread { [self] in
            while lock.withLock({ running }) {
                let ok = ((try? server.request("GET", "/en/", timeout: 5))?.status == 200)
                lock.withLock {
                    if ok { counts.successes += 1 } else { counts.failures += 1 }
                }
                usleep(100_000)
            }
        }
        self.thread = thread
        thread.start()
    }

    func stop() {
        lock.withLock { running = false }
        while let thread, thread.isExecuting { usleep(10_000) }
    }
}
