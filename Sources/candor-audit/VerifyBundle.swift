import CaseBundle
import Commands
import Foundation

/// `candor-audit verify-bundle DIR --keys KEYS`: a case bundle checked offline (CaseBundle.md).
enum VerifyBundle {
    static let usage = """
        usage: candor-audit verify-bundle DIR --keys KEYS

        Checks a case bundle written by `candor-inspect export`, offline, with public keys only: the
        exporter's signature on manifest.txt, the SHA-256 and size of every file, the log's signature on
        the checkpoint, each record's inclusion proof against the checkpoint's root, each record's framing,
        and each inspector event's signature.

          DIR        the bundle's folder
          KEYS       the deployment's public Keys folder: log.key, NAME.pub, revoked/NAME.pub
        """

    static let command = Command(
        "candor-audit verify-bundle", parser: ArgumentParser([.value("--keys")], positionals: 1), usage: usage,
        exitStatus: ExitStatus(
            success: "every check holds",
            failure: "the bundle's folder cannot be read: nothing proven",
            needsOperator: "a file does not verify (the message names it and what does not match), or a\n"
                + "usage error or a keys folder that cannot be used: nothing proven"))

    static func run(_ arguments: [String]) -> ExitCode {
        let directory: String
        let keysDirectory: String
        do throws(Problem) {
            let parsed = try command.parse(arguments)
            guard let first = parsed.positionals.first else { throw .usage("give the bundle's folder") }
            guard let keys = parsed.value("--keys") else { throw .usage("give the keys folder: --keys KEYS") }
            directory = first
            keysDirectory = keys
        } catch {
            return command.report(error)
        }
        do throws(BundleError) {
            let keys = try BundleKeys(directory: keysDirectory)
            let report = try BundleVerifier.verify(directory: directory, keys: keys)
            print(
                "verified case \(report.caseID) of \(report.origin): \(report.recordCount) records (\(report.eventCount) "
                    + "events) in the signed checkpoint of \(report.checkpointSize) records, exported by "
                    + "\(report.exporter)"
                    + (report.isOpen ? "; open/ holds plaintext checked against the manifest only" : ""))
            return .success
        } catch {
            switch error {
            case .mismatch(let file, let reason):
                Command.say("BUNDLE DOES NOT VERIFY: \(file): \(reason)")
                return .needsOperator
            case .keys(let why):
                Command.say("candor-audit verify-bundle: \(why)")
                return .needsOperator
            case .io:
                Command.say("candor-audit verify-bundle: \(error)")
                return .failure
            }
        }
    }
}
