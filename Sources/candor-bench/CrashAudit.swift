import Casework
import Catalogue
import Deployment
import Foundation
import Keys
import Ledger
import Sodium
import Stores
import Unlocking

/// The checks the crash loop runs on the data folder after each SIGKILL, while no server runs.
///
/// 1. The intake ledger opens (recovering a torn tail like the server would) and `verify()` passes:
///    every checksum, leaf hash and the Merkle tree over every record.
/// 2. The records audited in earlier cycles are unchanged: the root over the first `audited` records is
///    the one recorded then. So a record checked once stays checked, and each cycle only opens the new
///    records, which keeps a 200-cycle run linear in the ledger's size.
/// 3. Every new report envelope opens with the inspector's private key and carries a marker; no marker
///    is stored twice.
/// 4. Every token acknowledged in the cycle finds its case through `IntakeStore.timeline(token:)` (the
///    data folder's case-tag key, the token's reply key), and that case's report carries the marker the
///    client sent; the same marker was found by the inspector's key.
///
/// `finalSweep` repeats check 4 for every token of the run. Tokens stay in memory only.
final class CrashAudit {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let dataDirectory: String
    let inspector: InspectorPrivateKey
    let inspectorKeys: InspectorKeys
    /// Records audited so far, and the Merkle root over them.
    private(set) var audited: UInt64 = 0
    private var auditedRoot: [UInt8]?
    /// Marker → log index of the report that carries it (every report stored in the run).
    private(set) var markers: [String: UInt64] = [:]
    private(set) var duplicates = 0
    private(set) var unopenable = 0
    private(set) var ledgerBytes: UInt64 = 0

    init(dataDirectory: String, keyFile: String, passphrase: String) throws {
        self.dataDirectory = dataDirectory
        inspector = try KeyFile.load(path: keyFile, passphrase: Passphrase.bytes(passphrase))
        inspectorKeys = try InspectorKeys([inspector.publicKey])
    }

    private var ledgerDirectory: String { dataDirectory + "/" + IntakeStore.ledgerFolderName }

    /// Records the ledger as it is before the first cycle (a kept folder may hold an earlier run).
    func baseline() throws {
        guard FileManager.default.fileExists(atPath: ledgerDirectory) else { return }
        let ledger = try openLedger()
        defer { ledger.close() }
        _ = try ledger.verify()
        audited = ledger.count
        auditedRoot = audited > 0 ? try ledger.rootHash(size: audited) : nil
    }

    /// Checks 1–3; returns the number of records in the ledger.
    @discardableResult
    func auditLedger() throws -> UInt64 {
        let ledger = try openLedger()
        defer { ledger.close() }
        let report: Ledger.VerifyReport
        do {
            report = try ledger.verify()
        } catch {
            throw Failure(description: "the ledger does not verify: \(error)")
        }
        let count = ledger.count
        guard report.records == count else {
            throw Failure(description: "verify covered \(report.records) records of \(count)")
        }
        guard count >= audited else {
            throw Failure(description: "the ledger shrank from \(audited) to \(count) records")
        }
        if let auditedRoot, try ledger.rootHash(size: audited) != auditedRoot {
            throw Failure(description: "the first \(audited) records changed since they were audited")
        }
        ledgerBytes = report.bytes
        for index in audited..<count {
            let record = try ledger.record(at: index)
            guard record.type == IntakeRecord.envelopeType, let envelope = try? Envelope(parsing: record.payload),
                envelope.kind == .report
            else { continue }
            guard var plaintext = try? envelope.open(with: inspector.sealingKey) else {
                unopenable += 1
                continue
            }
            defer { wipe(&plaintext) }
            guard let message = try? CaseMessage(decoding: plaintext, kind: .report),
                case .report(let stored) = message.body, let marker = CrashMarker.find(in: stored.account)
            else { continue }
            if markers[marker] != nil { duplicates += 1 } else { markers[marker] = index }
        }
        audited = count
        auditedRoot = count > 0 ? try ledger.rootHash(size: count) : nil
        return count
    }

    /// Check 4 for `acknowledged`: the tokens whose case and marker are found.
    func findCases(_ acknowledged: [CitizenClient.Acknowledged]) throws -> (found: Int, lost: [String]) {
        guard !acknowledged.isEmpty else { return (0, []) }
        let store = try IntakeStore(
            dataDirectory: dataDirectory, inspectorKeys: inspectorKeys,
            configuration: IntakeStore.Configuration(catalog: try Catalog.bundled()))
        defer { store.close() }
        var found = 0
        var lost: [String] = []
        for ack in acknowledged {
            if markers[ack.marker] != nil, Self.caseCarries(ack, in: store) {
                found += 1
            } else {
                // Only the marker is named: the token stays in memory.
                lost.append(ack.marker)
            }
        }
        return (found, lost)
    }

    /// Whether the case of `ack.token` holds a report carrying `ack.marker`.
    private static func caseCarries(_ ack: CitizenClient.Acknowledged, in store: IntakeStore) -> Bool {
        guard let token = try? CaseToken(parsing: ack.token), let timeline = try? store.timeline(token: token) else {
            return false
        }
        return timeline.contains { entry in
            guard let message = entry.message, case .report(let report) = message.body else { return false }
            return CrashMarker.find(in: report.account) == ack.marker
        }
    }

    private func openLedger() throws -> Ledger {
        var options = Ledger.Options()
        options.indexKeys = IntakeRecord.indexKeys
        options.createIfMissing = false
        do {
            return try Ledger.open(at: ledgerDirectory, options: options)
        } catch {
            throw Failure(description: "the ledger does not open: \(error)")
        }
    }
}
