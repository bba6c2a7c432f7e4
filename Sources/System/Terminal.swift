#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The terminal: whether a descriptor is one, and typing that is not echoed (a passphrase).
public enum Terminal {
    /// Whether `fd` is a terminal (progress lines are drawn only there).
    public static func isTerminal(_ fd: Int32) -> Bool {
        isatty(fd) == 1
    }

    /// Runs `body` with echo off on the terminal `fd` (the newline still echoed, input still by lines),
    /// and restores the terminal afterwards; on a descriptor that is not a terminal, just runs `body`.
    public static func withEchoOff<R, E: Error>(_ fd: Int32, _ body: () throws(E) -> R) throws(E) -> R {
        var saved = termios()
        guard tcgetattr(fd, &saved) == 0 else { return try body() }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        quiet.c_lflag |= tcflag_t(ECHONL | ICANON)
        _ = tcsetattr(fd, TCSAFLUSH, &quiet)
        defer { _ = tcsetattr(fd, TCSAFLUSH, &saved) }
        return try body()
    }
}
