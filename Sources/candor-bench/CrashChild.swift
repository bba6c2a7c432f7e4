import Commands
import Foundation
import Ledger
import LedgerTesting

/// `candor-bench crash-child`: the process the crash test kills.
///
/// It appends from several threads at once and prints `ack INDEX APPENDER SEQUENCE` only after an append
/// has returned, that is after its fsync. The test kills it with SIGKILL at a random instant, reopens
/// the ledger, and checks every acknowledged record. Payloads are derived from (appender, sequence), see
/// `CrashPayload`, so the test knows exactly what each record must hold.
struct CrashChild {
    let directory: String
    let appenders: Int
    let segmentSize: Int

    init(_ arguments: ParsedArguments) throws(Problem) {
        guard let directory = arguments.value("--dir") else {
            throw .usage("crash-child needs --dir PATH")
        }
        self.directory = directory
        appenders = try arguments.count("--appenders", default: 8)
        segmentSize = try arguments.count("--segment-size", default: 64 << 10)
    }

    func run() throws {
        var options = Ledger.Options()
        options.segmentSize = segmentSize
        let ledger = try Ledger.open(at: directory, options: options)
        let start = ledger.count
        let output = FileHandle.standardOutput
        let outputLock = NSLock()
        // One line per write(2), under PIPE_BUF, so lines never interleave.
        output.write(Data("ready \(start)\n".utf8))
        let pid = ProcessInfo.processInfo.processIdentifier
        for appender in 0..<appenders {
            Thread {
                var sequence = 0
                while true {
                    let body = CrashPayload.make(pid: Int(pid), appender: appender, sequence: sequence)
                    guard let index = try? ledger.appendAndWait(type: 1, payload: body) else { exit(3) }
                    outputLock.withLock { output.write(Data("ack \(index) \(pid) \(appender) \(sequence)\n".utf8)) }
                    sequence += 1
                }
            }.start()
        }
        while true { sleep(60) }
    }
}
