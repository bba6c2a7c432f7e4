import CaseBundle
import CaseExport
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
        let id = try workspace.caseID(arguments.positionals.first)
        let (_, item) = try workspace.book(of: id)
        let records = try workspace.withIndex { index in
            try index.summary(id: id).map { try index.records(of: $0) } ?? []
        }
        if open {
            Tool.say(
                "candor-inspect export: WARNING: --open writes the decrypted report, follow-ups and attachments "
                    + "to \(out)/open/ in plaintext; keep that copy as you would the paper file, and delete it when done"
            )
        }
        let mirror = try workspace.openMirror()
        defer { mirror.close() }
        let bundle = try CaseExport.bundle(of: item, records: records, mirror: mirror, open: open)
        try bundle.write(workspace.key.name, to: out, signer: workspace.key.signingKey)
        let events = bundle.records.filter { $0.record.entry.first == 3 }.count
        print(
            "wrote case \(id) to \(out): \(bundle.records.count) records (\(events) events), each proven in the "
                + "signed checkpoint of \(bundle.records.first?.proof.treeSize ?? 0) records"
                + (open ? ", and the decrypted case under open/" : "")
                + "; check it with: candor-audit verify-bundle \(out) --keys \(workspace.keysDirectory)")
        return .success
    }
}
