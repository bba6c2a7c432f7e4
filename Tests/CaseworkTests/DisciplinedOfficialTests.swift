import Foundation
import Outcomes
import TestSupport
import Testing

@testable import Casework
@testable import Deployment
@testable import Stores

/// The disciplined official's field of an outcome entry (Outcomes.md, "The disciplined official"): its
/// exact bytes, strict parsing, the names setting, and the store's refusal of a name it does not allow.
@Suite("DisciplinedOfficial: the named-official field of an outcome")
struct DisciplinedOfficialTests {
    static let official = DisciplinedOfficial(position: "Phó Đội trưởng", unit: "Đội CSGT số 3, Công an phường Ba Đình")

    static func sample(_ disciplined: DisciplinedOfficial? = official) -> PublicOutcome {
        var outcome = PublicOutcomeTests.sample()
        outcome.disciplined = disciplined
        return outcome
    }

    /// Made by an independent implementation of Outcomes.md (Python, PyNaCl), with the key of
    /// TestInspectors.signingKey(1) (seed 32 × 0x81).
    static let positionVector = """
        candor-outcome-v2
        {"agency":"Phòng CSGT Công an phường Ba Đình","deadlineMet":true,"disciplined":{"position":"Phó Đội trưởng","unit":"Đội CSGT số 3, Công an phường Ba Đình"},"id":"0123456789abcdef","kinds":["hoi-lo"],"monthReceived":"2026-04","monthResolved":"2026-05","outcome":"can-bo-canh-cao","outcomeLabel":"Cảnh cáo","procedure":"doi-giay-phep-lai-xe","province":"ha-noi","resolvedWithin":"16-30","summary":"Cán bộ tiếp nhận hồ sơ bị cảnh cáo vì đòi tiền."}
        2ad2694ace04adb0 +MXXNggJ0IOkQ6PMXlbRZlcL8suRl55J+KE+LHoP4jGmS6sfyFc/J9PYBhaa15WbAjOyLGK2uvpnrDB4SnBtDw==

        """
    static let nameVector = """
        candor-outcome-v2
        {"agency":"Phòng CSGT Công an phường Ba Đình","deadlineMet":true,"disciplined":{"name":"Nguyễn Văn An","position":"Phó Đội trưởng","unit":"Đội CSGT số 3, Công an phường Ba Đình"},"id":"0123456789abcdef","kinds":["hoi-lo"],"monthReceived":"2026-04","monthResolved":"2026-05","outcome":"can-bo-canh-cao","outcomeLabel":"Cảnh cáo","procedure":"doi-giay-phep-lai-xe","province":"ha-noi","resolvedWithin":"16-30","summary":"Cán bộ tiếp nhận hồ sơ bị cảnh cáo vì đòi tiền."}
        2ad2694ace04adb0 N2HJ5oloFwTjAL7zEkTRYWnnfq/BMlBDRDTVsNvHfgTwFDhAYsuvGXGnOsf69XFOtPzxiMq/M0ix82A/GCvtCg==

        """

    @Test("entries with the field are the independent implementation's, byte for byte, and round-trip")
    func vectors() throws {
        var named = Self.official
        named.name = "Nguyễn Văn An"
        for (disciplined, vector) in [(Self.official, Self.positionVector), (named, Self.nameVector)] {
            #expect(Self.sample(disciplined).entry(signedWith: PublicOutcomeTests.signer) == Array(vector.utf8))
            let parsed = try SignedOutcome(entry: Array(vector.utf8))
            #expect(parsed.isSigned(by: PublicOutcomeTests.signer.publicKey))
            #expect(parsed.outcome.disciplined == disciplined)
            #expect(parsed.outcome.entry(signedWith: PublicOutcomeTests.signer) == Array(vector.utf8))
        }
    }

    @Test("an entry without the field is byte for byte as before, and parses with no official")
    func withoutTheField() throws {
        let entry = Self.sample(nil).entry(signedWith: PublicOutcomeTests.signer)
        #expect(entry == Array(PublicOutcomeTests.version2Vector.utf8))
        #expect(try SignedOutcome(entry: entry).outcome.disciplined == nil)
    }

    /// The vector's JSON line with `disciplined` replaced by `value` (raw JSON), signed again.
    static func entry(disciplined value: String, header: String = PublicOutcome.header) -> [UInt8] {
        let line = Self.positionVector.split(separator: "\n")[1]
        let start = try! #require(line.range(of: "\"disciplined\":"))
        let end = try! #require(line.range(of: ",\"id\":"))
        let json = String(line[..<start.upperBound]) + value + String(line[end.lowerBound...])
        let signed = Array((header + "\n" + json + "\n").utf8)
        let signature = Data(PublicOutcomeTests.signer.signature(for: signed)).base64EncodedString()
        return signed + Array("2ad2694ace04adb0 \(signature)\n".utf8)
    }

    @Test(
        "the parser refuses a field of the wrong shape or bounds",
        arguments: [
            #"{"position":"Phó Đội trưởng"}"#,  // no unit
            #"{"position":"A","unit":"B","rank":"C"}"#,  // an unknown key inside
            #"{"name":null,"position":"A","unit":"B"}"#,  // null is not absent
            #"{"position":"","unit":"B"}"#,  // empty
            #"{"position":" A","unit":"B"}"#,  // surrounding white space
            #"{"position":"A\nB","unit":"B"}"#,  // a new line
            #"{"position":"A\u0007","unit":"B"}"#,  // a control character
            #"{"position":"A\u202eB","unit":"B"}"#,  // a bidirectional override
            #"{"position":"A","unit":""# + String(repeating: "x", count: 301) + #""}"#,  // too long
            #"{"name":""# + String(repeating: "x", count: 101) + #"","position":"A","unit":"B"}"#,
            #"{"position":1,"unit":"B"}"#,  // not a string
            #""Phó Đội trưởng""#,  // not an object
            #"{"unit":"B","position":"A"}"#,  // not canonical
        ])
    func refusesBadShapes(value: String) {
        #expect(throws: CaseworkError.self) { try SignedOutcome(entry: Self.entry(disciplined: value)) }
    }

    @Test("a version 1 entry cannot carry the field, and other unknown keys are still refused")
    func onlyVersion2() throws {
        #expect(throws: CaseworkError.self) {
            try SignedOutcome(
                entry: Self.entry(disciplined: #"{"position":"A","unit":"B"}"#, header: "candor-outcome-v1"))
        }
        let entry = String(decoding: Self.entry(disciplined: #"{"position":"A","unit":"B"}"#), as: UTF8.self)
        let renamed = entry.replacingOccurrences(of: "\"disciplined\":", with: "\"disciplinedBy\":")
        #expect(throws: CaseworkError.self) { try SignedOutcome(entry: Array(renamed.utf8)) }
        #expect(
            try SignedOutcome(entry: Self.entry(disciplined: #"{"position":"A","unit":"B"}"#)).outcome.disciplined
                == DisciplinedOfficial(position: "A", unit: "B"))
    }

    @Test("a name is a problem unless the deployment allows names; the position and unit never are")
    func namesNeedTheSetting() {
        var named = Self.official
        named.name = "Nguyễn Văn An"
        #expect(Self.sample().problems(catalog: bundledCatalog).isEmpty)
        #expect(Self.sample(named).problems(catalog: bundledCatalog).contains { $0.contains("disciplined.name") })
        #expect(Self.sample(named).problems(catalog: bundledCatalog, namesAllowed: true).isEmpty)
    }

    @Test("the store refuses a name unless it was opened with names allowed")
    func theStoreRefusesNames() throws {
        var named = Self.official
        named.name = "Nguyễn Văn An"
        for allowed in [false, true] {
            let folder = TemporaryDirectory("outcomes-names")
            let store = try OutcomeStore(
                dataDirectory: folder.path, origin: "test.candor/outcomes", catalog: bundledCatalog,
                namesAllowed: allowed)
            defer { store.close() }
            _ = try store.publish(
                Self.sample().entry(signedWith: PublicOutcomeTests.signer), signer: TestInspectors.key(1))
            var outcome = Self.sample(named)
            outcome.id = "1111111111111111"
            let entry = outcome.entry(signedWith: PublicOutcomeTests.signer)
            if allowed {
                #expect(try store.publish(entry, signer: TestInspectors.key(1)) == 1)
            } else {
                #expect(throws: OutcomeRejection.self) { try store.publish(entry, signer: TestInspectors.key(1)) }
                #expect(store.outcomes.count == 1)
            }
        }
    }

    @Test("Keys/outcomes.names: absent is off, the one line is on, anything else is an error")
    func theSettingFile() throws {
        let folder = TemporaryDirectory("outcome-names")
        #expect(try OutcomeNames.allowed(keysDirectory: folder.path) == false)
        let path = folder.child(OutcomeNames.fileName)
        try "# công khai\n\ncandor-outcome-names v1 allowed\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try OutcomeNames.allowed(keysDirectory: folder.path))
        for wrong in ["", "allowed\n", "candor-outcome-names v1 allowed\ncandor-outcome-names v1 allowed\n"] {
            try wrong.write(toFile: path, atomically: true, encoding: .utf8)
            #expect(throws: CaseworkError.self) { try OutcomeNames.allowed(keysDirectory: folder.path) }
        }
    }
}
