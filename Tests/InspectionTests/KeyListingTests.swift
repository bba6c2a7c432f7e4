import Casework
import Deployment
import Foundation
import TestSupport
import Testing

@testable import Keys

@Suite("KeyListing: a key in Keys/")
struct KeyListingTests {
    @Test func listedNotListedAnotherKeyRevoked() throws {
        let keys = TemporaryDirectory("keys")
        let lan = try InspectorPrivateKey.generate(name: "lan").publicKey
        let minh = try InspectorPrivateKey.generate(name: "minh").publicKey
        #expect(try KeyListing.of(lan, in: keys.path) == .notListed)
        try "\(minh.line)\n".write(toFile: keys.child("minh.pub"), atomically: true, encoding: .utf8)
        #expect(try KeyListing.of(lan, in: keys.path) == .notListed)
        try "# Thanh tra Lan\n\(lan.line)\n".write(toFile: keys.child("lan.pub"), atomically: true, encoding: .utf8)
        #expect(try KeyListing.of(lan, in: keys.path) == .listed(file: keys.child("lan.pub")))
        let newer = try InspectorPrivateKey.generate(name: "lan").publicKey
        #expect(try KeyListing.of(newer, in: keys.path) == .anotherKeyListed(file: keys.child("lan.pub")))

        try FileManager.default.createDirectory(atPath: keys.child("revoked"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: keys.child("lan.pub"), toPath: keys.child("revoked/lan.pub"))
        let revoked = "# revoked 2026-11-22: laptop stolen\n\(lan.line)\n"
        try revoked.write(toFile: keys.child("revoked/lan.pub"), atomically: true, encoding: .utf8)
        #expect(
            try KeyListing.of(lan, in: keys.path)
                == .revoked(file: keys.child("revoked/lan.pub"), note: "# revoked 2026-11-22: laptop stolen"))
    }

    @Test func aMalformedKeysFolderIsAnError() throws {
        let keys = TemporaryDirectory("keys")
        try "not a key\n".write(toFile: keys.child("lan.pub"), atomically: true, encoding: .utf8)
        let lan = try InspectorPrivateKey.generate(name: "lan").publicKey
        let error = #expect(throws: InspectionError.self) { try KeyListing.of(lan, in: keys.path) }
        // The error InspectorKeys threw is kept as the cause, and its words are the message.
        guard case .inspectorKeys(.malformedKeyFile(let path, let reason))? = error else {
            Issue.record("expected the Casework error as the cause, got \(String(describing: error))")
            return
        }
        #expect(path == keys.child("lan.pub"))
        #expect(
            error?.description
                == CaseworkError.malformedKeyFile(path: path, reason: reason).description + " (see Keys/README.md)")
        #expect(throws: InspectionError.self) { try KeyListing.of(lan, in: keys.child("missing")) }
    }
}
