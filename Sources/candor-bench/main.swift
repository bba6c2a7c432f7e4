import Foundation

// candor-bench: measurements that print figures, never pass/fail timings inside tests.
//
//   candor-bench ledger [--json] [--appends N] [--appenders N] [--record-bytes N]
//                       [--recovery-records N] [--dir PATH]
//   candor-bench ledger-memory [--records N] [--json]
//   candor-bench seal   [--json] [--seconds S] [--report-bytes N] [--recipients N]
//   candor-bench intake [--json] [--seconds S] [--connections N] [--server PATH] [--fetch-challenge]
//   candor-bench crashloop [--cycles N] [--quick] [--clients N] [--json] [--server PATH] [--keep DIR] [--self-test]
//   candor-bench soak   [--minutes N] [--fraction F] [--connections N] [--json] [--server PATH]
//   candor-bench slowloris [--json] [--seconds S] [--slow N] [--pow-bits N] [--server PATH]
//   candor-bench crash-child --dir PATH [--appenders N] [--segment-size N]   (used by the crash test)

var arguments = Arguments(Array(CommandLine.arguments.dropFirst()))
let command = arguments.next() ?? "help"

do {
    switch command {
    case "ledger": try LedgerBenchmark(&arguments).run()
    case "ledger-memory": try LedgerMemory(&arguments).run()
    case "seal": try SealBenchmark(&arguments).run()
    case "intake": try IntakeBenchmark(&arguments).run()
    case "crashloop": try CrashLoop(&arguments).run()
    case "soak": try Soak(&arguments).run()
    case "slowloris": try SlowlorisBenchmark(&arguments).run()
    case "crash-child": try CrashChild(&arguments).run()
    case "help", "--help", "-h":
        print(Arguments.usage)
    default:
        FileHandle.standardError.write(
            Data("candor-bench: unknown command \"\(command)\"\n\n\(Arguments.usage)\n".utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("candor-bench: \(error)\n".utf8))
    exit(1)
}
