import Commands
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A `candor-server` child for the benchmarks, the crash loop and the soak: started with `posix_spawn`, ended with
/// SIGKILL (a crash, no chance to flush anything) or SIGTERM, and reaped exactly once, so its pid is
/// never signalled after the kernel may have given it to another process.
final class KillableServer: @unchecked Sendable {
    // @unchecked: `reaped` is guarded by `lock`; everything else is immutable.
    let pid: pid_t
    let log: String
    private let lock = NSLock()
    private var reaped = false

    /// Starts `path` with `arguments`; standard output and error go to `log` (truncated).
    init(path: String, arguments: [String], log: String) throws {
        self.log = log
        let child = try Self.spawn(path, arguments, output: log)
        pid = child
    }

    /// Starts `path` with `arguments`, standard input from /dev/null, standard output and error to
    /// `output` (truncated), and `environment` (nil: this process's own); returns its pid.
    static func spawn(_ path: String, _ arguments: [String], output: String, environment: [String]? = nil) throws
        -> pid_t
    {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?]? = environment.map { $0.map { strdup($0) } + [nil] }
        defer { for pointer in argv + (envp ?? []) { free(pointer) } }
        var child: pid_t = 0
        let result =
            if let envp { posix_spawn(&child, path, &actions, nil, argv, envp) } else {
                posix_spawn(&child, path, &actions, nil, argv, environ)
            }
        guard result == 0 else {
            throw Problem.failure("cannot start \(path): \(String(cString: strerror(result)))")
        }
        return child
    }

    deinit { kill9() }

    var hasExited: Bool { lock.withLock { reaped } }

    /// Waits until the server accepts connections on 127.0.0.1:`port`; throws if it exits first.
    func waitUntilAccepting(port: UInt16, timeout: Double) throws {
        let deadline = now() + timeout
        while now() < deadline {
            if let status = reapIfExited() {
                let how = status & 0x7F == 0 ? "with status \((status >> 8) & 0xFF)" : "on signal \(status & 0x7F)"
                throw Problem.failure("candor-server exited at start \(how):\n\(logTail())")
            }
            let probe = LoadClient(port: port, timeoutSeconds: 2)
            if (try? probe.send(LoadClient.request("GET", "/api/v1/challenge", port: port)))?.status == 200 {
                return
            }
            usleep(20_000)
        }
        throw Problem.failure("candor-server did not answer within \(Int(timeout)) s:\n\(logTail())")
    }

    /// SIGKILL and reap: the crash the loop is about. Safe to repeat.
    func kill9() {
        lock.withLock {
            guard !reaped else { return }
            reaped = true
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
    }

    /// SIGTERM, a graceful exit within 20 s, else SIGKILL. Safe to repeat.
    func terminate() {
        lock.withLock {
            guard !reaped else { return }
            reaped = true
            kill(pid, SIGTERM)
            var status: Int32 = 0
            let deadline = now() + 20
            while now() < deadline {
                let result = waitpid(pid, &status, WNOHANG)
                if result == pid || (result < 0 && errno != EINTR) { return }
                usleep(10_000)
            }
            kill(pid, SIGKILL)
            _ = waitpid(pid, &status, 0)
        }
    }

    /// The wait status if the child has exited (and reaps it), else nil.
    private func reapIfExited() -> Int32? {
        lock.withLock { () -> Int32? in
            guard !reaped else { return 0 }
            var status: Int32 = 0
            guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
            reaped = true
            return status
        }
    }

    /// CPU time (user + system) the server has used so far, in seconds; 0 if unknown.
    func cpuSeconds() -> Double {
        guard !hasExited, let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = text.lastIndex(of: ")")
        else { return 0 }
        // After "pid (comm)": state is field 3, utime and stime are fields 14 and 15, in clock ticks.
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// VmRSS and VmHWM (resident now, and its peak) in bytes, from /proc/PID/status; nil once gone.
    func memory() -> (resident: Int, peak: Int)? {
        guard !hasExited, let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else {
            return nil
        }
        func kilobytes(_ field: String) -> Int? {
            guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(field) }) else { return nil }
            return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
        }
        guard let resident = kilobytes("VmRSS:"), let peak = kilobytes("VmHWM:") else { return nil }
        return (resident * 1024, peak * 1024)
    }

    func logTail() -> String {
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").suffix(20).joined(separator: "\n")
    }
}
