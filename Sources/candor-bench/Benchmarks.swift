import Commands

/// The command line of candor-bench: each benchmark's name, options and help.
enum Benchmarks {
    static let usage = """
        usage: candor-bench ledger [--json] [--appends N] [--appenders N] [--record-bytes N]
                                   [--recovery-records N] [--dir PATH]
               candor-bench ledger-memory [--records N] [--json]
               candor-bench seal   [--json] [--seconds S] [--report-bytes N] [--recipients N]
                                   [--units N --members N]
               candor-bench intake [--json] [--seconds S] [--connections N] [--server PATH] [--fetch-challenge]
               candor-bench crashloop [--cycles N] [--quick] [--clients N] [--json] [--server PATH] [--keep DIR]
                                   [--self-test]
               candor-bench soak   [--minutes N] [--fraction F] [--connections N] [--json] [--server PATH]
               candor-bench slowloris [--json] [--seconds S] [--slow N] [--pow-bits N] [--server PATH]
               candor-bench sanitizer [--json] [--seconds S] [--set FILE] [--lexicon DIR] [--show-failures]
                                   [--tagger FILE|off]
               candor-bench train-tagger [--out FILE] [--exclude N,N…] [--epochs N] [--threshold T] [--seed N] [--orders K]
               candor-bench inspector [--cases N] [--json] [--server PATH] [--dir PATH]
               candor-bench units-start [--cases N] [--json]
               candor-bench crash-child --dir PATH [--appenders N] [--segment-size N]
        """

    static let exitStatus = ExitStatus(
        success: "the benchmark ran (crashloop and soak: and passed)",
        failure: "the benchmark failed: an error, or a verdict of FAIL (crashloop, soak)",
        needsOperator: "a usage error: a bad command line or option value, or too low an open-file limit")

    static let tool = Command("candor-bench", parser: ArgumentParser(), usage: usage, exitStatus: exitStatus)

    /// A benchmark: its options (flags and options with a value) and what runs it.
    struct Benchmark: Sendable {
        let flags: [String]
        let values: [String]
        let run: @Sendable (ParsedArguments) throws -> Void
    }

    /// Hidden options (not in the usage): soak's --capacity-seconds, the length of its capacity run.
    static let all: [String: Benchmark] = [
        "ledger": Benchmark(
            flags: ["--json"], values: ["--appends", "--appenders", "--record-bytes", "--recovery-records", "--dir"]
        ) { try LedgerBenchmark($0).run() },
        "ledger-memory": Benchmark(flags: ["--json"], values: ["--records"]) { try LedgerMemory($0).run() },
        "seal": Benchmark(
            flags: ["--json"], values: ["--seconds", "--report-bytes", "--recipients", "--units", "--members"]
        ) {
            // With --units: units of --members each against --recipients inspectors the flat way.
            if $0.value("--units") != nil {
                try UnitSealBenchmark($0, units: try $0.count("--units", default: 2)).run()
            } else {
                try SealBenchmark($0).run()
            }
        },
        "intake": Benchmark(
            flags: ["--json", "--fetch-challenge"], values: ["--seconds", "--connections", "--server"]
        ) {
            try IntakeBenchmark($0).run()
        },
        "crashloop": Benchmark(
            flags: ["--quick", "--json", "--self-test"], values: ["--cycles", "--clients", "--server", "--keep"]
        ) { try CrashLoop($0).run() },
        "soak": Benchmark(
            flags: ["--json"], values: ["--minutes", "--fraction", "--connections", "--server", "--capacity-seconds"]
        ) { try Soak($0).run() },
        "slowloris": Benchmark(flags: ["--json"], values: ["--seconds", "--slow", "--pow-bits", "--server"]) {
            try SlowlorisBenchmark($0).run()
        },
        "sanitizer": Benchmark(
            flags: ["--json", "--show-failures"], values: ["--seconds", "--set", "--lexicon", "--tagger"]
        ) { try SanitizerBenchmark($0).run() },
        "train-tagger": Benchmark(
            flags: [], values: ["--out", "--exclude", "--epochs", "--threshold", "--seed", "--orders"]
        ) {
            try TaggerTraining($0).run()
        },
        "inspector": Benchmark(flags: ["--json"], values: ["--cases", "--server", "--dir"]) {
            try InspectorBenchmark($0).run()
        },
        "units-start": Benchmark(flags: ["--json"], values: ["--cases"]) { try UnitsStartBenchmark($0).run() },
        "crash-child": Benchmark(flags: [], values: ["--dir", "--appenders", "--segment-size"]) {
            try CrashChild($0).run()
        },
    ]

    /// The command of benchmark `name`; its help is its lines of the usage.
    static func command(_ name: String, _ benchmark: Benchmark) -> Command {
        Command(
            "candor-bench \(name)",
            parser: ArgumentParser(benchmark.flags.map(Option.flag) + benchmark.values.map(Option.value)),
            usage: "usage: " + synopsis(of: name), exitStatus: exitStatus)
    }

    /// The lines of `usage` that show `name`: its own, and the continuation lines under it.
    static func synopsis(of name: String) -> String {
        let lines = usage.split(separator: "\n")
        func text(_ line: Substring) -> Substring { line.trimmingPrefix("usage:").drop { $0 == " " } }
        guard let first = lines.firstIndex(where: { text($0).hasPrefix("candor-bench \(name) ") }) else {
            return "candor-bench \(name)"
        }
        let rest = lines[(first + 1)...].prefix { text($0).hasPrefix("[") }
        return ([text(lines[first])] + rest).joined(separator: "\n")
    }
}
