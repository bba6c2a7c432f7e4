import Casework
import Catalogue
import Commands
import Deployment
import Dispatch
import Foundation
import Keys
import Stores

/// `candor-bench units-start --cases N`: how long the intake takes to open a log of N reports routed to
/// three units (Hà Nội, Cà Mau, national; every tenth with a one-chunk attachment, so with its link),
/// now that it builds its case → units and attachment → case map when it opens (Stores.md), against
/// opening the same log as a flat `Keys/` (no map), and how many case reads the first inspector
/// questions then cost (none).
struct UnitsStartBenchmark {
    let json: Bool
    let cases: Int

    init(_ arguments: ParsedArguments) throws(Problem) {
        json = arguments.flag("--json")
        cases = try arguments.count("--cases", default: 100_000)
        guard cases >= 1 else { throw .usage("--cases must be at least 1") }
    }

    func run() throws {
        let folder = NSTemporaryDirectory() + "candor-units-start-\(getpid())"
        try? FileManager.default.removeItem(atPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let catalog = try Catalog.bundled()
        let members = try ["ha-noi", "ca-mau", "chinh-phu"].map { try InspectorPrivateKey.generate(name: "\($0)-1") }
        let files = try zip(["ha-noi", "ca-mau", "chinh-phu"], members).map {
            try UnitKeyFile.create(unit: $0.0, members: [$0.1.publicKey]).file
        }
        let inspectors = try InspectorKeys(members.map(\.publicKey))
        let inspectorates = try Inspectorates(inspectors: inspectors, units: files, catalog: catalog.units)
        var configuration = IntakeStore.Configuration(catalog: catalog)
        configuration.signsReceiptsEagerly = false

        let built = Date()
        var store = try IntakeStore(dataDirectory: folder, inspectorates: inspectorates, configuration: configuration)
        let tags = try Self.fill(store, cases: cases, catalog: catalog)
        store.close()
        let buildSeconds = Date().timeIntervalSince(built)

        let flatStart = Date()
        let flat = try IntakeStore(dataDirectory: folder, inspectorKeys: inspectors, configuration: configuration)
        let flatOpenSeconds = Date().timeIntervalSince(flatStart)
        let records = flat.recordCount
        flat.close()

        let reads = ReadCount()
        configuration.onRecordRead = { _ in reads.add() }
        let start = Date()
        store = try IntakeStore(dataDirectory: folder, inspectorates: inspectorates, configuration: configuration)
        let openSeconds = Date().timeIntervalSince(start)
        defer { store.close() }
        let counts = store.caseMapCounts
        for tag in tags.prefix(1000) { _ = store.mayRead(members[1].name, caseTag: tag) }
        report(
            [
                ("cases", cases),
                ("records", Int(records)),
                ("mappedCases", counts.cases),
                ("linkedAttachments", counts.attachments),
                ("openSeconds", openSeconds),
                ("flatOpenSeconds", flatOpenSeconds),
                ("caseReadsForFirstThousandQuestions", reads.value),
                ("buildSeconds", buildSeconds),
            ], json: json, title: "candor-bench units-start (\(cases) reports, 3 units)")
    }

    /// Submits the reports from 32 threads (the ledger's group commit shares their fsyncs); returns the tags.
    static func fill(_ store: IntakeStore, cases: Int, catalog: Catalog) throws -> [CaseTag] {
        let filed = TagList()
        DispatchQueue.concurrentPerform(iterations: 32) { worker in
            var number = worker
            var mine: [CaseTag] = []
            while number < cases {
                var attachments: [SealedAttachment] = []
                if number % 10 == 0 {
                    let upload = store.beginAttachment(name: "bien-lai-\(number).txt", mediaType: "text/plain")
                    if (try? upload.write(Array("Biên lai số \(number)".utf8))) != nil,
                        let sealed = try? upload.finish()
                    {
                        attachments.append(sealed)
                    }
                }
                let report = Report(
                    province: number % 2 == 0 ? "ha-noi" : "ca-mau", procedure: catalog.procedures.ids[0],
                    agency: "Bộ phận một cửa số \(number % 97)", misconduct: [catalog.misconductKinds.ids[0]],
                    account: "Báo cáo số \(number): cán bộ yêu cầu nộp thêm tiền ngoài quy định.", month: 1,
                    year: 2026)
                if let receipt = try? store.submit(report: report, attachments: attachments) {
                    mine.append(receipt.caseTag)
                }
                number += 32
            }
            filed.add(mine)
        }
        return filed.all
    }
}

/// The tags the submitting threads filed.
private final class TagList: @unchecked Sendable {
    // @unchecked: `items` is only touched under `lock`.
    private let lock = NSLock()
    private var items: [CaseTag] = []

    func add(_ more: [CaseTag]) { lock.withLock { items += more } }

    var all: [CaseTag] { lock.withLock { items } }
}

/// Case reads counted from the store's read hook.
private final class ReadCount: @unchecked Sendable {
    // @unchecked: `count` is only touched under `lock`.
    private let lock = NSLock()
    private var count = 0

    func add() { lock.withLock { count += 1 } }

    var value: Int { lock.withLock { count } }
}
