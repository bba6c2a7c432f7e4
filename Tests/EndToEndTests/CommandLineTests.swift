import Foundation
import Testing

/// The four tools share one command line (Sources/Commands): a bad option exits 2 with a message on
/// stderr, and `--help` exits 0 and ends with the same "Exit status:" section.
@Suite("End to end: every tool's command line")
struct CommandLineTests {
    /// Each tool, and a command line that reaches its parser.
    static let tools: [(String, [String])] = [
        ("candor-server", []), ("candor-inspect", ["list"]), ("candor-inspect", ["sync"]),
        ("candor-bench", ["ledger"]), ("candor-audit", ["verify"]),
    ]

    @Test(arguments: tools)
    func aBadOptionExitsTwoNamingIt(tool: String, command: [String]) throws {
        let run = try Binaries.run(tool, command + ["--no-such-option"], in: NSTemporaryDirectory())
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("unknown option \"--no-such-option\""), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test(arguments: tools)
    func aMissingValueExitsTwoNamingTheOption(tool: String, command: [String]) throws {
        let option = tool == "candor-bench" ? "--dir" : tool == "candor-server" ? "--data" : "--keys"
        let run = try Binaries.run(tool, command + [option, "--json"], in: NSTemporaryDirectory())
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("\(option) needs a value"), "\(run.stderr)")
    }

    @Test(arguments: tools)
    func helpExitsZeroWithTheExitStatusSection(tool: String, command: [String]) throws {
        let run = try Binaries.run(tool, command + ["--help"], in: NSTemporaryDirectory())
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("usage: "))
        let section = try #require(run.stdout.range(of: "\nExit status:\n"), "\(run.stdout)")
        let lines = run.stdout[section.upperBound...].split(separator: "\n").filter { !$0.hasPrefix("     ") }
        #expect(lines.map { $0.prefix(5) } == ["  0  ", "  1  ", "  2  "], "\(run.stdout)")
    }

    @Test(arguments: ["candor-inspect", "candor-bench", "candor-audit"])
    func theToolsOwnHelpEndsWithTheSection(tool: String) throws {
        let run = try Binaries.run(tool, ["--help"], in: NSTemporaryDirectory())
        #expect(run.status == 0)
        #expect(run.stdout.contains("\nExit status:\n  0  "), "\(run.stdout)")
    }

    /// Every command of candor-inspect and candor-bench, with its own help.
    static let commands: [(String, String)] =
        [
            "keygen", "whoami", "sanitize", "sync", "list", "show", "history", "accept", "decline", "assign", "note",
            "reply", "extend", "resolve", "grant", "publish",
        ].map { ("candor-inspect", $0) }
        + ["ledger", "ledger-memory", "seal", "intake", "crashloop", "soak", "slowloris", "crash-child"].map {
            ("candor-bench", $0)
        }

    @Test(arguments: commands)
    func everyCommandsHelpEndsWithTheExitStatusSection(tool: String, command: String) throws {
        let run = try Binaries.run(tool, [command, "--help"], in: NSTemporaryDirectory())
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("usage: \(tool) \(command)"), "\(run.stdout)")
        let section = try #require(run.stdout.range(of: "\nExit status:\n  0  "), "\(run.stdout)")
        #expect(run.stdout[section.upperBound...].contains("\n  1  "))
        #expect(run.stdout[section.upperBound...].contains("\n  2  "))
    }

    @Test(arguments: ["candor-inspect", "candor-bench"])
    func anUnknownCommandExitsTwo(tool: String) throws {
        let run = try Binaries.run(tool, ["no-such-command"], in: NSTemporaryDirectory())
        #expect(run.status == 2)
        #expect(run.stderr.contains("unknown command \"no-such-command\""))
    }
}
