import Commands
import Foundation

// candor-audit: anyone's verifier of the public outcomes log (AuditCommand.swift has the usage).
exit(AuditCommand.run(Array(CommandLine.arguments.dropFirst())))
