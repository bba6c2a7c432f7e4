import Foundation
import Sodium
import Testing
import Triage

@testable import CaseIndex

/// When a new Keys/ folder lets the index be refreshed instead of rebuilt, and the keys file's strict reading.
@Suite("CaseIndex: the keys an index was built with")
struct IndexKeySetTests {
    static let lan = KnownSigner(name: "lan", signingKey: Signing.PrivateKey().publicKey)
    static let minh = KnownSigner(name: "minh", signingKey: Signing.PrivateKey().publicKey)
    static let lanKey = SealedBox.PrivateKey()
    static let epoch = SealedBox.PrivateKey()

    static func set(_ keys: [SealedBox.PrivateKey], _ signers: [KnownSigner]) -> IndexKeySet {
        IndexKeySet(openingKeys: keys, signers: signers)
    }

    @Test func onlyAdditionsAreRefreshed() throws {
        let old = Self.set([Self.lanKey], [Self.lan])
        let keyAdded = try #require(Self.set([Self.lanKey, Self.epoch], [Self.lan]).additions(since: old))
        #expect(keyAdded == (true, false))
        let signerAdded = try #require(Self.set([Self.lanKey], [Self.lan, Self.minh]).additions(since: old))
        #expect(signerAdded == (false, true))
        let same = try #require(old.additions(since: old))
        #expect(same == (false, false))
    }

    @Test func anythingElseIsARebuild() {
        let old = Self.set([Self.lanKey, Self.epoch], [Self.lan, Self.minh])
        #expect(Self.set([Self.lanKey], [Self.lan, Self.minh]).additions(since: old) == nil, "a key removed")
        #expect(Self.set([Self.lanKey, Self.epoch], [Self.lan]).additions(since: old) == nil, "a signer removed")
        let revoked = KnownSigner(name: "minh", signingKey: Self.minh.signingKey, revokedSince: Date())
        #expect(Self.set([Self.lanKey, Self.epoch], [Self.lan, revoked]).additions(since: old) == nil, "a revocation")
        let minhAgain = KnownSigner(name: "minh", signingKey: Signing.PrivateKey().publicKey)
        #expect(
            Self.set([Self.lanKey, Self.epoch], [Self.lan, Self.minh, minhAgain]).additions(since: old) == nil,
            "a name with another key")
    }

    @Test func theKeysFileReadsBackAndRefusesAnythingElse() throws {
        let set = Self.set([Self.lanKey, Self.epoch], [Self.lan, Self.minh])
        #expect(try IndexKeySet(decoding: set.encoded) == set)
        let bytes = set.encoded
        for cut in [0, 3, 4, 40, bytes.count - 1] {
            #expect(throws: IndexDamage.self) { try IndexKeySet(decoding: Array(bytes.prefix(cut))) }
        }
        #expect(throws: IndexDamage.self) { try IndexKeySet(decoding: bytes + [0]) }
        #expect(throws: IndexDamage.self) { try IndexKeySet(decoding: [0xFF, 0xFF, 0xFF, 0xFF] + bytes.dropFirst(4)) }
    }
}
