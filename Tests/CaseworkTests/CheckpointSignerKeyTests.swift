import Foundation
import Ledger
import TestSupport
import Testing

@testable import Casework
@testable import Stores

@Suite("CheckpointSignerKey: the log's signer key file")
struct CheckpointSignerKeyTests {
    @Test("made once (0600, the signer key string), then loaded with the same verifier key")
    func loadOrCreate() throws {
        let folder = TemporaryDirectory()
        let first = try CheckpointSignerKey.loadOrCreate(in: folder.path, name: "candor.example/intake")
        let second = try CheckpointSignerKey.loadOrCreate(in: folder.path, name: "candor.example/intake")
        #expect(first.verifierKey == second.verifierKey)
        #expect(first.verifierKey.hasPrefix("candor.example/intake+"))
        let path = folder.child(CheckpointSignerKey.fileName)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("PRIVATE+KEY+candor.example/intake+") && text.hasSuffix("\n"))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let note = try second.sign("hello\n")
        #expect(try note.verify(with: [first.verifier]) == [first.verifier])
    }

    @Test("a file holding another name's key is refused, so a log's key never changes quietly")
    func otherName() throws {
        let folder = TemporaryDirectory()
        _ = try CheckpointSignerKey.loadOrCreate(in: folder.path, name: "candor.example/intake")
        guard
            case .casework(.malformedKeyFile(_, let reason))? = storeError({
                try CheckpointSignerKey.loadOrCreate(in: folder.path, name: "other.example/intake")
            })
        else {
            Issue.record("expected malformedKeyFile")
            return
        }
        #expect(reason.contains("candor.example/intake"))
    }

    @Test("garbage, an invalid name and loose permissions are refused")
    func refusals() throws {
        let folder = TemporaryDirectory()
        let path = folder.child(CheckpointSignerKey.fileName)
        _ = FileManager.default.createFile(
            atPath: path, contents: Data("PRIVATE+KEY+x+00000000+AAAA\n".utf8), attributes: [.posixPermissions: 0o600])
        #expect(storeError { try CheckpointSignerKey.loadOrCreate(in: folder.path, name: "x") } != nil)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        #expect(
            storeError { try CheckpointSignerKey.loadOrCreate(in: folder.path, name: "x") }
                == .insecureKeyFile(path: path))
        let empty = TemporaryDirectory()
        #expect(storeError { try CheckpointSignerKey.loadOrCreate(in: empty.path, name: "bad name") } != nil)
    }
}
