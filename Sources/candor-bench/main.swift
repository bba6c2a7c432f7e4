import Commands
import Foundation

// candor-bench: measurements that print figures, never pass/fail timings inside tests (Benchmarks.swift
// has the usage). crash-child is used by the crash test.

let arguments = Array(CommandLine.arguments.dropFirst())
let name = arguments.first ?? "help"
if ["help", "--help", "-h"].contains(name) {
    print(Benchmarks.tool.help)
    exit(.success)
}
guard let benchmark = Benchmarks.all[name] else {
    Benchmarks.tool.report(.usage("unknown command \"\(name)\""))
    exit(.needsOperator)
}
let command = Benchmarks.command(name, benchmark)
do {
    try benchmark.run(try command.parse(arguments.dropFirst()))
} catch let problem as Problem where problem.isUsage {
    exit(command.report(problem))
} catch {
    Command.say("candor-bench: \(error)")
    exit(.failure)
}
