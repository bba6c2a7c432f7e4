import API
import Catalogue
import Commands
import Deployment
import Foundation
import Keys
import Mirroring
import Transparency
import Triage

/// What `candor-inspect sync` and the workbench's Sync button run: the mirror's new records pulled and
/// verified (Mirroring's ``Sync``), then filed into the case index.
public struct MirrorSync {
    public let mirror: Mirror
    public let server: HTTPClient.ServerURL
    public let logKey: NoteVerifier
    /// The deployment's Keys/ folder: the log key and the signers.
    public let keysDirectory: String
    /// The deployment's catalogue folder (`--catalog`), nil for `CANDOR_CATALOG` or the shipped one.
    public let catalogDirectory: String?
    /// The witnesses whose cosignatures the new checkpoint must carry (`--witness`, `--quorum`), if any.
    public var witnesses: WitnessPolicy?

    /// Checks everything that can be checked before the passphrase and the network: the server (given or
    /// pinned) and the log's verifier key.
    public init(
        mirror: Mirror, serverText: String?, keysDirectory: String, logKeyText: String?, catalogDirectory: String? = nil
    ) throws {
        let pin = try mirror.pin
        guard let serverText = serverText ?? pin?.server else {
            throw Problem.usage("--server URL is required for the first sync (like http://127.0.0.1:8080)")
        }
        self.mirror = mirror
        server = try Self.serverURL(serverText)
        logKey = try Self.logKey(given: logKeyText, keys: keysDirectory, pinned: pin?.logKey)
        self.keysDirectory = keysDirectory
        self.catalogDirectory = catalogDirectory
        // A catalogue that does not load is the operator's to fix, before the passphrase and the network.
        _ = try Catalog.deployment(directory: catalogDirectory)
    }

    /// Syncs with `key`'s signed requests, then files the new records into the case index. `verified`
    /// runs between the two, once the records are verified.
    public func run(
        key: InspectorPrivateKey, oldKeys: [InspectorPrivateKey],
        progress: (@Sendable (UInt64, UInt64) -> Void)? = nil, verified: (Sync.Outcome) -> Void = { _ in }
    ) throws -> Sync.Outcome {
        let previous = try Workspace.verifiedCheckpoint(mirror.directory)
        let lateBefore = mirror.lateRecordCount
        // The records from here to the new size are the ones this run downloads, checks and writes (records
        // pending from an interrupted run are kept below it, or dropped when past the new checkpoint).
        let writtenFrom = mirror.recordCount
        var sync = Sync(connection: InspectorConnection(server: server, key: key), mirror: mirror, logKey: logKey)
        sync.progress = progress
        sync.witnesses = witnesses
        let ahead = SignatureCheckAhead()
        sync.checkedBatch = { first, records in ahead.add(first: first, records) }
        // Every way out stops the checks (finish() is idempotent): the index's own call comes sooner.
        defer { _ = ahead.finish() }
        let outcome = try sync.run()
        verified(outcome)
        try Self.updateIndex(
            mirror: mirror, previous: previous, lateBefore: lateBefore, key: key, oldKeys: oldKeys,
            keys: keysDirectory, catalog: try Catalog.deployment(directory: catalogDirectory),
            finishSignatureChecks: { ahead.finish() },
            writtenBySync: writtenFrom..<max(writtenFrom, outcome.size))
        return outcome
    }

    /// What a sync did, in the sentence `candor-inspect sync` prints.
    public static func sentence(_ outcome: Sync.Outcome) -> String {
        if outcome.newRecords == 0 && outcome.downloaded == 0 { return "up to date: \(outcome.size) records" }
        return "verified \(outcome.verifiedRecords) record\(outcome.verifiedRecords == 1 ? "" : "s") "
            + "(\(outcome.newRecords) new); downloaded \(outcome.downloaded)"
    }

    /// Files the newly verified records into the case index. Without a readable Keys/ folder (the
    /// signers) there is no index to keep; the first case command says so.
    public static func updateIndex(
        mirror: Mirror, previous: (size: UInt64, rootHash: [UInt8]), lateBefore: UInt64, key: InspectorPrivateKey,
        oldKeys: [InspectorPrivateKey], keys: String, catalog: Catalog,
        finishSignatureChecks: (@Sendable () -> CheckedSignatures)? = nil, writtenBySync: Range<UInt64> = 0..<0
    ) throws {
        guard let inspectorates = try? Inspectorates(keysDirectory: keys, catalog: catalog.units),
            let revoked = try? RevokedInspectorKeys(
                directory: (keys as NSString).appendingPathComponent(RevokedInspectorKeys.folderName))
        else { return }
        var context = try Workspace.indexContext(
            mirror: mirror.directory, key: key,
            openingKeys: OpeningKeys.of(
                key: key, oldKeys: oldKeys, inspectorates: inspectorates, mirror: mirror.directory),
            signers: Workspace.signers(inspectorates.inspectors, revoked), open: mirror)
        context.finishSignatureChecks = finishSignatureChecks
        context.writtenBySync = writtenBySync
        IndexUpdate.afterSync(mirror: mirror, previous: previous, lateBefore: lateBefore, context: context)
    }

    /// The log's verifier key: --log-key, else KEYS/log.key, else the one the mirror is pinned to.
    public static func logKey(given: String?, keys: String, pinned: String?) throws -> NoteVerifier {
        let path = (keys as NSString).appendingPathComponent("log.key")
        var text = given
        var source = "--log-key"
        if text == nil, let data = FileManager.default.contents(atPath: path) {
            text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            source = path
        }
        if text == nil, let pinned {
            text = pinned
            source = "the mirror's server.json"
        }
        guard let text else {
            throw Problem.usage(
                "no log verifier key: put it in \(path) or give --log-key KEY; candor-server prints it "
                    + "at startup as \"log verifier key: …\" (the demo server writes DATA/demo-keys/log.key)")
        }
        do {
            return try NoteVerifier(verifierKey: text)
        } catch {
            throw Problem.usage("the log verifier key from \(source) is not valid: \(error)")
        }
    }

    /// The server's URL, from `--server` or the mirror: one the tool cannot use is a usage error (exit 2),
    /// as in candor-audit.
    public static func serverURL(_ text: String) throws(Problem) -> HTTPClient.ServerURL {
        do {
            return try HTTPClient.ServerURL(text)
        } catch {
            throw .usage(error.description)
        }
    }
}
