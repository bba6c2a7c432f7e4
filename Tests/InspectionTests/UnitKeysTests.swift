import Casework
import Deployment
import Foundation
import Keys
import Sodium
import Testing
import Unlocking

/// Unit keys made (Keys) and opened (Unlocking): who holds which epoch, and what each one opens.
@Suite("Unit keys: create, add, remove, rotate, open")
struct UnitKeysTests {
    static func inspector(_ n: UInt8, _ name: String) -> InspectorPrivateKey {
        try! InspectorPrivateKey(
            name: name, sealingSeed: SecureBytes([UInt8](repeating: n, count: 32)),
            signingSeed: SecureBytes([UInt8](repeating: n &+ 0x40, count: 32)))
    }

    let lan = inspector(1, "lan")
    let minh = inspector(2, "minh")
    let hoa = inspector(3, "hoa")

    /// A report sealed to `key` (a unit's current epoch key) and the reply key, as the intake seals it.
    func report(to key: SealedBox.PublicKey) throws -> Envelope {
        let token = CaseToken()
        let bytes = try Envelope.seal(
            plaintext: Array("report".utf8), kind: .report,
            caseTag: try CaseTag(rawRepresentation: Array(repeating: 7, count: 32)),
            replyKey: token.replyKey().publicKey, signingKey: token.signingKey(),
            recipients: [key, token.replyKey().publicKey])
        return try Envelope(parsing: bytes)
    }

    func opens(_ envelope: Envelope, with keys: UnitKeys) -> Bool {
        keys.epochs.contains { (try? envelope.open(with: $0)) == Array("report".utf8) }
    }

    @Test("every member opens their copy of a new unit, and nobody else")
    func create() throws {
        let (file, made) = try UnitKeyFile.create(unit: "ca-mau", members: [lan.publicKey, minh.publicKey])
        #expect(file.epochs.count == 1)
        #expect(file.members.map(\.name) == ["lan", "minh"])
        for member in [lan, minh] {
            let keys = try file.keys(openedWith: member)
            #expect(keys.match(file))
            #expect(keys.current.publicKey == made.current.publicKey)
        }
        #expect(throws: InspectionError.notAUnitMember(unit: "ca-mau", name: "hoa")) {
            try file.keys(openedWith: hoa)
        }
        #expect(!file.text.contains(Data(made.current.rawRepresentation.unsafeCopiedBytes()).base64EncodedString()))
    }

    @Test("a member added later opens every earlier epoch's reports, with no grant")
    func addLater() throws {
        let (first, firstKeys) = try UnitKeyFile.create(unit: "ca-mau", members: [lan.publicKey, minh.publicKey])
        let old = try report(to: first.currentEpoch.sealingKey)
        let (rotated, _) = try first.rotated(members: [lan.publicKey, minh.publicKey], keys: firstKeys)
        let newer = try report(to: rotated.currentEpoch.sealingKey)
        let lanKeys = try rotated.keys(openedWith: lan)
        let added = try rotated.adding(hoa.publicKey, keys: lanKeys)
        #expect(added.members.map(\.name) == ["hoa", "lan", "minh"])
        #expect(try UnitKeyFile(text: added.text, path: "ca-mau.unit") == added)
        let hoaKeys = try added.keys(openedWith: hoa)
        #expect(hoaKeys.epochs.count == 2)
        #expect(opens(old, with: hoaKeys) && opens(newer, with: hoaKeys))
    }

    @Test("a removed member opens what was sealed to epochs they held, and nothing sealed after")
    func removeMember() throws {
        let (file, keys) = try UnitKeyFile.create(unit: "ca-mau", members: [lan.publicKey, minh.publicKey])
        let minhHeld = try file.keys(openedWith: minh)
        let before = try report(to: file.currentEpoch.sealingKey)
        let (removed, _) = try file.rotated(members: [lan.publicKey], keys: keys)
        #expect(removed.members.map(\.name) == ["lan"])
        #expect(removed.epochs.count == 2)
        #expect(throws: InspectionError.notAUnitMember(unit: "ca-mau", name: "minh")) {
            try removed.keys(openedWith: minh)
        }
        let after = try report(to: removed.currentEpoch.sealingKey)
        #expect(opens(before, with: minhHeld))
        #expect(!opens(after, with: minhHeld))
        let lanKeys = try removed.keys(openedWith: lan)
        #expect(opens(before, with: lanKeys) && opens(after, with: lanKeys))
    }

    @Test("a copy sealed to another key is refused as such, whether its key id says so or not")
    func sealedToAnotherKey() throws {
        let (file, _) = try UnitKeyFile.create(unit: "ca-mau", members: [lan.publicKey, minh.publicKey])
        let minhLine = file.member("minh")!
        // minh's copy under lan's name: the key id is minh's.
        let swapped = try UnitKeyFile(
            unit: "ca-mau", epochs: file.epochs,
            members: [
                UnitKeyFile.Member(
                    name: "lan", keyID: minhLine.keyID, epochCount: 1, sealedKeys: minhLine.sealedKeys)
            ])
        #expect(
            throws: InspectionError.unitCopySealedToAnotherKey(
                unit: "ca-mau", name: "lan", keyID: minhLine.keyID.hexString)
        ) { try swapped.keys(openedWith: lan) }
        // minh's copy under lan's name and key id: it does not open.
        let relabelled = try UnitKeyFile(
            unit: "ca-mau", epochs: file.epochs,
            members: [
                UnitKeyFile.Member(
                    name: "lan", keyID: lan.publicKey.keyID, epochCount: 1, sealedKeys: minhLine.sealedKeys)
            ])
        #expect(
            throws: InspectionError.unitCopySealedToAnotherKey(
                unit: "ca-mau", name: "lan", keyID: lan.publicKey.keyID.hexString)
        ) { try relabelled.keys(openedWith: lan) }
        #expect(
            InspectionError.unitCopySealedToAnotherKey(unit: "ca-mau", name: "lan", keyID: "00").description.contains(
                "does not open with your key"))
        // An old key of lan's, given with --old-key, opens a copy sealed to it.
        let renewed = Self.inspector(9, "lan")
        #expect(try file.keys(openedWith: renewed, oldKeys: [lan]).match(file))
    }

    @Test("a copy whose keys are not the file's epochs is refused")
    func mismatch() throws {
        let (file, _) = try UnitKeyFile.create(unit: "ca-mau", members: [lan.publicKey])
        let (other, _) = try UnitKeyFile.create(unit: "ha-noi", members: [lan.publicKey])
        // ha-noi's copy pasted into ca-mau's file: it opens, but holds another unit's key.
        let pasted = try UnitKeyFile(unit: "ca-mau", epochs: file.epochs, members: other.members)
        #expect(
            throws: InspectionError.unitCopyDoesNotMatch(
                unit: "ca-mau", name: "lan", reason: "its key 1 is not epoch 1's")
        ) { try pasted.keys(openedWith: lan) }
    }

    @Test("rotating gives every member a new current epoch; the file never holds a private key")
    func rotate() throws {
        let (file, keys) = try UnitKeyFile.create(unit: "ca-mau", members: [lan.publicKey, minh.publicKey])
        let (rotated, next) = try file.rotated(members: [lan.publicKey, minh.publicKey], keys: keys)
        #expect(rotated.epochs.count == 2 && rotated.members.count == 2)
        #expect(rotated.epochs[0] == file.epochs[0])
        for member in [lan, minh] { #expect(try rotated.keys(openedWith: member).match(rotated)) }
        for key in next.epochs {
            #expect(!rotated.text.contains(Data(key.rawRepresentation.unsafeCopiedBytes()).base64EncodedString()))
        }
    }
}
