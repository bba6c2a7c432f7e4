import Casework
import Catalogue
import Commands
import Deployment
import Foundation
import Keys
import Sodium
import Unlocking

/// `candor-bench seal --units N --members M`: sealing a report for N units of M members each, against
/// sealing one for `--recipients` inspectors the flat way, in the same run.
///
/// Both are the whole of what the intake does per report (``Envelope/seal``: pad, encrypt, one sealed
/// box per recipient, the citizen's signature). With units a report is sealed once per unit of its
/// route (the unit's current epoch key), whatever the unit's size, plus the citizen's reply key; the
/// flat way seals it to every inspector plus the reply key. The unit files are real (each member's
/// copy sealed), and one sealed report is opened by the last member of the first unit to check it.
struct UnitSealBenchmark {
    let json: Bool
    let seconds: Double
    let reportBytes: Int
    let inspectors: Int
    let units: Int
    let members: Int

    init(_ arguments: ParsedArguments, units: Int) throws(Problem) {
        json = arguments.flag("--json")
        seconds = Double(try arguments.count("--seconds", default: 2))
        reportBytes = try arguments.count("--report-bytes", default: 4096)
        inspectors = try arguments.count("--recipients", default: 3)
        members = try arguments.count("--members", default: 20)
        self.units = units
        guard (1...35).contains(units), members >= 1, inspectors >= 1 else {
            throw .usage("--units must be 1 to 35, --members and --recipients at least 1")
        }
    }

    func run() throws {
        let catalog = try Catalog.bundled().units
        // The national unit, and the first provincial ones: a report about the first province is routed
        // to it and to the national unit, as the default rule says.
        let ids = ["chinh-phu"] + catalog.units.map(\.id).filter { $0 != "chinh-phu" }.prefix(units - 1)
        var people: [InspectorPrivateKey] = []
        var files: [UnitKeyFile] = []
        for id in ids {
            let team = try (1...members).map { try InspectorPrivateKey.generate(name: "\(id)-\($0)") }
            people += team
            files.append(try UnitKeyFile.create(unit: id, members: team.map(\.publicKey)).file)
        }
        let inspectorates = try Inspectorates(
            inspectors: try InspectorKeys(people.map(\.publicKey)), units: files, catalog: catalog)
        let unitKeys = inspectorates.sealingKeys(forUnits: ids)
        let flatKeys = (0..<inspectors).map { _ in SealedBox.PrivateKey().publicKey }

        let token = CaseToken()
        let replyKey = token.replyKey().publicKey
        let signingKey = try token.signingKey()
        let caseTag = try CaseTag(rawRepresentation: Random.bytes(count: 32))
        let plaintext = Random.bytes(count: reportBytes)
        func seal(_ recipients: [SealedBox.PublicKey]) throws -> [UInt8] {
            try Envelope.seal(
                plaintext: plaintext, kind: .report, caseTag: caseTag, replyKey: replyKey, signingKey: signingKey,
                recipients: recipients + [replyKey])
        }
        let check = try Envelope(parsing: try seal(unitKeys))
        let opener = try files[0].keys(openedWith: people[members - 1])
        let opened = try check.open(with: opener.current)
        precondition(opened == plaintext, "a unit member cannot open the report")

        // Alternated, so that a noisy neighbour slows both alike.
        var unitRates: [Double] = []
        var flatRates: [Double] = []
        for _ in 0..<4 {
            unitRates.append(try rate { _ = try seal(unitKeys) })
            flatRates.append(try rate { _ = try seal(flatKeys) })
        }
        let unitRate = unitRates.reduce(0, +) / Double(unitRates.count)
        let flatRate = flatRates.reduce(0, +) / Double(flatRates.count)
        report(
            [
                ("units", units),
                ("membersPerUnit", members),
                ("unitRecipients", unitKeys.count + 1),
                ("unitSealsPerSecond", unitRate),
                ("flatInspectors", inspectors),
                ("flatRecipients", flatKeys.count + 1),
                ("flatSealsPerSecond", flatRate),
                ("unitToFlatRatio", unitRate / flatRate),
                ("reportBytes", reportBytes),
            ], json: json,
            title: "candor-bench seal: \(units) units of \(members) members against \(inspectors) inspectors "
                + "(\(reportBytes)-byte report)")
    }

    private func rate(_ body: () throws -> Void) throws -> Double {
        for _ in 0..<20 { try body() }  // warm-up
        var count = 0
        let start = now()
        while now() - start < seconds / 4 {
            for _ in 0..<20 { try body() }
            count += 20
        }
        return Double(count) / (now() - start)
    }
}
