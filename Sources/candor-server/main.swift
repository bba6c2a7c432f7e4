import Casework
import Commands
import Dispatch
import Foundation
import HTTP
import Ledger
import Sodium
import Stores
import Web

// candor-server: the citizen intake. It holds public keys only: the inspectors' keys that reports
// are sealed to, plus its own secrets (case tag key, form-ticket key, the log's checkpoint key).
// Log lines never carry a report, a token, an IP address or a user agent.

do {
    let options = try ServerOptions(CommandLine.arguments.dropFirst())
    try Server(options).run()
} catch let StoreError.recordsRemoved(log, records, size) {
    // Not a crash's leftover (a crash never leaves a log shorter than its checkpoint) but a log cut back:
    // exit 2, which the systemd unit does not restart (RestartPreventExitStatus=2), since every restart
    // would refuse the same way.
    let error = StoreError.recordsRemoved(log: log, records: records, checkpointSize: size)
    let advice = RemovedRecords.advice(log: log, needed: size)
    Command.say("candor-server: \(error). \(advice)")
    exit(.needsOperator)
} catch let problem as Problem {
    exit(ServerOptions.command.report(problem))
} catch {
    Command.say("candor-server: \(error)")
    exit(.failure)
}
