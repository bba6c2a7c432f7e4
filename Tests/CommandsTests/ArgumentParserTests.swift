import Commands
import Testing

/// Every rule of the one argument parser, each with the line it accepts and the line it refuses.
@Suite("ArgumentParser")
struct ArgumentParserTests {
    let parser = ArgumentParser(
        [.flag("--json"), .value("--key"), .value("--seconds"), .repeatable("--old-key")], positionals: 2)

    @Test func readsFlagsValuesAndPositionals() throws {
        let parsed = try parser.parse(["show", "--json", "--key", "lan.candor-key", "12"])
        #expect(parsed.flag("--json"))
        #expect(parsed.value("--key") == "lan.candor-key")
        #expect(parsed.positionals == ["show", "12"])
        #expect(!parsed.wantsHelp)
    }

    @Test func absentOptionsAreNilFalseOrEmpty() throws {
        let parsed = try parser.parse([])
        #expect(!parsed.flag("--json"))
        #expect(parsed.value("--key") == nil)
        #expect(parsed.values("--old-key") == [])
        #expect(parsed.positionals == [])
    }

    @Test(arguments: [["--key=a=b"], ["--key", "a=b"]])
    func takesAValueAfterAnEqualsSignOrAsTheNextArgument(line: [String]) throws {
        #expect(try parser.parse(line).value("--key") == "a=b")
    }

    @Test func refusesAValueThatStartsWithTwoDashes() {
        #expect(throws: Problem.usage("--key needs a value")) { try parser.parse(["--key", "--json"]) }
        #expect(throws: Problem.usage("--key needs a value")) { try parser.parse(["--key", "--x"]) }
    }

    @Test func takesAValueThatStartsWithTwoDashesAfterAnEqualsSign() throws {
        #expect(try parser.parse(["--key=--x"]).value("--key") == "--x")
    }

    @Test func takesAValueThatStartsWithOneDash() throws {
        #expect(try parser.parse(["--key", "-"]).value("--key") == "-")
        #expect(try parser.parse(["--key", "-x"]).value("--key") == "-x")
    }

    @Test func refusesAMissingValue() {
        #expect(throws: Problem.usage("--key needs a value")) { try parser.parse(["--key"]) }
    }

    @Test(arguments: ["--nope", "-x", "--nope=1"])
    func refusesAnUnknownOptionByName(option: String) {
        let name = option.split(separator: "=").first.map(String.init) ?? option
        #expect(throws: Problem.usage("unknown option \"\(name)\"")) { try parser.parse(["12", option]) }
    }

    @Test func refusesAnOptionGivenTwice() {
        #expect(throws: Problem.usage("--key is given twice")) { try parser.parse(["--key", "a", "--key=b"]) }
        #expect(throws: Problem.usage("--json is given twice")) { try parser.parse(["--json", "--json"]) }
    }

    @Test func keepsEveryValueOfARepeatableOptionInOrder() throws {
        let parsed = try parser.parse(["--old-key", "a", "--old-key=b", "--old-key", "c"])
        #expect(parsed.values("--old-key") == ["a", "b", "c"])
    }

    @Test func refusesAValueForAFlag() {
        #expect(throws: Problem.usage("--json takes no value")) { try parser.parse(["--json=yes"]) }
    }

    @Test func refusesAnExtraPositional() {
        #expect(throws: Problem.usage("unexpected argument \"c\"")) { try parser.parse(["a", "b", "c"]) }
        #expect(throws: Problem.usage("unexpected argument \"a\"")) { try ArgumentParser().parse(["a"]) }
    }

    @Test func takesPositionalsThatLookLikeOptionsAfterTwoDashes() throws {
        let parsed = try parser.parse(["--json", "--", "--not-an-option", "-"])
        #expect(parsed.flag("--json"))
        #expect(parsed.positionals == ["--not-an-option", "-"])
    }

    @Test(arguments: [["--help"], ["-h"], ["show", "--nope", "--help"], ["--key", "-h"]])
    func asksForHelpWhateverElseTheLineHolds(line: [String]) throws {
        #expect(try parser.parse(line).wantsHelp)
    }

    @Test func helpAfterTwoDashesIsAPositional() throws {
        let parsed = try parser.parse(["--", "--help"])
        #expect(!parsed.wantsHelp)
        #expect(parsed.positionals == ["--help"])
    }

    @Test func requiredNamesTheOptionAndWhatItHolds() throws {
        #expect(throws: Problem.usage("--key FILE is required")) { try parser.parse([]).required("--key", "FILE") }
        #expect(try parser.parse(["--key", "f"]).required("--key", "FILE") == "f")
    }
}
