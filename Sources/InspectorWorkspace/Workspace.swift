import CaseIndex
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
import Transparency
import Triage
import Unlocking

/// What the case commands (list, show, history and the actions) share: the inspector's keys, the
/// deployment's Keys/ folder, the deadline policy, and the encrypted case index of the verified mirror
/// (CaseIndex.docc), from which a command opens only the cases it needs.
public struct Workspace {
    public let key: InspectorPrivateKey
    /// The inspector's other (rotated) keys, which still open the records sealed to them.
    public let oldKeys: [InspectorPrivateKey]
    public let keysDirectory: String
    public let inspectors: InspectorKeys
    /// The deployment's units (Keys/units/), or one flat unit.
    public let inspectorates: Inspectorates
    public let revoked: RevokedInspectorKeys
    public let mirrorDirectory: String
    public let catalog: Catalog
    public let policy: DeadlinePolicy
    /// Whether --holidays replaced the bundled policy, under which the index stores due days.
    public let customPolicy: Bool
    public let today: CalendarDay
    public let signers: [KnownSigner]
    public let index: CaseIndex
    public let indexContext: IndexContext
    /// The size and root of the mirror's verified checkpoint.
    public let verified: (size: UInt64, rootHash: [UInt8])
    /// How many records of the mirror are verified against a signed checkpoint (the cases come from these).
    public let verifiedSize: UInt64

    /// Every key that opens cases (``OpeningKeys``).
    public let openingKeys: [SealedBox.PrivateKey]

    /// Reads the deployment's Keys/ folder and the deadline policy, and reads (or rebuilds) the case index
    /// of the mirror with the unlocked keys: what every case command and the workbench start from.
    public static func open(
        key: InspectorPrivateKey, oldKeys: [InspectorPrivateKey], keysDirectory: String, mirrorDirectory: String,
        holidays: String? = nil, today: CalendarDay, catalogDirectory: String? = nil
    ) throws -> Workspace {
        let catalog = try Catalog.deployment(directory: catalogDirectory)
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
        let signers = Self.signers(inspectors, revoked)
        let verified = try Self.verifiedCheckpoint(mirrorDirectory)
        let openingKeys = try OpeningKeys.of(
            key: key, oldKeys: oldKeys, inspectorates: inspectorates, mirror: mirrorDirectory)
        let context = try Self.indexContext(
            mirror: mirrorDirectory, key: key, openingKeys: openingKeys, signers: signers)
        let index = try CaseIndex.ready(context, size: verified.size, rootHash: verified.rootHash)
        return Workspace(
            key: key, oldKeys: oldKeys, keysDirectory: keysDirectory, inspectors: inspectors,
            inspectorates: inspectorates, revoked: revoked,
            mirrorDirectory: mirrorDirectory, catalog: catalog, policy: policy,
            customPolicy: holidays != nil, today: today, signers: signers, index: index, indexContext: context,
            verified: verified, verifiedSize: verified.size, openingKeys: openingKeys)
    }

    /// The signers whose events count: the current inspectors, and the revoked ones until their revocation.
    public static func signers(_ inspectors: InspectorKeys, _ revoked: RevokedInspectorKeys) -> [KnownSigner] {
        var signers = inspectors.inspectors.map { KnownSigner(name: $0.name, signingKey: $0.signingKey) }
        for entry in revoked.entries {
            signers.append(
                KnownSigner(name: entry.key.name, signingKey: entry.key.signingKey, revokedSince: entry.since))
        }
        return signers
    }

    /// How the case index of `mirror` is read and built: keys from `key`, due days under the bundled
    /// policy, a progress line on stderr while it is rebuilt.
    ///
    /// Stand-ins are read as their late copies: from `open`'s own log when a command holds it (a sync),
    /// else from the mirror's `late/` alone.
    public static func indexContext(
        mirror: String, key: InspectorPrivateKey, openingKeys: [SealedBox.PrivateKey], signers: [KnownSigner],
        open: Mirror? = nil
    ) throws -> IndexContext {
        let lateCopy: @Sendable (LedgerRecord) -> LedgerRecord?
        if let open {
            lateCopy = { (try? open.lateCopy(of: $0)) ?? nil }
        } else {
            let copies = Mirror.LateCopies(mirrorDirectory: mirror)
            lateCopy = { copies.copy(of: $0) }
        }
        return IndexContext(
            mirror: mirror, keys: try IndexKeys(key), openingKeys: openingKeys, signers: signers,
            policy: try DeadlinePolicy.bundled(), progress: { Command.say($0) }, lateCopy: lateCopy)
    }

    /// What the mirror is pinned to (its server.json), read without opening its ledger.
    public func pin() throws -> Mirror.Pin? {
        let path = mirrorDirectory + "/server.json"
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard let pin = try? JSONDecoder().decode(Mirror.Pin.self, from: data) else {
            throw MirroringError.io(
                path: path, reason: "it is not the mirror's server.json; restore it or use a new --mirror")
        }
        return pin
    }

    /// `body` on the index; when a page turns out missing or damaged, `body` runs again on the index as
    /// another command rewrote it meanwhile (a sync, the opening of sealed reports), else on a rebuilt one.
    public func withIndex<T>(_ body: (CaseIndex) throws -> T) throws -> T {
        do {
            return try body(index)
        } catch let damage as IndexDamage {
            if let latest = index.reread(indexContext, size: verified.size, rootHash: verified.rootHash),
                let result = try? body(latest)
            {
                return result
            }
            let rebuilt = try CaseIndex.rebuild(
                indexContext, size: verified.size, rootHash: verified.rootHash, after: damage)
            return try body(rebuilt)
        }
    }

    /// Opens every report the index still holds sealed, once, writing them into the index: what a filter on
    /// a report's fields needs (CaseIndex.md, "Reports opened when needed").
    public func openSealedReports() throws {
        try withIndex { index in
            guard try index.hasSealedReports() else { return }
            _ = try CaseIndex.openingReports(indexContext, index)
        }
    }

    /// The mirror's ledger, opened only by the commands that need it (attachments, the server's pin, a sync).
    public func openMirror() throws -> Mirror { try Mirror(directory: mirrorDirectory) }

    /// The size and root of the mirror's last verified checkpoint (read from its file: no ledger is opened).
    public static func verifiedCheckpoint(_ mirrorDirectory: String) throws -> (size: UInt64, rootHash: [UInt8]) {
        guard let data = FileManager.default.contents(atPath: mirrorDirectory + "/checkpoint") else { return (0, []) }
        let checkpoint = try Checkpoint(text: SignedNote(parsing: String(decoding: data, as: UTF8.self)).text)
        return (checkpoint.size, checkpoint.rootHash)
    }

    /// The case with the id the inspector typed, opened from its own records, or a usage error that says
    /// what to do.
    public func `case`(_ text: String?) throws -> CaseBook.Case {
        try book(of: try caseID(text)).item
    }

    /// The id the inspector typed, of a case in the index.
    public func caseID(_ text: String?) throws -> UInt64 {
        guard let text else {
            throw Problem.usage("a case ID is required (see `candor-inspect list`)")
        }
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard let id = UInt64(digits) else {
            throw Problem.usage("\"\(text)\" is not a case ID: use the number `candor-inspect list` shows")
        }
        return id
    }

    /// Case `id` and the book of its records alone (which grant needs for the records' keys).
    public func book(of id: UInt64) throws -> (book: CaseBook, item: CaseBook.Case) {
        let records = try withIndex { index in try index.summary(id: id).map { try index.records(of: $0) } }
        guard let records else {
            if id < verifiedSize, (try? openMirror().isWithheld(id)) == true {
                throw InspectionError.usage(
                    "case \(id) is not a case of your unit: the server sends its records only to the members of "
                        + "the units it is routed or transferred to (\(key.name) is a member of "
                        + "\(inspectorates.unit(of: key.name) ?? "no unit"))")
            }
            throw InspectionError.usage(
                "there is no case \(id) in the mirror (\(verifiedSize) verified records): check the ID with "
                    + "`candor-inspect list`, or run `candor-inspect sync` to fetch new cases")
        }
        let book = CaseBook(records: records, keys: openingKeys, signers: signers)
        guard let item = book.case(id: id) else {
            throw IndexDamage("case \(id) of the index is not a report in the mirror")
        }
        return (book, item)
    }

    /// The deadlines of a case, or nil when its report could not be opened (no received day).
    public func deadlines(of item: CaseBook.Case) -> CaseDeadlines? {
        guard let received = item.receivedOn else { return nil }
        let progress = item.progress
        let decided = progress.decidedAt.map { CalendarDay($0) }
        return try? CaseDeadlines(
            policy: policy, receivedOn: received, transferredOn: progress.transferredAt.map { CalendarDay($0) },
            acceptedOn: progress.status == .accepted || progress.status == .resolved ? decided : nil,
            declinedOn: progress.status == .declined ? decided : nil, extensions: progress.extensions,
            resolvedOn: progress.resolvedAt.map { CalendarDay($0) })
    }

    /// Refuses, before anything is signed, a key that `Keys/` does not list as a current key (the server
    /// would refuse what it signs).
    public func checkKeyIsCurrent() throws(InspectionError) {
        guard
            inspectors.inspectors.contains(where: {
                $0.name == key.name && $0.signingKey == key.signingKey.publicKey
            })
        else {
            throw .usage(
                "your key (\(key.name)) is not a current key of \(keysDirectory); "
                    + "check it with `candor-inspect whoami`")
        }
    }

    /// Refuses, before anything is signed, an event the server would refuse with a 403: with units,
    /// only a member of one of the case's units acts on it.
    public func checkMayAct(on item: CaseBook.Case, in book: CaseBook) throws(InspectionError) {
        let units = book.units(of: item, in: inspectorates)
        guard !inspectorates.mayAct(key.name, onCaseOf: units) else { return }
        throw .usage(
            "case \(item.id) is held by unit \(units.joined(separator: ", ")), and you (\(key.name)) are a member "
                + "of \(inspectorates.unit(of: key.name) ?? "no unit"): only their members act on it")
    }

    /// The keys an event on `item` is sealed to, besides the citizen's reply key when it is shown to
    /// them: each of the case's units' current epoch key (and a transfer's target's), or every
    /// inspector in a flat Keys/.
    public func eventRecipients(of item: CaseBook.Case, in book: CaseBook, transferTo target: String? = nil)
        -> [SealedBox.PublicKey]
    {
        var units = book.units(of: item, in: inspectorates)
        if let target, !units.contains(target) { units.append(target) }
        return inspectorates.sealingKeys(forUnits: units)
    }

    /// A catalogue label in the inspector's working language (Vietnamese), or the id itself.
    public func label(_ list: CatalogList, _ id: String) -> String { list[id]?.vi ?? id }
}
