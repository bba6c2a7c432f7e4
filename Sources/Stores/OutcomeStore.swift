import Casework
import Catalogue
import Foundation
import Ledger
import Outcomes
import Sodium
import Synchronization
import Transparency

/// Why the server refused to publish an outcome. Nothing is appended for a refusal, but for a
/// ``storage(_:storedEntry:)`` failure of the checkpoint after a durable append, whose message says so.
public enum OutcomeRejection: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not an entry (Outcomes.md), or fields the catalogue does not know.
    case malformed(String)
    /// The entry's key id is not the key of the inspector who sent it, or the signature does not verify.
    case invalidSignature
    /// An outcome with this id is already in the log.
    case duplicate(String)
    /// The outcomes log failed (a write or fsync): it refuses every publish until the server restarts.
    /// With `storedEntry`, the entry was appended durably but no checkpoint could be signed for it.
    case storage(LedgerError, storedEntry: UInt64? = nil)

    public var description: String {
        switch self {
        case .malformed(let why): why
        case .invalidSignature: "the outcome's signature does not verify with your key: it was forged or altered"
        case .duplicate(let id): "an outcome with id \(id) is already published"
        case .storage(let error, .none): "the outcomes log failed: \(error)"
        case .storage(let error, .some(let index)):
            "the outcomes log failed: entry \(index) is stored, but no checkpoint could be signed for it (\(error)); "
                + "it is published when the server restarts, and sending it again answers duplicate_outcome"
        }
    }
}

/// The public outcomes log: a ledger of signed ``PublicOutcome`` entries whose Merkle leaves are the
/// entries themselves (so it can be served as C2SP tlog-tiles), and its signed checkpoints.
///
/// Folder: `DATA/outcomes/` (the ledger) and `DATA/outcomes-signer.key` (the log's checkpoint key; its
/// verifier key goes in `Keys/outcomes.key`). Every publish appends one entry and signs a new
/// checkpoint before it returns, so the public always sees a signed tree that includes it.
public final class OutcomeStore: Sendable {
    public static let ledgerFolderName = "outcomes"
    public static let signerFileName = "outcomes-signer.key"
    /// The record type of an outcome entry.
    public static let entryType: UInt8 = 1

    public let catalog: Catalog
    /// The deployment's `Keys/outcomes.names` setting: whether an entry may name the disciplined official.
    public let namesAllowed: Bool
    public let signer: NoteSigner
    public let origin: String
    let ledger: Ledger
    private let publishLock = NSLock()
    /// The outcomes in log order, parsed once: the public pages read them on every request.
    private let cache: Mutex<[SignedOutcome]>

    /// Opens (or creates) the outcomes log in `dataDirectory`, with its signer (created on first use).
    public init(
        dataDirectory: String, origin: String, catalog: Catalog, ledgerOptions: Ledger.Options = Ledger.Options(),
        namesAllowed: Bool = false
    )
        throws(StoreError)
    {
        self.catalog = catalog
        self.namesAllowed = namesAllowed
        self.origin = origin
        signer = try CheckpointSignerKey.loadOrCreate(in: dataDirectory, name: origin, fileName: Self.signerFileName)
        var options = ledgerOptions
        options.leafIsPayloadOnly = true
        options.maxPayloadLength = PublicOutcome.maximumEntryByteCount
        ledger = try StoreLedger.open(
            at: dataDirectory + "/" + Self.ledgerFolderName, options: options, log: "outcomes")
        var outcomes: [SignedOutcome] = []
        for index in 0..<ledger.count {
            let record: LedgerRecord
            do {
                record = try ledger.record(at: index)
            } catch {
                throw .ledger(error)
            }
            // Every entry was checked before it was appended; the ledger's checksums guard it since.
            guard let parsed = try? SignedOutcome(entry: record.payload) else {
                throw .storage("outcome entry \(index) does not parse: the log is damaged")
            }
            outcomes.append(parsed)
        }
        cache = Mutex(outcomes)
        do {
            _ = try ledger.signedCheckpointOfAllRecords(origin: origin, signer: signer)
        } catch {
            throw .ledger(error)
        }
    }

    public func close() { ledger.close() }

    /// The verifier key of the log's checkpoints: what `Keys/outcomes.key` holds.
    public var verifierKey: String { signer.verifierKey }

    /// The number of entries.
    public var count: UInt64 { ledger.count }

    /// Every published outcome, in log order (index = position).
    public var outcomes: [SignedOutcome] { cache.withLock { $0 } }

    /// The latest signed checkpoint (a C2SP signed note): it always covers every entry.
    public var signedCheckpoint: String { ledger.lastSignedCheckpoint ?? "" }

    /// The checkpoint the signed note carries.
    public var checkpoint: Checkpoint? { ledger.lastCheckpoint }

    /// The entry bytes at `index`.
    public func entry(at index: UInt64) throws(StoreError) -> [UInt8] {
        do {
            return try ledger.record(at: index).payload
        } catch {
            throw .ledger(error)
        }
    }

    /// A complete subtree hash, for tiles (``MerkleTree/completeSubtreeHash(level:index:)``).
    public func completeSubtreeHash(level: Int, index: UInt64) -> [UInt8]? {
        ledger.completeSubtreeHash(level: level, index: index)
    }

    public func inclusionProof(index: UInt64, treeSize: UInt64) throws(StoreError) -> InclusionProof {
        do {
            return try ledger.inclusionProof(leafIndex: index, treeSize: treeSize)
        } catch {
            throw .ledger(error)
        }
    }

    public func consistencyProof(from oldSize: UInt64, to newSize: UInt64) throws(StoreError) -> ConsistencyProof {
        do {
            return try ledger.consistencyProof(from: oldSize, to: newSize)
        } catch {
            throw .ledger(error)
        }
    }

    /// Checks an inspector's signed entry and appends it, then signs a new checkpoint; returns the
    /// entry's index once both are durable.
    ///
    /// - Parameter signer: the inspector who sent it (from the signed request): the entry must carry
    ///   their key id and verify with their key.
    public func publish(_ entry: [UInt8], signer inspector: InspectorKey) throws(OutcomeRejection) -> UInt64 {
        let parsed: SignedOutcome
        do {
            parsed = try SignedOutcome(entry: entry)
        } catch {
            throw .malformed(error.description)
        }
        let problems = parsed.outcome.problems(catalog: catalog, namesAllowed: namesAllowed)
        guard problems.isEmpty else { throw .malformed(problems.joined(separator: "; ")) }
        guard parsed.isSigned(by: inspector.signingKey) else { throw .invalidSignature }
        publishLock.lock()
        defer { publishLock.unlock() }
        if outcomes.contains(where: { $0.outcome.id == parsed.outcome.id }) { throw .duplicate(parsed.outcome.id) }
        let index: UInt64
        do {
            index = try ledger.appendAndWait(type: Self.entryType, payload: entry)
        } catch {
            throw .storage(error)
        }
        cache.withLock { $0.append(parsed) }
        do {
            _ = try ledger.signCheckpoint(origin: origin, signer: signer)
        } catch {
            // The entry is durable: say so, or the inspector would believe it lost and the log would
            // answer their retry with "duplicate". The next open signs the checkpoint that covers it.
            throw .storage(error, storedEntry: index)
        }
        return index
    }
}
