import Foundation
import Testing

@testable import System

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct FileDescriptorTests {
    let temporary: TemporaryFolder
    var folder: String { temporary.path }

    init() throws { temporary = try TemporaryFolder("system") }

    @Test func writesAndReadsBackAtOffsets() throws {
        let path = folder + "/f"
        let file = try FileDescriptor.open(path, [.readWrite, .create, .exclusive])
        try file.write(all: [1, 2, 3, 4], at: 0, path: path)
        try file.write(all: [9], at: 2, path: path)
        #expect(try file.read(exactly: 4, at: 0, path: path) == [1, 2, 9, 4])
        #expect(try file.read(exactly: 2, at: 3, path: path) == nil, "the file ends before two bytes")
        #expect(try file.status(path: path).size == 4)
        #expect(try file.status(path: path).permissions == 0o600 & ~currentUmask())
    }

    @Test func anExclusiveCreateOfAnExistingFileFails() throws {
        let path = folder + "/f"
        FileManager.default.createFile(atPath: path, contents: Data())
        #expect(throws: SystemError(operation: "open", path: path, errno: EEXIST)) {
            _ = try FileDescriptor.open(path, [.writeOnly, .create, .exclusive])
        }
    }

    @Test func theDescriptorIsClosedWhenTheValueEnds() throws {
        let path = folder + "/f"
        var raw: Int32 = -1
        do {
            let file = try FileDescriptor.open(path, [.writeOnly, .create])
            raw = file.rawValue
            #expect(fcntl(raw, F_GETFD) >= 0)
        }
        #expect(fcntl(raw, F_GETFD) == -1 && errno == EBADF)
    }

    @Test func aReleasedDescriptorStaysOpen() throws {
        let path = folder + "/f"
        let raw = try FileDescriptor.open(path, [.writeOnly, .create]).release()
        #expect(fcntl(raw, F_GETFD) & FD_CLOEXEC != 0, "every descriptor is close-on-exec")
        FileDescriptor.close(raw)
        #expect(fcntl(raw, F_GETFD) == -1)
    }

    @Test func aWriteThatAPipeTakesInPiecesIsWrittenWhole() throws {
        // A pipe takes at most its capacity per write: the loop must go on until all is written.
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let reader = FileDescriptor(owning: ends[0])
        let writer = FileDescriptor(owning: ends[1])
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0) }
        let readerRaw = reader.rawValue
        let received = Thread.detachNewThreadAndCollect { () -> [UInt8] in
            var all: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let n = chunk.withUnsafeMutableBytes { read(readerRaw, $0.baseAddress, $0.count) }
                if n <= 0 { return all }
                all += chunk[0..<n]
            }
        }
        try writer.write(all: bytes, path: "pipe")
        writer.close()
        #expect(received.wait() == bytes)
        _ = reader
    }

    @Test func writingToAClosedPipeThrows() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        signal(SIGPIPE, SIG_IGN)
        FileDescriptor.close(ends[0])
        let writer = FileDescriptor(owning: ends[1])
        #expect(throws: SystemError(operation: "write", path: "pipe", errno: EPIPE)) {
            try writer.write(all: [1], path: "pipe")
        }
    }
}

func currentUmask() -> UInt32 {
    let mask = umask(0)
    umask(mask)
    return UInt32(mask)
}

extension Thread {
    /// Runs `body` on a new thread; `wait()` returns its result.
    final class Collected<T: Sendable>: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        var value: T?
        func finish(_ value: T) {
            self.value = value
            done.signal()
        }
        func wait() -> T {
            done.wait()
            return value!
        }
    }

    static func detachNewThreadAndCollect<T: Sendable>(_ body: @escaping @Sendable () -> T) -> Collected<T> {
        let collected = Collected<T>()
        Thread.detachNewThread { collected.finish(body()) }
        return collected
    }
}
