import Commands
import Testing

/// Random command lines: the parser either refuses one with a usage error or reads it, and what it read,
/// written back in the `--name=value` form, reads the same (the parse → serialize round trip of STYLE.md).
@Suite("ArgumentParser round trip")
struct ArgumentParserRoundTripTests {
    let parser = ArgumentParser(
        [.flag("--json"), .flag("--yes"), .value("--key"), .value("--to"), .repeatable("--old-key")], positionals: 2)
    let words = [
        "--json", "--yes", "--key", "--to", "--old-key", "--key=--x", "--to=", "--nope", "-h2", "-", "--", "12",
        "lan", "a=b", "--json=1", "-x", "",
    ]

    @Test func everyCommandLineIsRefusedOrReadTheSameWhenWrittenBack() throws {
        var random = SplitMix64(seed: 13)
        var read = 0
        for _ in 0..<20_000 {
            let line = (0..<Int(random.next() % 7)).map { _ in words[Int(random.next() % UInt64(words.count))] }
            let parsed: ParsedArguments
            do {
                parsed = try parser.parse(line)
            } catch {
                #expect(error.isUsage, "\(line): \(error)")
                continue
            }
            if parsed.wantsHelp { continue }
            read += 1
            let again = try parser.parse(written(parsed))
            #expect(again.flag("--json") == parsed.flag("--json"), "\(line)")
            #expect(again.flag("--yes") == parsed.flag("--yes"), "\(line)")
            #expect(again.value("--key") == parsed.value("--key"), "\(line)")
            #expect(again.value("--to") == parsed.value("--to"), "\(line)")
            #expect(again.values("--old-key") == parsed.values("--old-key"), "\(line)")
            #expect(again.positionals == parsed.positionals, "\(line)")
        }
        #expect(read > 1000, "too few command lines were read to say anything")
    }

    /// The command line that says what `parsed` holds: options as `--name=value`, then `--` and the positionals.
    private func written(_ parsed: ParsedArguments) -> [String] {
        var line: [String] = []
        for flag in ["--json", "--yes"] where parsed.flag(flag) { line.append(flag) }
        for name in ["--key", "--to"] { if let value = parsed.value(name) { line.append("\(name)=\(value)") } }
        line += parsed.values("--old-key").map { "--old-key=\($0)" }
        return line + ["--"] + parsed.positionals
    }
}

/// A small deterministic generator (SplitMix64), so a failure repeats.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
