import Commands
import Foundation
import InspectorWorkspace

/// `candor-inspect export ID --out DIR [--open]`: the case's bundle for a court (CaseBundle.md).
enum Export {
    static func run(_ arguments: ParsedArguments) throws -> ExitCode {
        guard let out = arguments.value("--out") else {
            throw Problem.usage("--out DIR is required: a new folder for the bundle")
        }
        let open = arguments.flag("--open")
        let workspace = try Workspace.open(arguments)
        let (_, item) = try workspace.book(of: try workspace.caseID(arguments.positionals.first))
        if open {
            Tool.say(
                "candor-inspect export: WARNING: --open writes the decrypted report, follow-ups and attachments "
                    + "to \(out)/open/ in plaintext; keep that copy as you would the paper file, and delete it when done"
            )
        }
        print(try workspace.export(item, to: out, open: open).sentence)
        return .success
    }
}
