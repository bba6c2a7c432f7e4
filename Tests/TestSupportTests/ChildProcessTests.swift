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
}
