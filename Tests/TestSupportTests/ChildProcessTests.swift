import Foundation
import Testing

@testable import TestSupport

@Suite("ChildProcess: a transcript of a program run to its end")
struct ChildProcessTests {
    @Test func statusAndBothStreams() throws {
        let run = try ChildProcess.run("/bin/sh", ["-c", "echo out; echo err >&2; exit 3"])
        #expect(run.status == 3)
        #expect(run.stdout == "out\n")
        #expect(run.stderr == "err\n")
    }

    /// A child that fills its stderr pipe (64 KiB) before it writes stdout blocks until someone reads
    /// stderr: a runner that reads stdout to its end first waits for it forever.
    @Test func moreThanAPipeOfStderrBeforeStdout() throws {
        let run = try ChildProcess.run("/bin/sh", ["-c", "head -c 1100000 /dev/zero | tr '\\0' e >&2; echo done"])
        #expect(run.status == 0)
        #expect(run.stdout == "done\n")
        #expect(run.stderr.utf8.count == 1_100_000)
    }

    @Test func runsInTheGivenFolderWithTheGivenEnvironment() throws {
        let run = try ChildProcess.run(
            "/bin/sh", ["-c", "pwd; echo $CANDOR_X"], in: "/tmp", environment: ["CANDOR_X": "x"])
        #expect(run.stdout == "/tmp\nx\n")
    }

    @Test func inputGoesToStandardInput() throws {
        let run = try ChildProcess.run("/bin/cat", [], input: Array("một hai ba\n".utf8))
        #expect(run.stdout == "một hai ba\n")
    }

    @Test func aProgramThatSaysItIsDoneIsStopped() throws {
        // Python takes SIGTERM itself, as candor-server does: a child of the test runner starts with
        // SIGTERM blocked (measured: a plain `sleep` outlived it), so it unblocks it first.
        let script = """
            import signal, sys, time
            signal.signal(signal.SIGTERM, lambda *_: sys.exit(3))
            signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM])
            print("ready", flush=True)
            time.sleep(30)
            """
        let started = Date()
        let run = try ChildProcess.run(
            "/usr/bin/python3", ["-c", script], timeout: 20, stopWhen: { $0.contains("ready") })
        #expect(run.wasStopped)
        #expect(run.status == 3, "stopped by its SIGTERM handler")
        // What it printed before the stop is kept (under load the line may still be arriving as it stops).
        #expect(run.stdout.hasPrefix("ready"))
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func aProgramPastItsDeadlineIsKilled() throws {
        let run = try ChildProcess.run("/bin/sh", ["-c", "exec sleep 30"], timeout: 0.2)
        #expect(run.wasStopped)
        #expect(run.status == SIGKILL)
    }

    @Test func aProgramThatExitsByItselfIsNotStopped() throws {
        let run = try ChildProcess.run("/bin/sh", ["-c", "exit 4"], timeout: 20, stopWhen: { _ in false })
        #expect(!run.wasStopped)
        #expect(run.status == 4)
    }
}
