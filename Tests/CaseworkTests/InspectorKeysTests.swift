import Deployment
import Foundation
import Sodium
import TestSupport
import Testing

@testable import Casework

@Suite("InspectorKey and InspectorKeys: the Keys/ folder")
struct InspectorKeysTests {
    func write(_ text: String, _ name: String, in folder: TemporaryDirectory) {
        _ = FileManager.default.createFile(atPath: folder.child(name), contents: Data(text.utf8))
    }

    @Test("a key line round-trips")
    func line() throws {
        let key = TestInspectors.key(1, name: "lan.nguyen")
        #expect(key.line.hasPrefix("candor-inspector v1 lan.nguyen "))
        #expect(try InspectorKey(line: key.line) == key)
        #expect(key.keyID == Envelope.keyID(of: key.sealingKey))
    }

    @Test("the folder's NAME.pub files are read, other files ignored, comments and blank lines allowed")
    func folder() throws {
        let folder = TemporaryDirectory()
        write("# Thanh tra Lan\n\n" + TestInspectors.key(1, name: "lan").line + "\n", "lan.pub", in: folder)
        write(TestInspectors.key(2, name: "binh").line, "binh.pub", in: folder)
        write("not a key", "README.md", in: folder)
        write("candor.example/intake+abcd1234+AAAA", "log.verifier", in: folder)
        let keys = try InspectorKeys(directory: folder.path)
        #expect(keys.inspectors.map(\.name) == ["binh", "lan"])
        #expect(keys.sealingKeys == [TestInspectors.key(2).sealingKey, TestInspectors.key(1).sealingKey])
        #expect(keys.inspector(keyID: TestInspectors.key(1).keyID)?.name == "lan")
    }

    @Test("no key file: the server refuses to start and says what to add")
    func empty() throws {
        let folder = TemporaryDirectory()
        write("readme", "README.md", in: folder)
        let error = caseworkError { try InspectorKeys(directory: folder.path) }
        #expect(error == .noInspectorKeys(directory: folder.path))
        #expect(error?.description.contains("NAME.pub") == true)
        #expect(caseworkError { try InspectorKeys([]) } != nil)
        #expect(caseworkError { try InspectorKeys(directory: folder.child("missing")) } != nil)
    }

    static let badLines: [String] = {
        let good = TestInspectors.key(1, name: "lan")
        let sealing = Data(good.sealingKey.rawRepresentation).base64EncodedString()
        let signing = Data(good.signingKey.rawRepresentation).base64EncodedString()
        return [
            "", "candor-inspector v1 lan \(sealing)", "candor-inspector v2 lan \(sealing) \(signing)",
            "candor-inspectors v1 lan \(sealing) \(signing)", "candor-inspector v1 lan \(sealing) \(signing) extra",
            "candor-inspector v1 lan  \(sealing) \(signing)", "candor-inspector v1 Lan \(sealing) \(signing)",
            "candor-inspector v1 lan \(sealing.dropLast()) \(signing)",
            "candor-inspector v1 lan \(Data(repeating: 0, count: 32).base64EncodedString()) \(signing)",
            "candor-inspector v1 lan \(sealing) \(Data(repeating: 1, count: 31).base64EncodedString())",
            "candor-inspector v1 lan \(sealing.replacingOccurrences(of: "=", with: "")) \(signing)",
        ]
    }()

    @Test("malformed key lines are refused", arguments: badLines)
    func badLine(line: String) {
        guard case .malformedKeyFile? = caseworkError({ try InspectorKey(line: line) }) else {
            Issue.record("expected malformedKeyFile for \(line)")
            return
        }
    }

    @Test("a file whose name differs from its line, with two lines, or sharing a key is refused")
    func badFiles() {
        let lan = TestInspectors.key(1, name: "lan")
        let cases: [[(String, String)]] = [
            [("binh.pub", lan.line)],
            [("lan.pub", lan.line + "\n" + lan.line)],
            [("lan.pub", lan.line), ("lan2.pub", TestInspectors.key(1, name: "lan2").line)],
            [("lan.pub", String(repeating: "#", count: 5000))],
        ]
        for files in cases {
            let folder = TemporaryDirectory()
            for (name, text) in files { write(text, name, in: folder) }
            guard case .malformedKeyFile? = caseworkError({ try InspectorKeys(directory: folder.path) }) else {
                Issue.record("expected malformedKeyFile for \(files.map(\.0))")
                continue
            }
        }
    }
}
