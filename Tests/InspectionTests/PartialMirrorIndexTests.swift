import API
import Casework
import Deadlines
import Foundation
import HTTPServing
import InspectorWorkspace
import Keys
import Ledger
import Sodium
import TestSupport
import Testing
import Unlocking
import Web

@testable import CaseIndex
@testable import Mirroring
@testable import Stores
@testable import Triage

/// The case index after a late fill: only the filled cases are filed again (CaseIndex.md, "Late records").
extension PartialMirrorAttachmentTests {
    /// An index context of `member`'s mirror that counts its progress lines.
    func indexContext(_ member: InspectorPrivateKey, _ mirror: Mirror, lines: Locked<[String]>) throws -> IndexContext {
        let signers = [lan, cuong, tuan].map { KnownSigner(name: $0.name, signingKey: $0.publicKey.signingKey) }
        return IndexContext(
            mirror: mirrorPath, keys: try IndexKeys(member), openingKeys: try inspectorates.openingKeys(for: member),
            signers: signers, policy: try DeadlinePolicy.bundled(),
            progress: { line in lines.withLock { $0.append(line) } },
            lateCopy: { (try? mirror.lateCopy(of: $0)) ?? nil })
    }

    /// A sync as `member`, then the index update a sync runs.
    func syncAndIndex(_ server: HTTPServer, as member: InspectorPrivateKey, lines: Locked<[String]>) throws {
        let mirror = try Mirror(directory: mirrorPath)
        defer { mirror.close() }
        let previous =
            (try? Workspace.verifiedCheckpoint(mirrorPath)) ?? (size: 0, rootHash: [UInt8](repeating: 0, count: 32))
        let lateBefore = mirror.lateRecordCount
        let url = try HTTPClient.ServerURL("http://127.0.0.1:\(server.port!)")
        var sync = Sync(connection: InspectorConnection(server: url, key: member), mirror: mirror, logKey: logKey)
        _ = try sync.run()
        IndexUpdate.afterSync(
            mirror: mirror, previous: previous, lateBefore: lateBefore,
            context: try indexContext(member, mirror, lines: lines))
    }

    var indexInode: Int? {
        (try? FileManager.default.attributesOfItem(atPath: mirrorPath + "/index"))?[.systemFileNumber] as? Int
    }

    @Test("a late fill files only the filled case again: the index equals a fresh rebuild's, and none ran")
    func lateFillRefilesItsCase() throws {
        let store = try openStore()
        defer { store.close() }
        let server = try serve(store)
        defer { server.shutdown() }
        let (receipt, _) = try Self.submit(store)
        let lines = Locked<[String]>([])
        try syncAndIndex(server, as: cuong, lines: lines)
        let before = try CaseIndex.read(indexContextOutsideSync(cuong, lines: lines))
        #expect(before.caseCount == 1, "only the Cà Mau case")
        let inode = try #require(indexInode)

        try transferToCaMau(receipt.caseTag, store)
        try syncAndIndex(server, as: cuong, lines: lines)
        #expect(indexInode == inode, "the index folder was updated in place, not rebuilt")
        #expect(lines.withLock { $0 }.allSatisfy { !$0.contains("rebuilding") })
        let context = try indexContextOutsideSync(cuong, lines: lines)
        let filled = try CaseIndex.read(context).summaries()
        #expect(filled.count == 2)
        #expect(filled.contains { $0.id == receipt.logIndex })
        let verified = try Workspace.verifiedCheckpoint(mirrorPath)
        let rebuilt = try CaseIndex.rebuild(
            context, size: verified.size, rootHash: verified.rootHash, unlessCurrent: false)
        #expect(try rebuilt.summaries() == filled)
    }

    /// A context for reading the index once the sync closed the mirror.
    func indexContextOutsideSync(_ member: InspectorPrivateKey, lines: Locked<[String]>) throws -> IndexContext {
        let signers = [lan, cuong, tuan].map { KnownSigner(name: $0.name, signingKey: $0.publicKey.signingKey) }
        let copies = Mirror.LateCopies(mirrorDirectory: mirrorPath)
        return IndexContext(
            mirror: mirrorPath, keys: try IndexKeys(member), openingKeys: try inspectorates.openingKeys(for: member),
            signers: signers, policy: try DeadlinePolicy.bundled(),
            progress: { line in lines.withLock { $0.append(line) } }, lateCopy: { copies.copy(of: $0) })
    }
}
