import Casework
import Catalogue
import Commands
import Deployment
import Foundation
import Keys
import Sodium
import Stores

/// The intake log `candor-bench inspector` measures, built in-process through the intake store: N reports
/// sealed to three inspectors standing for three units (Hà Nội, Cà Mau, national), day marks over about a
/// year, and the events of a working inspectorate (accepted, some assigned, some resolved, a few declined).
struct InspectorLog {
    /// The units' keys: the national one is the member whose tool is measured.
    static let units = ["ha-noi", "ca-mau", "quoc-gia"]
    static let passphrase = "candor bench inspector"

    let directory: String
    let cases: Int

    var data: String { directory + "/data" }
    var keys: String { directory + "/Keys" }
    var memberKeyFile: String { directory + "/quoc-gia.candor-key" }

    /// Builds the keys, the key file of the member and the log, telling `progress` the reports filed so far.
    func build(progress: (Int) -> Void) throws {
        try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
        var members: [InspectorPrivateKey] = []
        for name in Self.units {
            let key = try InspectorPrivateKey.generate(name: name)
            try (key.publicKey.line + "\n").write(toFile: "\(keys)/\(name).pub", atomically: true, encoding: .utf8)
            members.append(key)
        }
        try KeyFile.create(
            members[2], passphrase: Passphrase.bytes(Self.passphrase), limits: .interactive, at: memberKeyFile)

        let catalog = try Catalog.bundled()
        let clock = SettableClock(Date(timeIntervalSince1970: 1_767_225_600))  // 2026-01-01 00:00 UTC
        var configuration = IntakeStore.Configuration(catalog: catalog)
        configuration.checkpointSigner = try CheckpointSignerKey.loadOrCreate(in: data, name: "candor.example/intake")
        configuration.checkpointOrigin = "candor.example/intake"
        configuration.signsReceiptsEagerly = false
        configuration.clock = clock
        let store = try IntakeStore(
            dataDirectory: data, inspectorKeys: try InspectorKeys(directory: keys), configuration: configuration)
        defer { store.close() }
        if let key = store.checkpointVerifierKey {
            try (key + "\n").write(toFile: keys + "/log.key", atomically: true, encoding: .utf8)
        }
        let provinces = catalog.provinces.ids
        let procedures = catalog.procedures.ids
        let kinds = catalog.misconductKinds.ids
        let outcome = catalog.outcomes.ids[0]
        let inspectors = try InspectorKeys(directory: keys).sealingKeys
        // 330 working days' worth: the day moves on every `perDay` reports.
        let perDay = max(1, cases / 330)
        var filed: [(tag: CaseTag, reply: SealedBox.PublicKey)] = []
        filed.reserveCapacity(cases)
        while filed.count < cases {
            let count = min(perDay, cases - filed.count)
            let base = filed.count
            let today = Filed()
            // Many submitters at once, as many citizens are: each waits for its fsync, and the ledger's
            // group commit makes one fsync cover them all.
            let group = DispatchGroup()
            for worker in 0..<64 {
                group.enter()
                Thread {
                    defer { group.leave() }
                    var mine: [(Int, CaseTag, SealedBox.PublicKey)] = []
                    var number = worker
                    while number < count {
                        let n = base + number
                        let report = Report(
                            province: provinces[n % provinces.count], procedure: procedures[n % procedures.count],
                            agency: "Bộ phận một cửa số \(n % 97)", misconduct: [kinds[n % kinds.count]],
                            account:
                                "Báo cáo số \(n): cán bộ yêu cầu nộp thêm tiền ngoài quy định để được giải quyết hồ sơ.",
                            month: 1, year: 2026)
                        if let receipt = try? store.submit(report: report) {
                            mine.append((n, receipt.caseTag, receipt.token.replyKey().publicKey))
                        }
                        number += 64
                    }
                    today.add(mine)
                }.start()
            }
            group.wait()
            for (_, tag, reply) in today.all.sorted(by: { $0.0 < $1.0 }) { filed.append((tag, reply)) }
            // The inspectorate's work of the day: decisions on the reports of 5 days ago, resolutions on
            // those of 25 days ago.
            let now = Int64(clock.now.timeIntervalSince1970)
            func act(_ action: InspectorEvent.Action, on number: Int, _ details: EventDetails) throws {
                let event = try InspectorEvent.make(
                    action: action, details: details, caseTag: filed[number].tag, replyKey: filed[number].reply,
                    inspectors: inspectors, time: now, inspector: members[2].name, signingKey: members[2].signingKey,
                    catalog: catalog)
                _ = try store.appendEvent(event.bytes)
            }
            for number in max(0, base - 5 * perDay)..<max(0, base - 4 * perDay) {
                switch number % 10 {
                case 0..<6: try act(.accept, on: number, EventDetails())
                case 6: try act(.decline, on: number, EventDetails(reason: "Không thuộc thẩm quyền."))
                default: continue
                }
                if number % 10 == 1 { try act(.assign, on: number, EventDetails(assignee: members[2].name)) }
            }
            for number in max(0, base - 25 * perDay)..<max(0, base - 24 * perDay) where number % 10 < 3 {
                try act(.resolve, on: number, EventDetails(outcome: outcome, summary: "Đã xử lý, cán bộ bị kỷ luật."))
            }
            clock.set(clock.now.addingTimeInterval(86_400))
            progress(filed.count)
        }
    }
}

/// A wall clock the builder moves on a day at a time, so the log has a day mark per working day.
final class SettableClock: WallClock, @unchecked Sendable {
    // @unchecked: `date` is only touched under `lock`.
    private let lock = NSLock()
    private var date: Date

    init(_ date: Date) { self.date = date }

    var now: Date { lock.withLock { date } }

    func set(_ date: Date) { lock.withLock { self.date = date } }
}

/// The reports the submitting threads filed, by number.
final class Filed: @unchecked Sendable {
    // @unchecked: `all` is only touched under `lock`.
    private let lock = NSLock()
    private var items: [(Int, CaseTag, SealedBox.PublicKey)] = []

    func add(_ more: [(Int, CaseTag, SealedBox.PublicKey)]) { lock.withLock { items += more } }

    var all: [(Int, CaseTag, SealedBox.PublicKey)] { lock.withLock { items } }
}
