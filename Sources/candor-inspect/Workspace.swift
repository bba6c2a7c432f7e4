import Casework
import Catalogue
import Commands
import Deadlines
import Deployment
import Foundation
import Keys
import Ledger
import Mirroring
import Sodium
import System
import Transparency
import Triage
import Unlocking

/// What the case commands (list, show, history and the actions) share: the inspector's keys, the
/// deployment's Keys/ folder, the verified mirror, the deadline policy, and the cases opened in memory.
struct Workspace {
    /// The options every case command takes (their defaults are in ``open(_:)``).
    static let options: [Option] =
        ["--key", "--keys", "--mirror", "--holidays", "--today"].map(Option.value) + [.repeatable("--old-key")]

    let key: InspectorPrivateKey
    /// The inspector's other (rotated) keys, which still open the records sealed to them.
    let oldKeys: [InspectorPrivateKey]
    let keysDirectory: String
    let inspectors: InspectorKeys
    /// The deployment's units (Keys/units/), or one flat unit.
    let inspectorates: Inspectorates
    let revoked: RevokedInspectorKeys
    let mirror: Mirror
    let catalog: Catalog
    let policy: DeadlinePolicy
    let today: CalendarDay
    let book: CaseBook
    /// How many records of the mirror are verified against a signed checkpoint (the cases come from these).
    let verifiedSize: UInt64

    /// Reads the common options, unlocks the key files and opens the cases.
    static func open(_ arguments: ParsedArguments) throws -> Workspace {
        let keyPath = arguments.value("--key") ?? ProcessInfo.processInfo.environment["CANDOR_KEY"]
        guard let keyPath else {
            throw Problem.usage("--key FILE (your NAME.candor-key file) is required, or set CANDOR_KEY")
        }
        let oldKeyPaths = arguments.values("--old-key")
        let keysDirectory = arguments.value("--keys") ?? "Keys"
        let mirrorDirectory =
            arguments.value("--mirror") ?? ProcessInfo.processInfo.environment[Mirror.environmentVariable]
            ?? Mirror.defaultDirectory
        let holidays = arguments.value("--holidays")
        let todayText = arguments.value("--today")
        var today = CalendarDay(Date())
        if let todayText {
            guard let day = CalendarDay(iso: todayText), day.isValid else {
                throw Problem.usage("--today needs a day as YYYY-MM-DD, not \"\(todayText)\"")
            }
            today = day
        }

        let key = try unlock(keyPath)
        let oldKeys = try oldKeyPaths.map(unlock)
        let catalog = try Catalog.bundled()
        let inspectorates = try Inspectorates(keysDirectory: keysDirectory, catalog: catalog.units)
        let inspectors = inspectorates.inspectors
        let revoked = try RevokedInspectorKeys(
            directory: (keysDirectory as NSString).appendingPathComponent(RevokedInspectorKeys.folderName))
        let policy =
            try holidays.map { path throws(CatalogueError) in try DeadlinePolicy(path: path) }
            ?? DeadlinePolicy.bundled()
        guard FileManager.default.fileExists(atPath: mirrorDirectory + "/checkpoint") else {
            throw InspectionError.usage(
                "the mirror \(mirrorDirectory) has no verified records yet: run `candor-inspect sync --server URL` first"
            )
        }
        let mirror = try Mirror(directory: mirrorDirectory)
        let verifiedSize = try Self.verifiedSize(mirror)
        var records: [LedgerRecord] = []
        records.reserveCapacity(Int(verifiedSize))
        for index in 0..<verifiedSize { records.append(try mirror.record(at: index)) }

        var signers = inspectors.inspectors.map { KnownSigner(name: $0.name, signingKey: $0.signingKey) }
        for entry in revoked.entries {
            signers.append(
                KnownSigner(name: entry.key.name, signingKey: entry.key.signingKey, revokedSince: entry.since))
        }
        let keys = try openingKeys(key, oldKeys: oldKeys, inspectorates: inspectorates, mirror: mirrorDirectory)
        let book = CaseBook(records: records, keys: keys, signers: signers)
        return Workspace(
            key: key, oldKeys: oldKeys, keysDirectory: keysDirectory, inspectors: inspectors,
            inspectorates: inspectorates, revoked: revoked, mirror: mirror, catalog: catalog, policy: policy,
            today: today, book: book, verifiedSize: verifiedSize)
    }

    /// The private keys that open cases: the inspector's own and old keys and, with units, every epoch
    /// key of their unit (Unlocking's `Inspectorates.openingKeys`).
    ///
    /// The unit files whose copy opened are kept in MIRROR/unit-keys/ (they are public-safe), so that a
    /// member removed from a unit still opens what was sealed to the epochs they held.
    static func openingKeys(
        _ key: InspectorPrivateKey, oldKeys: [InspectorPrivateKey], inspectorates: Inspectorates, mirror: String
    ) throws -> [SealedBox.PrivateKey] {
        let folder = (mirror as NSString).appendingPathComponent("unit-keys")
        let kept = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().compactMap {
            name -> UnitKeyFile? in
            let path = (folder as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
            return try? UnitKeyFile(text: text, path: path)
        }
        let keys = try inspectorates.openingKeys(for: key, oldKeys: oldKeys, kept: kept)
        if let unit = inspectorates.unit(of: key.name), let file = inspectorates.units[unit] {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let path = (folder as NSString).appendingPathComponent("\(unit)-epoch-\(file.epochs.count).unit")
            try? AtomicFile.writeNew(Array(file.text.utf8), to: path, permissions: 0o644)
        }
        return keys
    }

    /// Refuses, before anything is signed, an event the server would refuse with a 403: with units,
    /// only a member of one of the case's units acts on it.
    func checkMayAct(on item: CaseBook.Case) throws(InspectionError) {
        let units = book.units(of: item, in: inspectorates)
        guard !inspectorates.mayAct(key.name, onCaseOf: units) else { return }
        throw .usage(
            "case \(item.id) is held by unit \(units.joined(separator: ", ")), and you (\(key.name)) are a member "
                + "of \(inspectorates.unit(of: key.name) ?? "no unit"): only their members act on it")
    }

    /// The keys an event on `item` is sealed to, besides the citizen's reply key when it is shown to
    /// them: each of the case's units' current epoch key (and a transfer's target's), or every
    /// inspector in a flat Keys/.
    func eventRecipients(of item: CaseBook.Case, transferTo target: String? = nil) -> [SealedBox.PublicKey] {
        var units = book.units(of: item, in: inspectorates)
        if let target, !units.contains(target) { units.append(target) }
        return inspectorates.sealingKeys(forUnits: units)
    }

    /// Unlocks a key file with CANDOR_PASSPHRASE or a prompt.
    static func unlock(_ path: String) throws -> InspectorPrivateKey {
        let bytes = try KeyFile.read(path: path)
        _ = try KeyFile.header(of: bytes, path: path)
        let passphrase =
            try Passphrase.fromEnvironment() ?? Passphrase.prompt("Passphrase for \(path): ", confirm: false)
        return try KeyFile.open(bytes, passphrase: passphrase, path: path)
    }

    /// The size of the mirror's last verified checkpoint.
    static func verifiedSize(_ mirror: Mirror) throws -> UInt64 {
        guard let note = mirror.verifiedCheckpointNote else { return 0 }
        return try Checkpoint(text: SignedNote(parsing: note).text).size
    }

    /// The case with the id the inspector typed, or a usage error that says what to do.
    func `case`(_ text: String?) throws -> CaseBook.Case {
        guard let text else {
            throw Problem.usage("a case ID is required (see `candor-inspect list`)")
        }
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard let id = UInt64(digits) else {
            throw Problem.usage("\"\(text)\" is not a case ID: use the number `candor-inspect list` shows")
        }
        guard let found = book.case(id: id) else {
            throw InspectionError.usage(
                "there is no case \(id) in the mirror (\(verifiedSize) verified records): check the ID with "
                    + "`candor-inspect list`, or run `candor-inspect sync` to fetch new cases")
        }
        return found
    }

    /// The deadlines of a case, or nil when its report could not be opened (no received day).
    func deadlines(of item: CaseBook.Case) -> CaseDeadlines? {
        guard let received = item.receivedOn else { return nil }
        let progress = item.progress
        let decided = progress.decidedAt.map { CalendarDay($0) }
        return try? CaseDeadlines(
            policy: policy, receivedOn: received, transferredOn: progress.transferredAt.map { CalendarDay($0) },
            acceptedOn: progress.status == .accepted || progress.status == .resolved ? decided : nil,
            declinedOn: progress.status == .declined ? decided : nil, extensions: progress.extensions,
            resolvedOn: progress.resolvedAt.map { CalendarDay($0) })
    }

    /// A catalogue label in the inspector's working language (Vietnamese), or the id itself.
    func label(_ list: CatalogList, _ id: String) -> String { list[id]?.vi ?? id }
}
