import Casework
import Foundation
import Ledger
import Stores
import Testing
import Transparency

/// Issue 12, L6: a checkpoint the log really signed, claiming a size no log can have. candor-audit
/// exits 2 naming it, without a crash and without trying to allocate for it, and saves no baseline.
extension AuditTests {
    @Test(arguments: [UInt64(1) << 63, UInt64.max, TileReader.maximumTreeSize + 1])
    func aSignedCheckpointOfAnAbsurdSizeExitsTwo(size: UInt64) throws {
        let signer = try CheckpointSignerKey.loadOrCreate(
            in: data, name: Self.origin, fileName: OutcomeStore.signerFileName)
        let note = SignedCheckpoint(
            try Checkpoint(origin: Self.origin, size: size, rootHash: [UInt8](repeating: 0, count: 32)),
            signedBy: signer
        ).serialized
        let log = try TamperingServer { path in
            guard path == "/checkpoint" else { throw Binaries.TestFailure("no tile") }
            return Array(note.utf8)
        }
        defer { log.server.shutdown() }
        let absurd = try audit(log.url)
        #expect(absurd.status == 2, "\(absurd.stderr)")
        #expect(
            absurd.stderr.hasPrefix("IMPLAUSIBLE CHECKPOINT: the log signed a checkpoint of \(size) entries"),
            "\(absurd.stderr)")
        #expect(!FileManager.default.fileExists(atPath: state + "/checkpoint"))
    }
}
