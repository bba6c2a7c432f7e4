import Commands
import Foundation

// candor-inspect: the inspectors' tool (Usage.swift lists the commands; Keys/README.md the workflow).
exit(Tool.run(Array(CommandLine.arguments.dropFirst())))
