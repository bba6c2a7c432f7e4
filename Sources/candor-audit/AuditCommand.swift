import API
import Commands
import Foundation
import Transparency

/// The command line of candor-audit: `verify URL --key KEYFILE [--keys DIR] [--state DIR]` and `--help`.
enum AuditCommand {
    static let usage = """
        candor-audit: check the public outcomes log of a Candor server, from public data and public keys only.

        usage: candor-audit verify URL --key KEYFILE [--keys DIR] [--state DIR] [--witness VKEY … --quorum N]
               candor-audit verify-bundle DIR --keys KEYS   (a case bundle, offline: see verify-bundle --help)
               candor-audit verify-receipt FILE --key KEYFILE [--witness VKEY … --quorum N]   (offline)
               candor-audit --help

          URL            the server, http://HOST:PORT (it serves /checkpoint and /tile/… as C2SP tlog-tiles)
          --key KEYFILE  the outcomes log's verifier key (Keys/outcomes.key)
          --keys DIR     the Keys folder whose NAME.pub files (and revoked/NAME.pub) are the inspectors who
                         may sign outcomes, and whose outcomes.names file allows disciplined officials'
                         names (default: the folder of KEYFILE)
          --state DIR    where the checkpoint of the last run is kept (default ./candor-audit-state)
          --witness VKEY a witness whose cosignatures count (repeatable): its cosignature/v1 vkey, or a file
                         holding it (witness-keygen's FILE.pub)
          --quorum N     how many of the --witness keys must have cosigned the checkpoint (default: all)

        It fetches the signed checkpoint and checks its signature, reads every entry and tile, recomputes
        the Merkle root, checks each entry's inspector signature and that no entry names an official unless
        the Keys folder allows names, and proves the log only grew since the last run. Then it saves the new checkpoint.
        """

    static let command = Command(
        "candor-audit",
        parser: ArgumentParser(
            [.value("--key"), .value("--keys"), .value("--state"), .repeatable("--witness"), .value("--quorum")],
            positionals: 2),
        usage: usage,
        exitStatus: ExitStatus(
            success: "all verified",
            failure: "a connection error, or the state folder cannot be written: nothing proven",
            needsOperator:
                "the log misbehaved: bad checkpoint signature, a bad or missing witness cosignature, removed\n"
                + "entries, an altered entry, a forked checkpoint, or a signed size above 2^40 entries (the\n"
                + "message names the first one; a fork's two checkpoints are saved in the state folder as\n"
                + "evidence); or a usage error or a key file that cannot be read: nothing proven"))

    struct Options {
        var url: String
        var keyFile: String
        var keysDirectory: String
        var stateDirectory = "candor-audit-state"
        /// No witnesses unless `--witness` is given: only the log's own signature is checked.
        var witnesses = try! WitnessPolicy(witnesses: [], quorum: 0)
    }

    static func run(_ arguments: [String]) -> ExitCode {
        if arguments.first == "verify-bundle" { return VerifyBundle.run(Array(arguments.dropFirst())) }
        if arguments.first == "verify-receipt" { return VerifyReceipt.run(Array(arguments.dropFirst())) }
        if let first = arguments.first, first == "witness" || first == "witness-keygen" {
            return WitnessCommand.run(arguments)
        }
        if arguments.isEmpty || arguments == ["help"] {
            print(command.help)
            return arguments.isEmpty ? .needsOperator : .success
        }
        let options: Options
        do {
            options = try parse(arguments)
        } catch {
            return command.report(error)
        }
        do throws(AuditFailure) {
            let report = try Audit(options: options).run()
            print(report)
            return .success
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            return error.exitCode
        }
    }

    static func parse(_ arguments: [String]) throws(Problem) -> Options {
        let parsed = try command.parse(arguments)
        guard parsed.positionals.first == "verify" else {
            throw .usage("unknown command \"\(arguments[0])\"; try: candor-audit verify URL --key KEYFILE (or --help)")
        }
        guard let url = parsed.positionals.dropFirst().first else {
            throw .usage("give the server's URL: candor-audit verify http://HOST:PORT --key KEYFILE")
        }
        guard let keyFile = parsed.value("--key") else {
            throw .usage("give the log's verifier key: --key Keys/outcomes.key")
        }
        var options = Options(
            url: url, keyFile: keyFile,
            keysDirectory: parsed.value("--keys") ?? (keyFile as NSString).deletingLastPathComponent)
        if options.keysDirectory.isEmpty { options.keysDirectory = "." }
        if let state = parsed.value("--state") { options.stateDirectory = state }
        do {
            options.witnesses = try WitnessPolicy.parse(
                witnesses: parsed.values("--witness"), quorum: parsed.value("--quorum"))
        } catch {
            throw .usage(error.description)
        }
        return options
    }
}
