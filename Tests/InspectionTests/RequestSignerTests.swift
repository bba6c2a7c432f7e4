import Casework
import Foundation
import Sodium
import TestSupport
import Testing

@testable import Keys
@testable import Mirroring

@Suite("RequestSigner: signed inspector requests")
struct RequestSignerTests {
    /// The known answer printed in SignedRequests.md. It was computed independently of this code, by a
    /// Python script that follows SignedRequests.md with hashlib and the `cryptography` package's Ed25519.
    enum Vector {
        static let sealingSeed = SecureBytes([UInt8](0x40..<0x60))
        static let signingSeed = SecureBytes([UInt8](0x60..<0x80))
        static let method = "POST"
        static let target = "/api/v1/inspect/whoami?after=12&x=%C3%A9"
        static let time: Int64 = 1_800_000_000
        static let nonce = [UInt8](0x00..<0x10)
        static let body = Array(#"{"note":"xin chào"}"#.utf8)
        static let message = [UInt8](
            hex: "63616e646f722d726571756573742d76310a504f53540a2f6170692f76312f696e73706563742f77686f616d693f6166"
                + "7465723d313226783d2543332541390a313830303030303030300a41414543417751464267634943516f4c444130"
                + "4f44770a3265393738623036333265353937313561303737346433303366386535623735373366313864323965"
                + "3630386663363136306663383566363634613532633133" + "0a")
        static let signature =
            "xXDrEMrhIvSJ4DmozLpTLmHTqrOV+Lxuu72OX/VL5c4UGYoNd9pHNT0/DEyb9Ax9Y+kFaGRQ4p1p+2Sim7UsBw=="
    }

    struct FixedClock: WallClock { var now: Date }

    struct FixedRandom: RandomSource {
        func bytes(count: Int) -> [UInt8] { [UInt8](repeating: 0xAB, count: count) }
    }

    static func key() throws -> InspectorPrivateKey {
        try InspectorPrivateKey(name: "lan", sealingSeed: Vector.sealingSeed, signingSeed: Vector.signingSeed)
    }

    @Test func knownAnswer() throws {
        let signer = RequestSigner(key: try Self.key())
        let fields = signer.headers(
            method: Vector.method, target: Vector.target, body: Vector.body, time: Vector.time, nonce: Vector.nonce)
        #expect(fields.map(\.0) == ["Candor-Inspector", "Candor-Time", "Candor-Nonce", "Candor-Signature"])
        #expect(fields.map(\.1) == ["lan", "1800000000", "AAECAwQFBgcICQoLDA0ODw", Vector.signature])
        let message = RequestSigner.message(
            method: Vector.method, target: Vector.target, time: Vector.time, nonce: "AAECAwQFBgcICQoLDA0ODw",
            body: Vector.body)
        #expect(message == Vector.message)
        let signature = try #require(Data(base64Encoded: Vector.signature))
        #expect(try Self.key().publicKey.signingKey.isValidSignature(signature, for: message))
    }

    @Test func usesTheClockAndTheRandomSource() throws {
        let clock = FixedClock(now: Date(timeIntervalSince1970: 1_800_000_123.9))
        let signer = RequestSigner(key: try Self.key(), clock: clock, random: FixedRandom())
        let fields = signer.headers(method: "GET", target: "/api/v1/inspect/whoami", body: [])
        #expect(fields[1].1 == "1800000123")
        #expect(fields[2].1 == "q6urq6urq6urq6urq6urqw")
        let message = RequestSigner.message(
            method: "GET", target: "/api/v1/inspect/whoami", time: 1_800_000_123, nonce: fields[2].1, body: [])
        #expect(
            String(decoding: message, as: UTF8.self).hasSuffix(
                "\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"))
        let signature = try #require(Data(base64Encoded: fields[3].1))
        #expect(try Self.key().publicKey.signingKey.isValidSignature(signature, for: message))
    }

    @Test func freshNonceEachTime() throws {
        let signer = RequestSigner(key: try Self.key())
        let a = signer.headers(method: "GET", target: "/", body: [])
        let b = signer.headers(method: "GET", target: "/", body: [])
        #expect(a[2].1 != b[2].1)
        #expect(a[2].1.utf8.count == 22)
        #expect(a[2].1.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    }
}
