import Testing

@testable import System

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct SyscallTests {
    @Test func aSuccessReturnsTheResult() throws {
        #expect(try syscall("getpid") { getpid() } == getpid())
    }

    @Test func aFailureThrowsTheOperationPathAndErrno() {
        #expect(throws: SystemError(operation: "open", path: "/nonexistent/x", errno: ENOENT)) {
            try syscall("open", path: "/nonexistent/x") { open("/nonexistent/x", O_RDONLY) }
        }
    }

    @Test func eintrIsRetriedAndNothingElse() throws {
        var calls = 0
        let result = try syscall("read") { () -> Int32 in
            calls += 1
            if calls < 3 {
                errno = EINTR
                return -1
            }
            return 7
        }
        #expect(result == 7 && calls == 3)
        calls = 0
        #expect(throws: SystemError(operation: "read", errno: EAGAIN)) {
            try syscall("read") { () -> Int32 in
                calls += 1
                errno = EAGAIN
                return -1
            }
        }
        #expect(calls == 1)
    }

    @Test func theDescriptionNamesTheCallThePathAndTheKernelsWords() {
        let error = SystemError(operation: "fsync", path: "/data/x", errno: EIO)
        #expect(error.description == "fsync failed on /data/x: Input/output error (errno 5)")
        #expect(SystemError(operation: "poll", errno: EIO).description == "poll failed: Input/output error (errno 5)")
    }
}
