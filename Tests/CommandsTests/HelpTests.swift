import Commands
import Testing

/// The exit codes and the exit status section every help ends with.
@Suite("Help and exit codes")
struct HelpTests {
    @Test func exitCodesAreZeroOneAndTwo() {
        #expect(ExitCode.allCases.map(\.rawValue) == [0, 1, 2])
        #expect(Problem.usage("x").exitCode == .needsOperator)
        #expect(Problem.usage("x").isUsage)
        #expect(Problem.failure("x").exitCode == .failure)
        #expect(!Problem.failure("x").isUsage)
    }

    @Test func helpEndsWithTheExitStatusSection() {
        let help = Help.render(
            "usage: tool [--json]",
            exitStatus: ExitStatus(
                success: "done", failure: "the work failed", needsOperator: "a usage error,\nor worse"))
        #expect(
            help == """
                usage: tool [--json]

                Exit status:
                  0  done
                  1  the work failed
                  2  a usage error,
                     or worse
                """)
    }

    @Test func aCommandsHelpIsRenderedOnce() {
        let status = ExitStatus(success: "a", failure: "b", needsOperator: "c")
        let command = Command("tool run", parser: ArgumentParser(), usage: "usage: tool run", exitStatus: status)
        #expect(command.help == Help.render("usage: tool run", exitStatus: status))
        #expect(command.help.hasSuffix("  2  c"))
    }
}
