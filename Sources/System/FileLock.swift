#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// An exclusive advisory lock (flock) on an open file. The kernel drops it when the descriptor is
/// closed or the process dies, so a crash never leaves a stale lock behind.
public enum FileLock {
    /// Takes the lock; false when another open file description holds it after `attempts` tries
    /// `pause` microseconds apart.
    public static func tryExclusive(_ fd: Int32, path: String, attempts: Int, pauseMicroseconds: UInt32)
        throws(SystemError) -> Bool
    {
        var tries = 0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else { throw SystemError(operation: "flock", path: path, errno: code) }
            tries += 1
            if tries >= attempts { return false }
            usleep(pauseMicroseconds)
        }
        return true
    }
}
