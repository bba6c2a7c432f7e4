import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Everything a child process writes to one pipe, collected by a thread of its own, so that a child
/// never blocks on a full pipe whatever order it writes its streams in.
public final class OutputCapture: Sendable {
    private let bytes = Mutex<[UInt8]>([])
    private let finished = Mutex(false)

    public init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        let thread = Thread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                bytes.withLock { $0 += Array(chunk) }
            }
            finished.withLock { $0 = true }
        }
        thread.start()
    }

    public var text: String { String(decoding: bytes.withLock { $0 }, as: UTF8.self) }
    public var data: [UInt8] { bytes.withLock { $0 } }

    /// Waits until the writer closed its end (the process exited), at most `timeout` seconds.
    public func waitForEnd(timeout: Double = 20) {
        let deadline = Date().addingTimeInterval(timeout)
        while !finished.withLock({ $0 }), Date() < deadline { usleep(10_000) }
    }
}
