import Commands
import Testing

/// Numbers on the command line: a bad one is a usage error that names the option and the text.
@Suite("ParsedArguments numbers")
struct ParsedArgumentsNumberTests {
    let parser = ArgumentParser([.value("--seconds")])

    @Test(arguments: [("2.5", 2.5), ("0", 0), ("20", 20)])
    func readsANumber(text: String, number: Double) throws {
        #expect(try parser.parse(["--seconds", text]).number("--seconds", default: 1) == number)
    }

    @Test func givesTheDefaultWhenAbsent() throws {
        #expect(try parser.parse([]).number("--seconds", default: 3) == 3)
        #expect(try parser.parse([]).count("--seconds", default: 7) == 7)
    }

    @Test(arguments: ["abc", "-1", "inf", "nan", ""])
    func refusesABadNumber(text: String) {
        #expect(throws: Problem.usage("--seconds needs a number, not \"\(text)\"")) {
            try parser.parse(["--seconds=\(text)"]).number("--seconds", default: 1)
        }
    }

    @Test(arguments: [("100_000", 100_000), ("1", 1)])
    func readsACount(text: String, count: Int) throws {
        #expect(try parser.parse(["--seconds", text]).count("--seconds", default: 1) == count)
    }

    @Test(arguments: ["0", "-3", "1.5", "ten"])
    func refusesABadCount(text: String) {
        #expect(throws: Problem.usage("--seconds must be a positive whole number, not \"\(text)\"")) {
            try parser.parse(["--seconds=\(text)"]).count("--seconds", default: 1)
        }
    }
}
