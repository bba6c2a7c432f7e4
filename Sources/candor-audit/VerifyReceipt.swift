import API
import Commands
import Foundation
import Transparency

/// `candor-audit verify-receipt FILE --key KEYFILE [--witness VKEY … --quorum N]`: a citizen's receipt
/// checked offline (CitizenWeb.docc/Receipts.md, "Verifying a receipt").
enum VerifyReceipt {
    static let usage = """
        usage: candor-audit verify-receipt FILE --key KEYFILE [--witness VKEY … --quorum N]

        Checks a receipt from a Candor server (the receipt page's text, or GET /receipt/INDEX), offline:
        the intake log's signature on its checkpoint, the record's inclusion proof to the checkpoint's
        root, and, with --witness, that a quorum of the witnesses cosigned that checkpoint.

          FILE           the receipt
          --key KEYFILE  the intake log's verifier key (Keys/log.key), obtained independently of the receipt
          --witness VKEY a witness whose cosignatures count (repeatable): its cosignature/v1 vkey, or a file
                         holding it (witness-keygen's FILE.pub)
          --quorum N     how many of the --witness keys must have cosigned (default: all)
        """

    static let command = Command(
        "candor-audit verify-receipt",
        parser: ArgumentParser([.value("--key"), .repeatable("--witness"), .value("--quorum")], positionals: 1),
        usage: usage,
        exitStatus: ExitStatus(
            success: "the receipt verifies",
            failure: "the receipt or the key file cannot be read: nothing proven",
            needsOperator: "the receipt does not verify (malformed, a bad signature or proof, a bad cosignature,\n"
                + "or fewer witnesses than --quorum: UNWITNESSED RECEIPT), or a usage error"))

    static func run(_ arguments: [String]) -> ExitCode {
        let file: String
        let keyFile: String
        let witnesses: WitnessPolicy
        do throws(Problem) {
            let parsed = try command.parse(arguments)
            guard let first = parsed.positionals.first else { throw .usage("give the receipt's file") }
            guard let key = parsed.value("--key") else {
                throw .usage("give the log's verifier key: --key Keys/log.key")
            }
            (file, keyFile) = (first, key)
            do {
                witnesses = try WitnessPolicy.parse(
                    witnesses: parsed.values("--witness"), quorum: parsed.value("--quorum"))
            } catch {
                throw .usage(error.description)
            }
        } catch {
            return command.report(error)
        }
        guard let receiptData = FileManager.default.contents(atPath: file),
            let keyData = FileManager.default.contents(atPath: keyFile)
        else {
            Command.say("candor-audit verify-receipt: cannot read \(file) or \(keyFile)")
            return .failure
        }
        let logKey: NoteVerifier
        let receipt: ReceiptFile
        do {
            logKey = try NoteVerifier(
                verifierKey: String(decoding: keyData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            receipt = try ReceiptFile(parsing: String(decoding: receiptData, as: UTF8.self))
        } catch {
            Command.say("RECEIPT DOES NOT VERIFY: \(error)")
            return .needsOperator
        }
        do throws(TransparencyError) {
            let cosigned = try receipt.verify(logKey: logKey, witnesses: witnesses)
            print(
                "verified: record \(receipt.index) is in \(receipt.origin) at size \(receipt.treeSize)"
                    + (witnesses.witnesses.isEmpty
                        ? ""
                        : ", cosigned by \(cosigned.count) of the \(witnesses.witnesses.count) witnesses "
                            + "(quorum \(witnesses.quorum))"))
            return .success
        } catch .missingCosignatures(let why) {
            Command.say("UNWITNESSED RECEIPT: \(why)")
            return .needsOperator
        } catch {
            Command.say("RECEIPT DOES NOT VERIFY: \(error)")
            return .needsOperator
        }
    }
}
