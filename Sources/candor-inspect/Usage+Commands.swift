import Casework
import Commands
import InspectorWorkspace

/// Each command's options and exit statuses, beside its help text (Usage.swift, Usage+Cases.swift).
extension Usage {
    static let exitStatus = ExitStatus(
        success: "success",
        failure: "the work failed: a file, the server, a refused request, a key that Keys/ does not list",
        needsOperator: "a usage error (a bad command line or option value), or a verification failure:\n"
            + "a record, checkpoint or event does not verify, and the evidence stays")

    static let overviewHelp = Help.render(overview, exitStatus: exitStatus)

    /// The command called `name`, with its help, or nil when there is none.
    static func command(_ name: String) -> Command? {
        guard let text = text(for: name), let parser = parser(for: name) else { return nil }
        return Command(
            "candor-inspect \(name)", parser: parser, usage: text, exitStatus: exitStatus(for: name))
    }

    /// The options of each command; the case commands add ``Workspace/options``.
    static func parser(for name: String) -> ArgumentParser? {
        let json = [Option.flag("--json")]
        switch name {
        case "keygen": return ArgumentParser(["--name", "--out", "--kdf-limits"].map(Option.value))
        case "whoami": return ArgumentParser(json + ["--key", "--keys", "--catalog"].map(Option.value))
        case "unlock": return ArgumentParser(["--key", "--for"].map(Option.value))
        case "lock": return ArgumentParser([.value("--key")])
        case "sanitize":
            return ArgumentParser(json + [.value("--lang"), .value("--lexicon"), .repeatable("--citizen-text")])
        case "sync":
            return ArgumentParser(
                json
                    + ["--server", "--key", "--keys", "--catalog", "--mirror", "--log-key", "--quorum"].map(
                        Option.value)
                    + [.repeatable("--old-key"), .repeatable("--witness")])
        case "list":
            return ArgumentParser(
                json + [.flag("--overdue")] + Workspace.options
                    + ["--status", "--province", "--procedure", "--kind", "--assignee", "--due-within", "--limit"].map(
                        Option.value))
        case "show": return ArgumentParser(json + Workspace.options + [.value("--attachments")], positionals: 1)
        case "history": return ArgumentParser(json + Workspace.options, positionals: 1)
        case "remind": return ArgumentParser(Workspace.options + [.value("--due-within")])
        case "export":
            return ArgumentParser([.flag("--open"), .value("--out")] + Workspace.options, positionals: 1)
        case "feedback": return ArgumentParser(json + Workspace.options + ["--agency", "--province"].map(Option.value))
        case "feedback open-case":
            return ArgumentParser(
                json + [.flag("--yes")] + Workspace.options + ["--reason", "--server"].map(Option.value), positionals: 1
            )
        case "serve":
            return ArgumentParser(
                [.flag("--open-browser")]
                    + [
                        "--listen", "--idle-lock", "--key", "--keys", "--catalog", "--mirror", "--server", "--holidays",
                        "--exports", "--due-within",
                    ]
                    .map(Option.value) + [.repeatable("--old-key")])
        case "grant":
            return ArgumentParser(
                json + [.flag("--all")] + Workspace.options + ["--server", "--to"].map(Option.value), positionals: 1)
        case "publish":
            return ArgumentParser(
                json + ["--yes", "--accept-quotes", "--accept-flags", "--confirm-disciplined"].map(Option.flag)
                    + Workspace.options
                    + [
                        "--server", "--summary", "--agency", "--lexicon", "--disciplined-position",
                        "--disciplined-unit",
                        "--disciplined-name",
                    ].map(Option.value), positionals: 1)
        case "unit": return ArgumentParser()
        case let name where name.hasPrefix("unit "):
            let subcommand = String(name.dropFirst(5))
            return ArgumentParser(
                json + ["--unit", "--key", "--keys", "--catalog", "--out", "--members"].map(Option.value)
                    + [.repeatable("--old-key")],
                positionals: subcommand == "add-member" || subcommand == "remove-member" ? 1 : 0)
        default: return InspectorEvent.Action(name: name).map(Act.parser)
        }
    }

    /// What 0, 1 and 2 mean for `name`, where it says more than ``exitStatus``.
    static func exitStatus(for name: String) -> ExitStatus {
        switch name {
        case "whoami":
            ExitStatus(
                success: "the key is listed in the Keys folder",
                failure:
                    "it is not listed (or is revoked, or another key has its name), or the key file cannot be used",
                needsOperator: "a usage error")
        case "sync":
            ExitStatus(
                success: "verified",
                failure: "a connection or other error",
                needsOperator: "a usage error, or verification failed (the message says what did not match;\n"
                    + "the evidence is kept in MIRROR/evidence/)")
        case "show", "history":
            ExitStatus(
                success: "every event of the case verified",
                failure: "an error (the mirror, a key file, an attachment that would be overwritten)",
                needsOperator: "a usage error, or an event of the case fails verification (see history)")
        case "unlock":
            ExitStatus(
                success: "unlocked until the time printed",
                failure: "a wrong passphrase, a key file that cannot be used, or a kernel that gives no keyring",
                needsOperator: "a usage error, such as a duration that is not 1s to 8h")
        case "publish":
            ExitStatus(
                success: "published",
                failure: "a refusal or another error: nothing published",
                needsOperator: "a usage error, or a verification failure")
        case let name where name.hasPrefix("unit"):
            ExitStatus(
                success: name == "unit show" ? "shown, every member's copy sealed to their Keys/NAME.pub" : "written",
                failure: "refused (not a member, a member without Keys/NAME.pub or in another unit, a copy\n"
                    + "that does not open) or another error: nothing written",
                needsOperator: "a usage error, such as a unit id the catalogue does not know")
        default: exitStatus
        }
    }
}
