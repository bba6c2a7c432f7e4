import API
import Casework
import Catalogue
import CitizenWeb
import Commands
import Demo
import Deployment
import Dispatch
import Foundation
import HTTP
import HTTPServing
import InspectorWeb
import Ledger
import PublicWeb
import Sodium
import Stores
import Synchronization
import Web

/// Wires the intake store, the citizen site and the HTTP server, and stops them cleanly on a signal.
struct Server {
    let options: ServerOptions

    init(_ options: ServerOptions) { self.options = options }

    func run() throws {
        let data = options.data
        try FileManager.default.createDirectory(
            atPath: data, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let keysDirectory = options.keys ?? (options.demo ? data + "/demo-keys" : "Keys")
        if !options.demo {
            let demoFiles = DemoKeys.listed(keys: keysDirectory, data: data)
            guard demoFiles.isEmpty else { throw DemoKeys.Listed(files: demoFiles) }
        }
        let demoKeyFile = options.demo ? try DemoKeys.ensure(data: data, keys: keysDirectory) : nil

        let inspectors: InspectorKeys
        do {
            inspectors = try InspectorKeys(directory: keysDirectory)
        } catch {
            throw Problem.usage(
                "\(error)\nThe server refuses to start without at least one inspector public key: "
                    + "reports sealed to no one could never be read. Add a NAME.pub file to \(keysDirectory) "
                    + "(see Keys/README.md), or run with --demo.")
        }
        // A revoked key file without a `# revoked YYYY-MM-DD: reason` line stops the start: a revocation
        // the server cannot date is one it cannot enforce.
        let revoked = try RevokedInspectorKeys(
            directory: (keysDirectory as NSString).appendingPathComponent(RevokedInspectorKeys.folderName))
        // A write or fsync failure of either log stops the server with status 1 (see `StorageFailure`).
        let stop = DispatchSemaphore(value: 0)
        let storageFailure = Mutex<LedgerError?>(nil)
        var ledgerOptions = Ledger.Options()
        ledgerOptions.onFatalError = { error in
            storageFailure.withLock { $0 = $0 ?? error }
            stop.signal()
        }
        // A catalogue that does not load stops the start (exit 2): the routing rules are in it.
        let catalog: Catalog
        do {
            catalog = try Catalog.deployment(directory: options.catalog)
        } catch {
            throw Problem.usage("\(error)")
        }
        var storeConfiguration = IntakeStore.Configuration(catalog: catalog)
        storeConfiguration.ledgerOptions = ledgerOptions
        storeConfiguration.checkpointSigner = try CheckpointSignerKey.loadOrCreate(in: data, name: options.origin)
        storeConfiguration.checkpointOrigin = options.origin
        // An API answer carries no signed receipt (signing for each cost 72 % of intake, README "Intake over
        // HTTP"): the log signs by itself at most once a second (`checkpointInterval`), and a receipt is
        // signed for the page after the web form or when GET /receipt/INDEX asks, if none covers it yet.
        storeConfiguration.signsReceiptsEagerly = false
        storeConfiguration.maximumRecordsPerCase = options.maxCaseRecords
        if let path = options.clockOffsetFile { storeConfiguration.clock = OffsetFileClock(path: path) }
        // Events signed by a revoked key are refused from the revocation on (Events.md).
        for entry in revoked.entries {
            storeConfiguration.revokedInspectors[entry.key.name] = min(
                entry.since, storeConfiguration.revokedInspectors[entry.key.name] ?? entry.since)
        }
        // Bad unit files (Keys/units/) stop the start: a report routed to a unit that cannot open it is lost.
        let inspectorates: Inspectorates
        do {
            inspectorates = try Inspectorates(keysDirectory: keysDirectory, catalog: storeConfiguration.catalog.units)
        } catch {
            throw Problem.usage(
                "\(error)\nThe server refuses to start with unit files it cannot route to: fix Keys/units/ (see "
                    + "Keys/README.md), or remove the folder to receive every report as one unit.")
        }
        let store = try IntakeStore(
            dataDirectory: data, inspectorates: inspectorates, configuration: storeConfiguration)
        if options.demo, let key = store.checkpointVerifierKey { try DemoKeys.writeLogKey(key, data: data) }
        let outcomes = try OutcomeStore(
            dataDirectory: data, origin: options.outcomesOrigin, catalog: catalog,
            ledgerOptions: ledgerOptions,
            // A malformed Keys/outcomes.names stops the start: a typo must not decide whether names are published.
            namesAllowed: try OutcomeNames.allowed(keysDirectory: keysDirectory))
        if options.demo { try DemoKeys.writeLogKey(outcomes.verifierKey, data: data, fileName: "outcomes.key") }

        let secret = try SecretFile.loadOrCreate(at: data + "/server.key") { SecureBytes.random(count: 32) }
        var siteConfiguration = try CitizenSite.Configuration(secret: secret)
        siteConfiguration.budget = IntakeBudget(
            perSecond: options.intakePerSecond, burst: options.intakeBurst,
            bytesPerSecond: options.intakeMiBPerSecond * 1_048_576, byteBurst: options.intakeMiBBurst * 1_048_576)
        siteConfiguration.readBudget = ReadBudget(
            recordsPerSecond: options.statusRecordsPerSecond, burst: options.statusRecordsBurst)
        // Measured on the data folder's file system at every citizen write (one statvfs).
        siteConfiguration.diskReserve = DiskReserve.statvfs(
            path: data, reserveBytes: UInt64(options.diskReserveMB * 1_048_576))
        siteConfiguration.proofOfWorkBits = options.powBits
        siteConfiguration.tickets = FormTicketIssuer(
            key: try KeyDerivation.deriveKey(from: secret, id: 1, context: "candorTK"),
            minimumFillSeconds: options.minimumFillSeconds)
        // A receipt waiting for the witnesses holds a worker: at most an eighth of them wait at once.
        let witnessing = try Self.witnessing(
            keys: keysDirectory, intake: (store, options.origin), outcomes: outcomes, kept: data + "/witnessed",
            receiptWaiters: max(1, options.workerThreads / 8))
        siteConfiguration.witnessing = witnessing
        let site = try CitizenSite(store: store, configuration: siteConfiguration)

        var httpConfiguration = HTTPServer.Configuration()
        httpConfiguration.maxConnections = options.maxConnections
        httpConfiguration.maxWorkerThreads = options.workerThreads
        if let seconds = options.headerTimeout { httpConfiguration.headerTimeout = .milliseconds(Int(seconds * 1000)) }
        if let seconds = options.bodyTimeout { httpConfiguration.bodyTimeout = .milliseconds(Int(seconds * 1000)) }
        var router = site.router()
        let authenticator = InspectorAuthenticator(keys: inspectors, revoked: revoked)
        InspectorAPI.install(
            into: &router, authenticator: authenticator, store: store, readable: InspectorAPI.unitsPolicy(store),
            witnessing: witnessing)
        InspectorAPI.installEvents(into: &router, authenticator: authenticator, store: store)
        InspectorAPI.installOutcomes(
            into: &router, authenticator: authenticator, outcomes: outcomes, witnessing: witnessing)
        PublicLog.install(into: &router, outcomes: outcomes, witnessing: witnessing)
        PublicSite.install(into: &router, outcomes: outcomes, intake: store, witnessing: witnessing)
        let server = HTTPServer(address: options.listen, router: router, configuration: httpConfiguration)
        // SIGTERM or SIGINT: stop accepting, finish the requests in flight, close the ledger, exit 0. The
        // handlers are in place before the port opens: a supervisor that stops the server as soon as it
        // answers must not see its SIGTERM ignored (SIG_IGN set, dispatch source not yet resumed).
        var sources: [DispatchSourceSignal] = []
        for signalNumber in [SIGTERM, SIGINT] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { stop.signal() }
            source.resume()
            sources.append(source)
        }
        try server.start()

        let url: String
        switch options.listen {
        case .tcp(let host, _):
            let shown = host.contains(":") ? "[\(host)]" : host
            url = "http://\(shown):\(server.port.map(String.init) ?? "?")/"
        case .unix(let path): url = "unix:\(path)"
        }
        say("Candor is running: \(url)")
        say("  English: \(url.hasPrefix("http") ? url + "en/" : url)")
        say(
            "  data folder: \(data)   inspector keys: \(keysDirectory) (\(inspectors.inspectors.count))"
                + (revoked.entries.isEmpty ? "" : ", revoked: \(revoked.entries.count)"))
        if let key = store.checkpointVerifierKey { say("  log verifier key: \(key)") }
        say("  outcomes log verifier key: \(outcomes.verifierKey)")
        if let demoKeyFile {
            say(
                "  demo inspector key file: \(demoKeyFile), passphrase \"\(DemoKeys.passphrase)\" "
                    + "(DEMO ONLY: never use it for real reports)")
        }
        if let witnessing {
            let list = witnessing.list
            say(
                "  witnesses: \(list.entries.count), quorum \(list.policy.quorum), a checkpoint short of it is "
                    + (list.publishesShortOfQuorum ? "published" : "withheld"))
            witnessing.start()
        }
        say("Stop with Ctrl-C.")

        stop.wait()
        let failure = storageFailure.withLock { $0 }
        say(failure == nil ? "Stopping: finishing requests in flight…" : "Stopping after a storage failure…")
        server.shutdown()
        witnessing?.stop()
        store.close()
        outcomes.close()
        _ = sources
        if let failure { throw StorageFailure(error: failure) }
        say("Stopped cleanly.")
    }
}

/// A write or fsync of a log failed: the server stops, and `main` exits with status 1 (``ExitCode/failure``).
///
/// After such a failure the log refuses every write (a failed fsync may have dropped pages nobody can
/// name, so it is never retried), and only a fresh open, which recovers from what is on disk, can write
/// again. Serving on as a read-only site would leave the intake closed until someone noticed; exiting
/// lets the supervisor (systemd `Restart=on-failure`) restart it at once. The request that hit the
/// failure, and any in flight, still get their error page first: nothing of theirs was acknowledged.
struct StorageFailure: Error, CustomStringConvertible {
    let error: LedgerError

    var description: String {
        "stopped after a storage failure: \(error). Nothing was acknowledged after it. Restarting the server "
            + "recovers the log and keeps every acknowledged report; if it fails again, check the disk."
    }
}

/// One line to standard output, written at once (no buffering: a supervisor sees it immediately).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

extension Server {
    /// The witnessing of both logs, when `KEYS/witnesses/policy` lists witnesses (SECURITY.md, "Witnesses").
    static func witnessing(
        keys: String, intake: (store: IntakeStore, origin: String), outcomes: OutcomeStore, kept: String,
        receiptWaiters: Int
    ) throws -> CheckpointWitnessing? {
        let list: WitnessList?
        do {
            list = try WitnessList.load(keys: keys)
        } catch {
            throw Problem.usage("\(error)")
        }
        guard let list, !list.entries.isEmpty else { return nil }
        var logs = [
            CheckpointWitnessing.Log(
                origin: outcomes.origin, latestNote: { outcomes.checkpoint == nil ? nil : outcomes.signedCheckpoint },
                proof: { try outcomes.consistencyProof(from: $0, to: $1).hashes })
        ]
        let store = intake.store
        logs.append(
            CheckpointWitnessing.Log(
                origin: intake.origin, latestNote: { store.lastSignedCheckpoint },
                proof: { try store.consistencyProof(from: $0, to: $1).hashes }))
        return CheckpointWitnessing(list: list, logs: logs, directory: kept, receiptWaiters: receiptWaiters)
    }
}

/// What an operator does when a log refuses to open because it lost records (exit status 2).
enum RemovedRecords {
    static func advice(log: String, needed: UInt64) -> String {
        "The server refuses to serve a log that lost acknowledged records, and exits with status 2. Keep the "
            + "data folder as it is for investigation, and do not delete its checkpoint file to make the server "
            + "start: that would hide the loss. Restore the \(log) folder's segment files from a backup that "
            + "holds at least \(needed) records, then start the server again."
    }
}
