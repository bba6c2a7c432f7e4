import API
import Casework
import HTTP
import Ledger
import Stores
import Transparency
import Web

/// The public outcomes log as C2SP tlog-tiles endpoints (c2sp.org/tlog-tiles): anyone's witness, monitor
/// or `candor-audit` reads and checks the log through them, without Candor's code.
///
/// - `GET /checkpoint`: the latest signed checkpoint (a C2SP signed note), `text/plain; charset=utf-8`,
///   never cached: it changes with every publication.
/// - `GET /tile/<L>/<N>[.p/<W>]`: Merkle tree tiles; `GET /tile/entries/<N>[.p/<W>]`: entry bundles
///   (each entry a big-endian uint16 length and its bytes). Both `application/octet-stream`.
///
/// A full tile or bundle never changes, so it is cached for a year as immutable. A partial one is
/// cached briefly: the log may stop serving it once the full one exists. A tile the tree does not have
/// complete yet is 404; a path that is not in the spec's one spelling is 400 (``TilePath``).
public enum PublicLog {
    static let immutable = "public, max-age=31536000, immutable"
    static let partial = "public, max-age=60"
    static let checkpoint = "no-cache"

    /// With `witnessing`, `/checkpoint` carries the witnesses' cosignatures and follows the deployment's
    /// quorum setting: a checkpoint short of the quorum is published or withheld (the last one that met it
    /// is served instead; 503 while none has).
    public static func install(
        into router: inout Router, outcomes: OutcomeStore, witnessing: CheckpointWitnessing? = nil
    ) {
        router.route(.get, "/checkpoint") { _ in
            let note = witnessing.map { $0.served(origin: outcomes.origin) } ?? outcomes.signedCheckpoint
            guard let note else {
                return .text(
                    "no checkpoint has been cosigned by a quorum of witnesses yet\n", status: .serviceUnavailable)
            }
            var response = HTTPResponse.text(note)
            response.headers["Cache-Control"] = checkpoint
            response.headers["Access-Control-Allow-Origin"] = "*"
            return response
        }
        router.route(.get, prefix: "/tile/") { request in try tile(request.path, outcomes: outcomes) }
    }

    /// The tile or bundle at `path`, read from the tree the store has now.
    static func tile(_ path: String, outcomes: OutcomeStore) throws -> HTTPResponse {
        let tilePath: TilePath
        do {
            tilePath = try TilePath(parsing: path)
        } catch {
            throw HTTPError.badRequest("not a tile path: \(error.description)")
        }
        // Read the size once: a publication during this request must not widen the tile half-way.
        let treeSize = outcomes.count
        guard TileLayout.exists(tilePath, treeSize: treeSize) else { throw HTTPError.notFound }
        let body: [UInt8]
        switch tilePath.kind {
        case .hashes:
            guard let bytes = TileLayout.tile(tilePath, hash: { outcomes.completeSubtreeHash(level: $0, index: $1) })
            else { throw HTTPError.notFound }
            body = bytes
        case .entries:
            let start = tilePath.index * UInt64(TilePath.fullWidth)
            var entries: [[UInt8]] = []
            for index in start..<(start + UInt64(tilePath.width)) {
                // A storage failure is a 500 that says nothing more (Router).
                entries.append(try outcomes.entry(at: index))
            }
            body = TileLayout.bundle(entries)
        }
        var response = HTTPResponse.bytes(body, contentType: "application/octet-stream")
        response.headers["Cache-Control"] = tilePath.isPartial ? partial : immutable
        response.headers["Access-Control-Allow-Origin"] = "*"
        return response
    }
}
