import Foundation
import Testing

@testable import System

/// Whether this process may use the user keyring at all (the suites below need it).
let keyringIsAvailable = KernelKeyring.isAvailable

/// A kernel that refuses the keyring skips every keyring suite: such a run must say so
/// (`CANDOR_TEST_NO_KEYRING=1`), so that none passes them unseen.
@Test func theKeyringIsThereUnlessTheRunSaysItIsNot() {
    #expect(keyringIsAvailable || ProcessInfo.processInfo.environment["CANDOR_TEST_NO_KEYRING"] == "1")
}

/// The user keyring through the CSystemShim wrappers, with a description of its own per test.
@Suite(.enabled(if: keyringIsAvailable, "the kernel gives this process no keyring"))
struct KernelKeyringTests {
    let description = "candor-test:\(UUID().uuidString)"

    func add(_ payload: [UInt8], description: String? = nil, seconds: UInt32 = 60) throws -> KernelKeyring.Key {
        try payload.withUnsafeBytes { bytes in
            try KernelKeyring.addUserKey(description: description ?? self.description, payload: bytes, seconds: seconds)
        }
    }

    @Test func aKeyAddedIsFoundAndReadThenGoneOnceRemoved() throws {
        let payload: [UInt8] = Array(0..<32)
        let added = try add(payload)
        let found = try #require(try KernelKeyring.search(description: description))
        #expect(found == added)
        #expect(try KernelKeyring.read(found, byteCount: 32, { Array($0) }) == payload)
        try KernelKeyring.remove(found)
        #expect(try KernelKeyring.search(description: description) == nil)
    }

    @Test func itsPermissionsAreThePossessorsAndTheUsersOnly() throws {
        let added = try add([1, 2, 3])
        defer { try? KernelKeyring.remove(added) }
        // /proc/keys: serial (hex), flags, usage, timeout, permissions (hex), uid, gid, type, description.
        let lines = try String(contentsOfFile: "/proc/keys", encoding: .utf8).split(separator: "\n")
        // The kernel prints the serial as %08x: zero-padded, or a serial under 0x10000000 is not found.
        let hex = String(added.serial, radix: 16)
        let serial = String(repeating: "0", count: max(0, 8 - hex.count)) + hex
        let line = try #require(lines.first { $0.hasPrefix(serial + " ") })
        let fields = line.split(separator: " ", omittingEmptySubsequences: true)
        #expect(fields[4] == "3f3f0000", "\(line)")
        #expect(fields[3] != "perm", "a timeout is set: \(line)")
    }

    @Test func aSearchForNothingFindsNothing() throws {
        #expect(try KernelKeyring.search(description: description) == nil)
    }

    @Test func aPayloadOfAnotherLengthIsNotRead() throws {
        let added = try add([UInt8](repeating: 7, count: 33))
        defer { try? KernelKeyring.remove(added) }
        #expect(try KernelKeyring.read(added, byteCount: 32, { Array($0) }) == nil)
        let short = try add([7], description: description + "-short")
        defer { try? KernelKeyring.remove(short) }
        #expect(try KernelKeyring.read(short, byteCount: 32, { Array($0) }) == nil)
    }

    @Test func aKeyExpiresAfterItsTimeout() throws {
        _ = try add([1], seconds: 1)
        #expect(try KernelKeyring.search(description: description) != nil)
        Thread.sleep(forTimeInterval: 2)
        #expect(try KernelKeyring.search(description: description) == nil)
    }

    @Test func aRemovedKeyCannotBeRemovedAgain() throws {
        let added = try add([1])
        try KernelKeyring.remove(added)
        #expect(throws: SystemError.self) { try KernelKeyring.remove(added) }
    }
}
