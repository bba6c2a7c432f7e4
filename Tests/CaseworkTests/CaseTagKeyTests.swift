import Foundation
import Sodium
import TestSupport
import Testing

@testable import Casework
@testable import Stores

@Suite("CaseTag and CaseTagKey: the keyed tag and its key file")
struct CaseTagKeyTests {
    @Test("known answer: BLAKE2b-256 keyed with the tag key over the canonical symbols (Python hashlib)")
    func knownAnswer() throws {
        let key = try CaseTagKey(rawRepresentation: SecureBytes([UInt8](0x80...0x9F)))
        let token = try CaseToken(parsing: "0123-4567-89AB-CDEF-GHJKJ")
        #expect(key.tag(for: token).hex == "72316b3ecdf196bb30248a727021f64abda230ea5df856dcb4ac995e6b4fa79a")
    }

    @Test("the tag depends on both the token and the key")
    func dependsOnBoth() {
        let key = CaseTagKey(random: SeededRandom(seed: 1))
        let other = CaseTagKey(random: SeededRandom(seed: 2))
        let token = CaseToken(random: SeededRandom(seed: 3))
        #expect(key.tag(for: token) == key.tag(for: token))
        #expect(key.tag(for: token) != other.tag(for: token))
        #expect(key.tag(for: token) != key.tag(for: CaseToken(random: SeededRandom(seed: 4))))
    }

    @Test("hex round trip, and bad hex or lengths are refused")
    func tagHex() throws {
        let tag = CaseTagKey(random: SeededRandom(seed: 1)).tag(for: CaseToken(random: SeededRandom(seed: 2)))
        #expect(try CaseTag(hex: tag.hex) == tag)
        #expect(try CaseTag(hex: tag.hex.uppercased()) == tag)
        #expect(try CaseTag(rawRepresentation: tag.rawRepresentation) == tag)
        for bad in ["", "00", String(tag.hex.dropLast()), tag.hex + "00", "zz" + tag.hex.dropFirst(2)] {
            #expect(caseworkError { try CaseTag(hex: bad) } != nil)
        }
        #expect(caseworkError { try CaseTag(rawRepresentation: [0, 1]) } != nil)
        #expect(storeError { try CaseTagKey(rawRepresentation: SecureBytes([1, 2, 3])) } != nil)
    }

    @Test("loadOrCreate makes a 0600 file once and reads the same key back")
    func loadOrCreate() throws {
        let folder = TemporaryDirectory()
        let data = folder.child("data")
        let token = CaseToken(random: SeededRandom(seed: 9))
        let first = try CaseTagKey.loadOrCreate(in: data)
        let second = try CaseTagKey.loadOrCreate(in: data)
        #expect(first.tag(for: token) == second.tag(for: token))
        let path = data + "/" + CaseTagKey.fileName
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("candor-case-tag-key v1 ") && text.hasSuffix("\n") && text.count == 23 + 64 + 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: data) == [CaseTagKey.fileName], "no temp file left")
    }

    @Test("a key file others may read is refused with what to do")
    func insecure() throws {
        let folder = TemporaryDirectory()
        _ = try CaseTagKey.loadOrCreate(in: folder.path)
        let path = folder.child(CaseTagKey.fileName)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        let error = storeError { try CaseTagKey.loadOrCreate(in: folder.path) }
        #expect(error == .insecureKeyFile(path: path))
        #expect(error?.description.contains("chmod 600") == true)
    }

    @Test(
        "a malformed key file is refused",
        arguments: [
            "", "candor-case-tag-key v1 \n", "candor-case-tag-key v2 " + String(repeating: "ab", count: 32) + "\n",
            "candor-case-tag-key v1 " + String(repeating: "zz", count: 32) + "\n",
            "candor-case-tag-key v1 " + String(repeating: "ab", count: 31) + "\n",
            "candor-case-tag-key v1 " + String(repeating: "ab", count: 32) + "\n\n",
        ])
    func malformed(contents: String) throws {
        let folder = TemporaryDirectory()
        let path = folder.child(CaseTagKey.fileName)
        _ = FileManager.default.createFile(
            atPath: path, contents: Data(contents.utf8), attributes: [.posixPermissions: 0o600])
        guard
            case .casework(.malformedKeyFile(let reported, _))? = storeError({
                try CaseTagKey.loadOrCreate(in: folder.path)
            })
        else {
            Issue.record("expected malformedKeyFile")
            return
        }
        #expect(reported == path)
    }

    @Test("servers starting at once on a new data folder agree on one key")
    func concurrentCreation() async throws {
        let folder = TemporaryDirectory()
        let token = CaseToken(random: SeededRandom(seed: 1))
        let tags = try await withThrowingTaskGroup(of: CaseTag.self) { group in
            for _ in 0..<8 { group.addTask { try CaseTagKey.loadOrCreate(in: folder.child("data")).tag(for: token) } }
            return try await group.reduce(into: Set<CaseTag>()) { $0.insert($1) }
        }
        #expect(tags.count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.child("data")) == [CaseTagKey.fileName])
    }
}
