import Foundation

/// The command line of candor-audit: `verify URL --key KEYFILE [--keys DIR] [--state DIR]` and `--help`.
enum AuditCommand {
    static let usage = """
        candor-audit: check the public outcomes log of a Candor server, from public data and public keys only.

        usage: candor-audit verify URL --key KEYFILE [--keys DIR] [--state DIR]
               candor-audit --help

          URL            the server, http://HOST:PORT (it serves /checkpoint and /tile/… as C2SP tlog-tiles)
          --key KEYFILE  the outcomes log's verifier key (Keys/outcomes.key)
          --keys DIR     the Keys folder whose NAME.pub files (and revoked/NAME.pub) are the inspectors who
                         may sign outcomes (default: the folder of KEYFILE)
          --state DIR    where the checkpoint of the last run is kept (default ./candor-audit-state)

        It fetches the signed checkpoint and checks its signature, reads every entry and tile, recomputes
        the Merkle root, checks each entry's inspector signature, and proves the log only grew since the
        last run. Then it saves the new checkpoint.

        exit 0  all verified
        exit 1  usage, key file or connection error: nothing proven
        exit 2  the log misbehaved: bad checkpoint signature, removed entries, an altered entry, a
                forked checkpoint, or a signed size above 2^40 entries (the message names the first one; a
                fork's two checkpoints are saved in the state folder as evidence)
        """

    struct Options {
        var url: String
        var keyFile: String
        var keysDirectory: String
        var stateDirectory = "candor-audit-state"
    }

    static func run(_ arguments: [String]) -> Int32 {
        if arguments.isEmpty || arguments.contains("--help") || arguments.contains("-h") || arguments == ["help"] {
            print(usage)
            return arguments.isEmpty ? 1 : 0
        }
        do throws(AuditFailure) {
            let options = try parse(arguments)
            let report = try Audit(options: options).run()
            print(report)
            return 0
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            return error.exitCode
        }
    }

    static func parse(_ arguments: [String]) throws(AuditFailure) -> Options {
        guard arguments.first == "verify" else {
            throw .usage("unknown command \"\(arguments[0])\"; try: candor-audit verify URL --key KEYFILE (or --help)")
        }
        var url: String?
        var keyFile: String?
        var keys: String?
        var state: String?
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            func value() throws(AuditFailure) -> String {
                guard let value = rest.popFirst(), !value.isEmpty else { throw .usage("\(argument) needs a value") }
                return value
            }
            switch argument {
            case "--key": keyFile = try value()
            case "--keys": keys = try value()
            case "--state": state = try value()
            default:
                guard !argument.hasPrefix("-"), url == nil else {
                    throw .usage("unexpected argument \"\(argument)\"; see candor-audit --help")
                }
                url = argument
            }
        }
        guard let url else { throw .usage("give the server's URL: candor-audit verify http://HOST:PORT --key KEYFILE") }
        guard let keyFile else { throw .usage("give the log's verifier key: --key Keys/outcomes.key") }
        var options = Options(
            url: url, keyFile: keyFile, keysDirectory: keys ?? (keyFile as NSString).deletingLastPathComponent)
        if options.keysDirectory.isEmpty { options.keysDirectory = "." }
        if let state { options.stateDirectory = state }
        return options
    }
}
