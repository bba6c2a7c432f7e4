import API
import Casework
import Deployment
import Foundation
import Ledger
import Outcomes
import Sodium
import Transparency

/// One run of `candor-audit verify`: every check, in the order that names the first misbehaviour.
///
/// 1. the checkpoint's signature, with the log's key from `--key`;
/// 2. against the last run's checkpoint: the log did not shrink, and the same size has the same root;
/// 3. the entries and tiles up to the checkpoint hash to its root (``TileReader``);
/// 4. the last run's tree is a prefix of this one (an RFC 6962 consistency proof built from the
///    entries, verified against both roots);
/// 5. every entry parses and is signed by an inspector key of `--keys` (revoked keys included: an
///    outcome published before a revocation stays valid; one whose case was resolved in a month that
///    began after the revocation was signed after it, and fails); an entry that names a disciplined
///    official fails unless `--keys` allows names (`outcomes.names`, Outcomes.md).
///
/// Only then is the new checkpoint saved, so a failed run never moves the baseline.
struct Audit {
    let options: AuditCommand.Options

    func run() throws(AuditFailure) -> String {
        let verifier = try loadVerifier()
        let inspectors = try loadInspectorKeys()
        let namesAllowed: Bool
        do {
            namesAllowed = try OutcomeNames.allowed(keysDirectory: options.keysDirectory)
        } catch {
            throw .usage(error.description)
        }
        let client: HTTPClient
        do {
            client = HTTPClient(server: try HTTPClient.ServerURL(options.url))
        } catch {
            throw .client(error)
        }
        let state = AuditState(directory: options.stateDirectory)
        let origin = verifier.name

        let note = try String(decoding: get("/checkpoint", client), as: UTF8.self)
        let served: SignedCheckpoint
        do {
            served = try SignedCheckpoint(parsing: note, origin: origin, verifiers: [verifier])
        } catch {
            throw .badCheckpointSignature(
                "the checkpoint from \(client.server)/checkpoint does not verify with \(options.keyFile): "
                    + error.description)
        }
        do {
            _ = try options.witnesses.check(served.note)
        } catch {
            throw .missingWitnesses(
                "the checkpoint from \(client.server)/checkpoint (size \(served.checkpoint.size)) is not cosigned as "
                    + "the witnesses require: \(error.description)")
        }
        let checkpoint = served.checkpoint
        let last = try state.lastCheckpoint(origin: origin, verifier: verifier)
        if let last {
            let old = last.checkpoint
            if checkpoint.size < old.size {
                let finding = "the log shrank from \(old.size) to \(checkpoint.size) entries since the last run"
                throw .removedEntries(finding + evidence(state, last, served, finding))
            }
            if checkpoint.size == old.size, checkpoint.rootHash != old.rootHash {
                let finding = "the log signed two different trees of \(old.size) entries"
                throw .forkedCheckpoint(finding + evidence(state, last, served, finding))
            }
        }

        let reader = TileReader { (path: TilePath) throws(TileReaderError) -> [UInt8] in
            do throws(AuditFailure) {
                return try get("/" + path.description, client)
            } catch {
                throw .unavailable(error.description)
            }
        }
        let log: TileReader.VerifiedLog
        do throws(TileReaderError) {
            log = try reader.read(upTo: checkpoint)
        } catch {
            switch error {
            case .unavailable(let why): throw .connection(why)
            case .mismatch(let why): throw .alteredEntry(why)
            case .implausibleSize(let why): throw .implausibleCheckpoint(why)
            }
        }

        if let last, last.checkpoint.size > 0, last.checkpoint.size < checkpoint.size {
            let old = last.checkpoint
            do {
                let proof = try log.tree.consistencyProof(from: old.size, to: checkpoint.size)
                try proof.verify(oldRoot: old.rootHash, newRoot: checkpoint.rootHash)
            } catch {
                let finding =
                    "the tree of \(checkpoint.size) entries does not extend the tree of \(old.size) the last run "
                    + "verified (\(error.description))"
                throw .forkedCheckpoint(finding + evidence(state, last, served, finding))
            }
        }

        for (index, entry) in log.entries.enumerated() {
            let outcome: SignedOutcome
            do {
                outcome = try SignedOutcome(entry: entry)
            } catch {
                throw .alteredEntry("entry \(index) is not a signed outcome: \(error.description)")
            }
            guard let keys = inspectors[outcome.keyID] else {
                throw .alteredEntry(
                    "entry \(index) (outcome \(outcome.outcome.id)) is signed by key id \(outcome.keyID), "
                        + "which is no inspector key in \(options.keysDirectory)")
            }
            guard let signer = keys.first(where: { outcome.isSigned(by: $0.key.signingKey) }) else {
                throw .alteredEntry(
                    "entry \(index) (outcome \(outcome.outcome.id)): the signature of \(keys[0].key.name) does not verify"
                )
            }
            // An entry has no time, but it cannot be signed before its case was resolved: an outcome
            // resolved in a month that began after its key's revocation was signed after it.
            if let since = signer.revokedSince, let resolved = CalendarDay(iso: outcome.outcome.monthResolved + "-01"),
                RevokedInspectorKeys.Entry(key: signer.key, day: resolved, reason: "").since >= since
            {
                throw .alteredEntry(
                    "entry \(index) (outcome \(outcome.outcome.id)) is signed by \(signer.key.name)'s key, revoked on "
                        + "\(CalendarDay(since)), for a case resolved in \(outcome.outcome.monthResolved): it was signed "
                        + "after the revocation")
            }
            if outcome.outcome.disciplined?.name != nil && !namesAllowed {
                throw .nameNotAllowed(
                    "entry \(index) (outcome \(outcome.outcome.id)) names the disciplined official, but "
                        + "\(options.keysDirectory) has no \(OutcomeNames.fileName) allowing names")
            }
        }

        try state.save(served)
        let root = Data(checkpoint.rootHash).base64EncodedString()
        let history =
            last.map { "consistent with the last run (size \($0.checkpoint.size))" }
            ?? "first run, saved as the baseline in \(options.stateDirectory)"
        return
            "verified \(log.entries.count) outcome\(log.entries.count == 1 ? "" : "s"); checkpoint size \(checkpoint.size), root \(root); \(history)"
    }

    /// Saves a misbehaviour's two checkpoints and returns the sentence that says where.
    private func evidence(_ state: AuditState, _ last: SignedCheckpoint, _ served: SignedCheckpoint, _ finding: String)
        -> String
    {
        guard let folder = try? state.saveEvidence(lastRun: last, served: served, finding: finding) else {
            return " (the evidence could not be saved)"
        }
        return "; both signed checkpoints are saved in \(folder)"
    }

    /// The body of a 200 answer to GET `target`.
    private func get(_ target: String, _ client: HTTPClient) throws(AuditFailure) -> [UInt8] {
        let response: HTTPClient.Response
        do {
            response = try client.send(method: "GET", target: target, headers: [("Accept-Encoding", "identity")])
        } catch {
            throw .client(error)
        }
        guard response.status == 200 else {
            throw .connection("\(client.server)\(target) answered \(response.status) \(response.reason)")
        }
        return response.body
    }

    private func loadVerifier() throws(AuditFailure) -> NoteVerifier { try Self.readVerifier(options.keyFile) }

    /// The log's verifier key in `keyFile`: its first line that is neither empty nor a `#` comment.
    static func readVerifier(_ keyFile: String) throws(AuditFailure) -> NoteVerifier {
        guard let data = FileManager.default.contents(atPath: keyFile),
            let text = String(data: data, encoding: .utf8)
        else { throw .usage("cannot read the log's key file \(keyFile)") }
        let line = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty && !$0.hasPrefix("#") }
        do {
            return try NoteVerifier(verifierKey: line ?? "")
        } catch {
            throw .usage("\(keyFile) does not hold a verifier key NAME+ID+KEY: \(error.description)")
        }
    }

    /// The inspectors' Ed25519 keys by outcome key id: `DIR/*.pub` and `DIR/revoked/*.pub`, read as
    /// candor-server reads them (InspectorKeys, RevokedInspectorKeys).
    ///
    /// A revoked key still counts for outcomes published before its revocation. An entry carries no
    /// publication time, so only a case resolved in a month that began after the revocation proves an
    /// entry was signed after it.
    private func loadInspectorKeys() throws(AuditFailure) -> [String: [(key: InspectorKey, revokedSince: Date?)]] {
        var found: [(key: InspectorKey, revokedSince: Date?)] = []
        do {
            found = try InspectorKeys(directory: options.keysDirectory).inspectors.map { ($0, nil) }
        } catch {
            guard case .noInspectorKeys = error else { throw .usage(error.description) }
        }
        do {
            let revoked = try RevokedInspectorKeys(
                directory: (options.keysDirectory as NSString).appendingPathComponent(RevokedInspectorKeys.folderName))
            found += revoked.entries.map { ($0.key, $0.since) }
        } catch {
            throw .usage(error.description)
        }
        var keys: [String: [(key: InspectorKey, revokedSince: Date?)]] = [:]
        for entry in found { keys[PublicOutcome.keyID(of: entry.key.signingKey), default: []].append(entry) }
        return keys
    }
}
