import API
import Foundation
import Mirroring
import Transparency
import Triage

/// Publishing a resolved case's outcome (Outcomes.md), once the inspector has read the record and
/// confirmed it: what `candor-inspect publish` and the workbench's Publish page send.
extension Workspace {
    /// Signs `draft`'s entry with the inspector's key and appends it to the public outcomes log. Returns
    /// its index, and whether the checkpoint the log signed after it verifies with Keys/outcomes.key
    /// (false when Keys/ has no such key).
    public func publish(_ draft: OutcomeDraft, server: String?) throws -> (index: Int, checkpointVerified: Bool) {
        let url = try CaseAction.server(server, self)
        let entry = draft.outcome.entry(signedWith: key.signingKey)
        let connection = InspectorConnection(server: url, key: key)
        let response = try connection.send(
            method: "POST", target: Sync.apiPrefix + "outcomes", body: entry, contentType: "application/octet-stream")
        guard let reply = PublishedReply(jsonBytes: response.body), let index = Int(exactly: reply.index) else {
            throw MirroringError.verificationFailed(
                "the server accepted the outcome but did not answer its index and signed checkpoint", evidence: nil)
        }
        return (index, try Self.verify(reply.checkpoint, covers: index, keysDirectory: keysDirectory))
    }

    /// Checks the checkpoint the server signed after the append: it must verify with the outcomes log's
    /// key, when Keys/ has it, and cover the new entry. False when there is no key to check with.
    static func verify(_ note: String, covers index: Int, keysDirectory: String) throws -> Bool {
        let path = (keysDirectory as NSString).appendingPathComponent("outcomes.key")
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        let keyText = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let verifier = try NoteVerifier(verifierKey: keyText)
        do {
            let signed = try SignedNote(parsing: note)
            _ = try signed.verify(with: [verifier])
            let checkpoint = try Checkpoint(text: signed.text)
            guard checkpoint.size > UInt64(index) else {
                throw MirroringError.verificationFailed(
                    "the outcomes log's checkpoint (size \(checkpoint.size)) does not cover entry \(index)",
                    evidence: note)
            }
        } catch let error as MirroringError {
            throw error
        } catch {
            throw MirroringError.verificationFailed(
                "the outcomes log's checkpoint does not verify with \(path): \(error)", evidence: note)
        }
        return true
    }
}
