import Foundation
import Sodium
import Testing

@testable import Casework

/// The envelope known-answer vector published in Envelope.md.
///
/// It was made by an outsider's implementation of Envelope.md (Python, libsodium through ctypes),
/// not by this code: Casework must reproduce its header and body from the same inputs, and open the
/// whole envelope, whose sealed keys (randomised by `crypto_box_seal`) came from that run.
@Suite("Envelope: the published known-answer vector")
struct EnvelopeVectorTests {
    static let token = "0123-4567-89AB-CDEF-GHJKJ"
    /// The case tag key: bytes 0x80 … 0x9f.
    static let tagKey = try! CaseTagKey(rawRepresentation: SecureBytes([UInt8](0x80...0x9F)))
    /// Content key 0x40 … 0x5f, then nonce 0x60 … 0x77, from one counting source.
    static func random() -> CountingRandom { CountingRandom(start: 0x40) }
    static let plaintext = Array(
        #"{"attachments":[],"receivedOn":"2026-05-04","report":{"account":"Cán bộ đòi 500.000 đồng để nhận hồ sơ.","agency":"Phòng CSGT Công an phường Ba Đình","misconduct":["hoi-lo"],"month":4,"procedure":"doi-giay-phep-lai-xe","province":"ha-noi","year":2026},"v":1}"#
            .utf8)

    static let header = [UInt8](
        hex: """
            010172316b3ecdf196bb30248a727021f64abda230ea5df856dcb4ac995e6b4fa79aa40ec305609b7249985b1a3ce3af
            54f37804eadc764ae5b54b4b3b0d0f66997003993ee9ebf23788fbbc7259ff4b4ff126a4afd53fd4af77436061626364
            65666768696a6b6c6d6e6f7071727374757677
            """)
    static let ciphertext = [UInt8](
        hex: """
            ee5c92110773804390d6590e29e0e7b0a10b8bc49802832e970a9f85f97265208c3632187f82481042c7e0f787213f3f
            21dabd2f5f844dbe3181eafb4231a450f63b77ca53383de58ed1aa2d5abadf68588cbd64acc9da55eacfaf813193c202
            32406e5fcacabb6f70f229762ca90e60bfc62501eccbc5fc89fa4317c5b565272756a651417d8d032c6b56d5a3c68f12
            89097ee162a0df30506b54114641879dcdcc4e823da7b2968ef3e4962bc5598c8014851635330b613449297afd0c8601
            e2cf4b08f68fb4a49fc6b0f500d213e6b0c37cfb834b9421ecb3f77a593801809afc878f5400f861f6b6a24d2cb32fb4
            83f32411a053184ba0176f7be4975853b2807c3a9392563c42fd53262fa847233a89a59337a0aa2bb6fbb56527b39e6b
            566d21c2dfbef1b1d2e7833e77cadf71
            """)
    static let envelope = [UInt8](
        hex: """
            010172316b3ecdf196bb30248a727021f64abda230ea5df856dcb4ac995e6b4fa79aa40ec305609b7249985b1a3ce3af
            54f37804eadc764ae5b54b4b3b0d0f66997003993ee9ebf23788fbbc7259ff4b4ff126a4afd53fd4af77436061626364
            65666768696a6b6c6d6e6f7071727374757677ed8848f36cb1417170c7238950c69f1151754fc16760c9fecb41503a26
            8ca07cc3ea8158114a494e063cba458ead017d4de469a38f08c7dfc165341a1d7669a65180b602f7ba04a20d580cac17
            0a2b5ea773dc0b9c36068c2c2eba73fbf814132fd13f166bb8c1625fc55cfc2bf067778bd8c25b9a11d1225b9a686b99
            b014909ee7a9d940c7e13f890fb494d94442caeda6f95a186117dcad7fdc6b697abb7dc1f3a794fff309cce8d322f25e
            62e0db3bff4ab8b85c0c4671b5faa3fc2f3b51c5a7360c332f79dd88775f8af8aebeb3e60a4d5546d54a833289db8c64
            4b792990b8750bf1b1516fa3386d61336151c8ee5c92110773804390d6590e29e0e7b0a10b8bc49802832e970a9f85f9
            7265208c3632187f82481042c7e0f787213f3f21dabd2f5f844dbe3181eafb4231a450f63b77ca53383de58ed1aa2d5a
            badf68588cbd64acc9da55eacfaf813193c20232406e5fcacabb6f70f229762ca90e60bfc62501eccbc5fc89fa4317c5
            b565272756a651417d8d032c6b56d5a3c68f1289097ee162a0df30506b54114641879dcdcc4e823da7b2968ef3e4962b
            c5598c8014851635330b613449297afd0c8601e2cf4b08f68fb4a49fc6b0f500d213e6b0c37cfb834b9421ecb3f77a59
            3801809afc878f5400f861f6b6a24d2cb32fb483f32411a053184ba0176f7be4975853b2807c3a9392563c42fd53262f
            a847233a89a59337a0aa2bb6fbb56527b39e6b566d21c2dfbef1b1d2e7833e77cadf71
            """)

    var inspectorA: SealedBox.PrivateKey { TestInspectors.privateKey(1) }
    var inspectorB: SealedBox.PrivateKey { TestInspectors.privateKey(2) }

    @Test("sealing the vector's inputs reproduces its header and body byte for byte")
    func reproducesHeaderAndBody() throws {
        let token = try CaseToken(parsing: Self.token)
        let reply = token.replyKey()
        let bytes = try Envelope.seal(
            plaintext: Self.plaintext, kind: .report, caseTag: Self.tagKey.tag(for: token), replyKey: reply.publicKey,
            recipients: [inspectorA.publicKey, inspectorB.publicKey, reply.publicKey], random: Self.random())
        #expect(Array(bytes.prefix(Self.header.count)) == Self.header)
        #expect(Array(bytes.suffix(Self.ciphertext.count)) == Self.ciphertext)
        #expect(bytes.count == Self.envelope.count)
    }

    @Test("every recipient of the outsider's envelope opens it to the plaintext")
    func opensOutsidersEnvelope() throws {
        let envelope = try Envelope(parsing: Self.envelope)
        #expect(envelope.serialized == Self.envelope)
        #expect(envelope.header == Self.header)
        #expect(envelope.kind == .report)
        #expect(envelope.caseTag.hex == "72316b3ecdf196bb30248a727021f64abda230ea5df856dcb4ac995e6b4fa79a")
        #expect(envelope.recipientKeyIDs.map(\.hex) == ["993ee9ebf23788fb", "bc7259ff4b4ff126", "a4afd53fd4af7743"])
        let reply = try CaseToken(parsing: Self.token).replyKey()
        for key in [inspectorA, inspectorB, reply] {
            #expect(try envelope.open(with: key) == Self.plaintext)
        }
    }

    @Test("the vector's plaintext is a report message that Casework writes byte for byte the same way")
    func plaintextIsAMessage() throws {
        let message = try CaseMessage(decoding: Self.plaintext, kind: .report)
        #expect(message.receivedOn == CalendarDay(year: 2026, month: 5, day: 4))
        guard case .report(let report) = message.body else {
            Issue.record("not a report")
            return
        }
        #expect(report.province == "ha-noi" && report.misconduct == ["hoi-lo"])
        #expect(message.encoded() == Self.plaintext)
    }
}
