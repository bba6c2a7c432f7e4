import Catalogue
import Deployment
import Foundation
import Sodium
import TestSupport
import Testing

@testable import Casework

/// Test units: epoch keys from fixed seeds, member copies sealed for real.
enum TestUnits {
    static func epochKey(_ unit: String, _ epoch: Int) -> SealedBox.PrivateKey {
        let seed = Array(GenericHash.hash(Array("\(unit)/\(epoch)".utf8)))
        return try! SealedBox.PrivateKey(seed: SecureBytes(seed))
    }

    /// A unit file of `epochs` epochs whose members are the test inspectors `members` (numbers).
    static func file(_ unit: String, epochs: Int = 1, members: [UInt8]) throws -> UnitKeyFile {
        let keys = (1...epochs).map { epochKey(unit, $0) }
        var secrets: [UInt8] = []
        for key in keys { secrets += key.rawRepresentation.unsafeCopiedBytes() }
        return try UnitKeyFile(
            unit: unit,
            epochs: keys.enumerated().map {
                UnitKeyFile.Epoch(number: $0.offset + 1, sealingKey: $0.element.publicKey)
            },
            members: members.map { number in
                let inspector = TestInspectors.key(number)
                return UnitKeyFile.Member(
                    name: inspector.name, keyID: inspector.keyID, epochCount: epochs,
                    sealedKeys: SealedBox.seal(secrets, to: inspector.sealingKey))
            })
    }
}

@Suite("Units: the catalogue's units and routing rules")
struct UnitCatalogTests {
    let units = bundledCatalog.units

    @Test("the bundled catalogue has the 34 provincial inspectorates and the national one")
    func bundled() {
        #expect(units.units.count == 35)
        #expect(units["chinh-phu"]?.vi == "Thanh tra Chính phủ")
        #expect(units["ca-mau"]?.vi == "Thanh tra tỉnh Cà Mau")
        #expect(units["ha-noi"]?.vi == "Thanh tra thành phố Hà Nội")
        for province in bundledCatalog.provinces.ids { #expect(units.unit(forProvince: province)?.id == province) }
    }

    @Test("a report goes to its province's unit and the national one, or only to the national one")
    func routes() {
        #expect(units.route(province: "ca-mau", .ordinary).map(\.id) == ["ca-mau", "chinh-phu"])
        #expect(units.route(province: "ca-mau", .localAuthorityInvolved).map(\.id) == ["chinh-phu"])
        #expect(units.route(province: "nowhere", .ordinary).map(\.id) == ["chinh-phu"])
    }

    func parse(_ json: String) -> CatalogueError? {
        catalogueError { try Units(json: Data(json.utf8), provinces: ["ha-noi", "ca-mau"], name: "units.json") }
    }

    @Test(
        "a malformed units.json is refused with the rule it breaks",
        arguments: [
            (#"{"format":"x","units":[],"routes":{}}"#, "format"),
            (#"{"format":"candor-units-v1","units":[],"routes":{}}"#, "no units"),
            (
                #"{"format":"candor-units-v1","units":[{"id":"A","vi":"a","en":"a","provinces":[]}],"routes":{}}"#,
                "bad unit id"
            ),
            (
                #"{"format":"candor-units-v1","units":[{"id":"a","vi":"a","en":"a","provinces":["hue"]}],"routes":{}}"#,
                "not a province"
            ),
            (
                #"{"format":"candor-units-v1","units":[{"id":"a","vi":"a","en":"a","provinces":["ca-mau"]},{"id":"b","vi":"b","en":"b","provinces":["ca-mau"]}],"routes":{}}"#,
                "both receive"
            ),
            (
                #"{"format":"candor-units-v1","units":[{"id":"a","vi":"a","en":"a","provinces":[]}],"routes":{"ordinary":["a"]}}"#,
                "is missing"
            ),
            (
                #"{"format":"candor-units-v1","units":[{"id":"a","vi":"a","en":"a","provinces":[]}],"routes":{"ordinary":["b"],"local-authority-involved":["a"]}}"#,
                "neither @province"
            ),
            (
                #"{"format":"candor-units-v1","units":[{"id":"a","vi":"a","en":"a","provinces":[]}],"routes":{"ordinary":[],"local-authority-involved":["a"]}}"#,
                "has no unit"
            ),
            (
                #"{"format":"candor-units-v1","units":[{"id":"a","vi":"a","en":"a","provinces":[]}],"routes":{"ordinary":["a"],"local-authority-involved":["a"],"other":["a"]}}"#,
                "unknown route"
            ),
        ])
    func malformed(json: String, reason: String) {
        let error = parse(json)
        #expect("\(error.map { "\($0)" } ?? "accepted")".contains(reason))
    }
}

@Suite("UnitKeyFile and Inspectorates: Keys/units/")
struct UnitKeyFileTests {
    let units = bundledCatalog.units
    let inspectors = try! InspectorKeys([
        TestInspectors.key(1), TestInspectors.key(2), TestInspectors.key(3), TestInspectors.key(4),
    ])

    @Test("a unit file round-trips through its text")
    func roundTrip() throws {
        var file = try TestUnits.file("ca-mau", epochs: 2, members: [1, 2])
        file.comment = "Thanh tra tỉnh Cà Mau"
        let parsed = try UnitKeyFile(text: file.text, path: "ca-mau.unit")
        #expect(parsed == file)
        #expect(parsed.currentEpoch.number == 2)
        #expect(file.text.hasPrefix("# Thanh tra tỉnh Cà Mau\ncandor-unit v1 ca-mau\nepoch 1 "))
    }

    @Test("CRLF line ends, empty comment lines and odd bytes in comments read back as written")
    func lineEnds() throws {
        var file = try TestUnits.file("ca-mau", epochs: 2, members: [1, 2])
        file.comment = "Thanh tra tỉnh Cà Mau"
        let crlf = file.text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try UnitKeyFile(text: crlf, path: "u") == file)
        let commented = "#\n# \u{0}x\r\r\n#  \n" + file.text
        let parsed = try UnitKeyFile(text: commented, path: "u")
        #expect(try UnitKeyFile(text: parsed.text, path: "u") == parsed)
        // The input libFuzzer found (fuzz-unit-file): an empty comment line did not read back.
        let found = try #require(
            Data(
                base64Encoded:
                    "IyBUaGFuIHThu4luaCBDw6AgTWF1IFRhMzk0OGQwOGIAADEgY1hQb2sKCiMgVGNhNzk3MTkgIDE2Y1hQMENvVGsKCiMgVAoKIwojIFRoYWhuIHRyYSB04buJCmNhbmRvci11bml0IHYxIGNhLW1hdQplcG9jaCAxIG9VbnNhZmVSYVpRNjE1YWhPREpsZnpFRnZOMlpGdk4yWllsU2NUa2JUbEE9Cg=="
            ))
        if let again = try? UnitKeyFile(text: String(decoding: found, as: UTF8.self), path: "u") {
            #expect(try UnitKeyFile(text: again.text, path: "u") == again)
        }
    }

    @Test(
        "a malformed unit file is refused",
        arguments: [
            ("epoch 1 AAAA\n", "expected `candor-unit v1 UNIT` first"),
            ("candor-unit v2 ca-mau\n", "unknown unit file version"),
            ("candor-unit v1 ca-mau\n", "no current epoch"),
            ("candor-unit v1 Ca-Mau\n", "not a unit id"),
            ("candor-unit v1 ca-mau\nepoch 1 AAAA\n", "usable key"),
            ("candor-unit v1 ca-mau\nkey 1 AAAA\n", "expected an `epoch` or a `member` line"),
            ("candor-unit v1 ca-mau\nmember lan 00 1 AAAA\n", "expected `member NAME"),
        ])
    func malformed(text: String, reason: String) {
        let error = caseworkError { try UnitKeyFile(text: text, path: "ca-mau.unit") }
        #expect("\(error.map { "\($0)" } ?? "accepted")".contains(reason))
    }

    @Test("epochs out of order, and a member without the current epoch, are refused")
    func epochs() throws {
        let file = try TestUnits.file("ca-mau", epochs: 2, members: [1])
        let swapped = file.text.replacingOccurrences(of: "epoch 1 ", with: "epoch 3 ")
        #expect("\(caseworkError { try UnitKeyFile(text: swapped, path: "u") }!)".contains("numbered 1, 2, 3"))
        let older = try TestUnits.file("ca-mau", epochs: 1, members: [1])
        let member = older.text.split(separator: "\n").last!
        let stale = file.text.split(separator: "\n").dropLast().joined(separator: "\n") + "\n" + member + "\n"
        #expect("\(caseworkError { try UnitKeyFile(text: stale, path: "u") }!)".contains("holds 1 of the 2 epochs"))
    }

    func folder(_ files: [UnitKeyFile]) -> TemporaryDirectory {
        let folder = TemporaryDirectory()
        for inspector in inspectors.inspectors {
            FileManager.default.createFile(
                atPath: folder.child(inspector.name + ".pub"), contents: Data(inspector.line.utf8))
        }
        try! FileManager.default.createDirectory(atPath: folder.child("units"), withIntermediateDirectories: true)
        for file in files {
            FileManager.default.createFile(
                atPath: folder.child("units/\(file.unit).unit"), contents: Data(file.text.utf8))
        }
        return folder
    }

    @Test("a deployment of three units routes, seals once per unit, and knows who may act")
    func deployment() throws {
        let folder = folder([
            try TestUnits.file("ha-noi", members: [1]), try TestUnits.file("ca-mau", epochs: 2, members: [2]),
            try TestUnits.file("chinh-phu", members: [3]),
        ])
        let deployment = try Inspectorates(keysDirectory: folder.path, catalog: units)
        #expect(!deployment.isFlat)
        #expect(deployment.route(province: "ha-noi", .ordinary) == ["ha-noi", "chinh-phu"])
        #expect(deployment.route(province: "hue", .ordinary) == ["chinh-phu"])
        #expect(deployment.route(province: "ca-mau", .localAuthorityInvolved) == ["chinh-phu"])
        #expect(
            deployment.sealingKeys(forUnits: ["ca-mau", "chinh-phu"]) == [
                TestUnits.epochKey("ca-mau", 2).publicKey, TestUnits.epochKey("chinh-phu", 1).publicKey,
            ])
        #expect(deployment.unit(of: TestInspectors.key(2).name) == "ca-mau")
        #expect(deployment.unit(of: TestInspectors.key(4).name) == nil)
        #expect(deployment.unit(keyID: Envelope.keyID(of: TestUnits.epochKey("ca-mau", 1).publicKey)) == "ca-mau")
        #expect(deployment.mayAct(TestInspectors.key(1).name, onCaseOf: ["ha-noi", "chinh-phu"]))
        #expect(!deployment.mayAct(TestInspectors.key(2).name, onCaseOf: ["ha-noi", "chinh-phu"]))
        #expect(!deployment.mayAct(TestInspectors.key(4).name, onCaseOf: ["ha-noi", "chinh-phu"]))
    }

    @Test("a flat Keys/ is one unit that receives everything")
    func flat() throws {
        let keys = folder([])
        let deployment = try Inspectorates(keysDirectory: keys.path, catalog: units)
        #expect(deployment.isFlat)
        #expect(deployment.route(province: "ca-mau", .ordinary) == [])
        #expect(deployment.sealingKeys(forUnits: []) == inspectors.sealingKeys)
        #expect(deployment.mayAct(TestInspectors.key(4).name, onCaseOf: []))
    }

    func refusal(_ files: [UnitKeyFile]) -> String {
        let folder = folder(files)
        return
            "\(caseworkError { try Inspectorates(keysDirectory: folder.path, catalog: units) }.map { "\($0)" } ?? "accepted")"
    }

    @Test("an unknown unit, a copy sealed to the wrong key, a member in two units, no national unit: refused")
    func refusals() throws {
        let national = try TestUnits.file("chinh-phu", members: [3])
        #expect(refusal([national, try TestUnits.file("atlantis", members: [1])]).contains("no unit \"atlantis\""))
        #expect(
            refusal([national, try TestUnits.file("ca-mau", members: [1]), try TestUnits.file("ha-noi", members: [1])])
                .contains("member of both"))
        #expect(
            refusal([try TestUnits.file("ca-mau", members: [1])]).contains("unit chinh-phu, which has no unit file"))
        let good = try TestUnits.file("ca-mau", members: [1])
        let wrong = try UnitKeyFile(
            unit: "ca-mau", epochs: good.epochs,
            members: [
                UnitKeyFile.Member(
                    name: TestInspectors.key(1).name, keyID: TestInspectors.key(2).keyID, epochCount: 1,
                    sealedKeys: good.members[0].sealedKeys)
            ])
        #expect(refusal([national, wrong]).contains("sealed to key id"))
        let stranger = try UnitKeyFile(
            unit: "ca-mau", epochs: good.epochs,
            members: [
                UnitKeyFile.Member(
                    name: "stranger", keyID: TestInspectors.key(9).keyID, epochCount: 1,
                    sealedKeys: good.members[0].sealedKeys)
            ])
        #expect(refusal([national, stranger]).contains("not a current inspector"))
    }
}
