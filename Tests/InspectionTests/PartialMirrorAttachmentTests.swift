import API
import Attachments
import Casework
import Catalogue
import Deployment
import Foundation
import HTTP
import HTTPServing
import InspectorWeb
import Keys
import Ledger
import Sodium
import TestSupport
import Testing
import Unlocking
import Web

@testable import Mirroring
@testable import Stores
@testable import Transparency
@testable import Triage

/// The chunks of an attachment follow its case: a member of another unit holds their leaf hashes only,
/// until the case is transferred to their unit (Sync.md, "Partial mirrors"; Envelope.md, "Attachment links").
@Suite("Partial mirror: attachment chunks follow their case")
struct PartialMirrorAttachmentTests {
    static func inspector(_ n: UInt8, _ name: String) -> InspectorPrivateKey {
        try! InspectorPrivateKey(
            name: name, sealingSeed: SecureBytes([UInt8](repeating: n, count: 32)),
            signingSeed: SecureBytes([UInt8](repeating: n &+ 0x40, count: 32)))
    }

    static let origin = "test.candor/intake"
    let lan = inspector(1, "lan")
    let cuong = inspector(2, "cuong")
    let tuan = inspector(3, "tuan")
    let folder = TemporaryDirectory("attachment-mirror")
    let inspectorates: Inspectorates
    let logKey: NoteVerifier
    var data: String { folder.child("data") }
    var mirrorPath: String { folder.child("mirror") }
    /// 70 000 bytes: two chunk records.
    static let file = (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }

    init() throws {
        let files = try [("ha-noi", lan), ("ca-mau", cuong), ("chinh-phu", tuan)].map {
            try UnitKeyFile.create(unit: $0.0, members: [$0.1.publicKey]).file
        }
        inspectorates = try Inspectorates(
            inspectors: InspectorKeys([lan, cuong, tuan].map(\.publicKey)), units: files,
            catalog: try Catalog.bundled().units)
        try FileManager.default.createDirectory(atPath: folder.child("data"), withIntermediateDirectories: true)
        logKey = try CheckpointSignerKey.loadOrCreate(in: folder.child("data"), name: Self.origin).verifier
    }

    func openStore() throws -> IntakeStore {
        var configuration = IntakeStore.Configuration(catalog: try Catalog.bundled())
        configuration.clock = PinnedClock.may2026
        configuration.signsReceiptsEagerly = false
        configuration.checkpointSigner = try CheckpointSignerKey.loadOrCreate(in: data, name: Self.origin)
        configuration.checkpointOrigin = Self.origin
        return try IntakeStore(dataDirectory: data, inspectorates: inspectorates, configuration: configuration)
    }

    /// The store's inspector API with the units' read policy, as candor-server installs it.
    func serve(_ store: IntakeStore) throws -> HTTPServer {
        var router = Router()
        InspectorAPI.install(
            into: &router, authenticator: InspectorAuthenticator(keys: store.inspectorKeys), store: store,
            readable: InspectorAPI.unitsPolicy(store))
        let server = HTTPServer(address: .tcp(host: "127.0.0.1", port: 0), router: router)
        try server.start()
        return server
    }

    func sync(_ server: HTTPServer, as member: InspectorPrivateKey) throws -> Sync.Outcome {
        let mirror = try Mirror(directory: mirrorPath)
        defer { mirror.close() }
        let url = try HTTPClient.ServerURL("http://127.0.0.1:\(server.port!)")
        var sync = Sync(connection: InspectorConnection(server: url, key: member), mirror: mirror, logKey: logKey)
        return try sync.run()
    }

    func book(_ records: [LedgerRecord], _ member: InspectorPrivateKey) throws -> CaseBook {
        let signers = [lan, cuong, tuan].map { KnownSigner(name: $0.name, signingKey: $0.publicKey.signingKey) }
        return CaseBook(records: records, keys: try inspectorates.openingKeys(for: member), signers: signers)
    }

    static func report(_ province: String) -> Report {
        Report(
            province: province, procedure: "doi-giay-phep-lai-xe", agency: "Phòng CSGT", misconduct: ["hoi-lo"],
            account: "Cán bộ đòi 500.000 đồng để nhận hồ sơ.", month: 4, year: 2026)
    }

    /// A Hà Nội report with one attachment, and a Cà Mau one: the log, and the chunks' indexes.
    static func submit(_ store: IntakeStore) throws -> (receipt: Receipt, attachment: SealedAttachment) {
        let upload = store.beginAttachment(name: "bien-lai.txt", mediaType: "text/plain")
        try upload.write(file)
        let attachment = try upload.finish()
        let receipt = try store.submit(report: report("ha-noi"), attachments: [attachment])
        _ = try store.submit(report: report("ca-mau"))
        return (receipt, attachment)
    }

    @Test(
        "a Cà Mau member's mirror holds no chunk of a Hà Nội attachment, verifies the whole log, and fills them after a transfer"
    )
    func chunksFollowTheirCase() throws {
        let store = try openStore()
        defer { store.close() }
        let server = try serve(store)
        defer { server.shutdown() }
        let (receipt, attachment) = try Self.submit(store)
        let chunks = store.ledgerIndexes(ofAttachment: attachment.id)
        #expect(chunks.count == 2)
        let link = try #require(store.linkIndexes(of: receipt.caseTag).first)
        #expect(link == receipt.logIndex + 1, "the link follows its envelope")

        let first = try sync(server, as: cuong)
        #expect(first.verifiedRecords == store.recordCount)
        try withMirror { mirror throws in
            for index in chunks + [receipt.logIndex, link] { #expect(try mirror.isWithheld(index)) }
            #expect(try mirror.rootHash(size: store.recordCount) == store.ledger.rootHash(size: store.recordCount))
            #expect(try mirror.ledger.verify().records == store.recordCount)
            #expect(
                mirroringError { () throws(MirroringError) in try mirror.attachmentChunkPayloads(attachment.id) } != nil
            )
        }

        try transferToCaMau(receipt.caseTag, store)

        let second = try sync(server, as: cuong)
        #expect(second.downloaded == 1 + 2 + 2, "the transfer; late, the report and its link, and the two chunks")
        try withMirror { mirror throws in
            for index in chunks + [receipt.logIndex, link] {
                #expect(try !mirror.isWithheld(index))
                #expect(try mirror.record(at: index) == store.record(at: index))
            }
            let records = try (0..<mirror.recordCount).map { try mirror.record(at: $0) }
            let opened = try #require(try book(records, cuong).cases.first { $0.tag == receipt.caseTag })
            let listed = try #require(opened.attachments.first)
            #expect(listed.id == attachment.id)
            #expect(
                try AttachmentOpener.open(listed, payloads: mirror.attachmentChunkPayloads(attachment.id)) == Self.file)
        }
    }

    @Test("after a restart the server knows every case's units and every attachment's case without reading a case")
    func mapBuiltAtStart() throws {
        var store = try openStore()
        let (receipt, attachment) = try Self.submit(store)
        let chunk = try store.record(at: store.ledgerIndexes(ofAttachment: attachment.id)[0])
        store.close()
        let reads = Counter()
        var configuration = store.configuration
        configuration.onRecordRead = { _ in reads.increment() }
        store = try IntakeStore(dataDirectory: data, inspectorates: inspectorates, configuration: configuration)
        defer { store.close() }
        #expect(store.caseMapCounts.cases == 2)
        #expect(store.caseMapCounts.attachments == 1)
        let readers = ["lan", "cuong", "tuan"].filter { store.mayRead($0, record: chunk) }
        #expect(readers == ["lan", "tuan"])
        #expect(!store.mayRead("cuong", caseTag: receipt.caseTag))
        #expect(reads.value == 0, "answered from the map built at start")
    }

    @Test("a chunk no link names (a log written before links) is readable by every inspector")
    func unlinkedChunk() throws {
        let store = try openStore()
        defer { store.close() }
        let upload = store.beginAttachment(name: "a.txt", mediaType: "text/plain")
        try upload.write([1, 2, 3])
        let attachment = try upload.finish()
        let chunk = try store.record(at: store.ledgerIndexes(ofAttachment: attachment.id)[0])
        #expect(["lan", "cuong", "tuan"].filter { store.mayRead($0, record: chunk) }.count == 3)
    }

    /// The national unit hands the case to Cà Mau, granting its report's content key.
    func transferToCaMau(_ tag: CaseTag, _ store: IntakeStore) throws {
        let national = try book((0..<store.recordCount).map { try store.record(at: $0) }, tuan)
        let item = try #require(national.cases.first { $0.tag == tag })
        let grants = national.openableRecords(of: item).map {
            EventDetails.Grant(
                record: $0, key: Data(national.contentKey(record: $0)!.unsafeCopiedBytes()).base64EncodedString())
        }
        let recipients = inspectorates.sealingKeys(forUnits: ["ha-noi", "chinh-phu", "ca-mau"])
        let transfer = try InspectorEvent.make(
            action: .transfer, details: EventDetails(reason: "Cà Mau's office handled the file.", grants: grants),
            caseTag: item.tag, replyKey: item.replyKey, inspectors: recipients,
            time: Int64(PinnedClock.may2026.now.timeIntervalSince1970), inspector: "tuan", unit: "ca-mau",
            signingKey: tuan.signingKey)
        _ = try store.appendEvent(transfer.bytes, requester: tuan.publicKey)
    }

    func withMirror(_ body: (Mirror) throws -> Void) throws {
        let mirror = try Mirror(directory: mirrorPath)
        defer { mirror.close() }
        try body(mirror)
    }
}

/// A thread-safe count.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}

extension IntakeStore {
    func ledgerIndexes(ofAttachment id: AttachmentID) -> [UInt64] {
        ledger.records(forKey: IntakeRecord.indexKey(for: id))
    }

    func linkIndexes(of tag: CaseTag) -> [UInt64] { ledger.records(forKey: IntakeRecord.linkIndexKey(for: tag)) }
}
