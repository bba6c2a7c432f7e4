import Foundation
import Sodium
import TestSupport
import Testing

@testable import Casework
@testable import Stores

/// The envelope known-answer vectors published in Envelope.md.
///
/// They were made by outsiders' implementations of Envelope.md (version 1: Python, libsodium through
/// ctypes; version 2: `Vectors/envelope_v2.py`, hashlib and PyNaCl), not by this code. Casework must
/// reproduce a version 2 header and body from the same inputs, and its signature from the whole
/// envelope, and open every whole envelope, whose sealed keys (randomised by `crypto_box_seal`) came
/// from those runs. Version 1 is no longer sealed, but its envelope must still open.
@Suite("Envelope: the published known-answer vectors")
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

    @Test("every recipient of the outsider's version 1 envelope still opens it to the plaintext")
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

    // MARK: version 2

    static let followUpPlaintext = Array(
        #"{"attachments":[],"followUp":{"text":"Biên lai ghi 500.000 đồng."},"receivedOn":"2026-05-06","v":1}"#.utf8)

    static let reportHeader = [UInt8](
        hex: """
            020172316b3ecdf196bb30248a727021f64abda230ea5df856dcb4ac995e6b4fa79aa40ec305609b7249985b1a3ce3af
            54f37804eadc764ae5b54b4b3b0d0f6699702e225f7a5fe14032f88148aba377821753b3655f7a728136cfbc1ef0efa8
            f6339564c35497f82c28a309328e5d13c6abe1daa4c1445fe54b1d46c74328a43b6303993ee9ebf23788fbbc7259ff4b
            4ff126a4afd53fd4af7743606162636465666768696a6b6c6d6e6f7071727374757677
            """)
    static let reportBody = [UInt8](
        hex: """
            ee5c92110773804390d6590e29e0e7b0a10b8bc49802832e970a9f85f97265208c3632187f82481042c7e0f787213f3f
            21dabd2f5f844dbe3181eafb4231a450f63b77ca53383de58ed1aa2d5abadf68588cbd64acc9da55eacfaf813193c202
            32406e5fcacabb6f70f229762ca90e60bfc62501eccbc5fc89fa4317c5b565272756a651417d8d032c6b56d5a3c68f12
            89097ee162a0df30506b54114641879dcdcc4e823da7b2968ef3e4962bc5598c8014851635330b613449297afd0c8601
            e2cf4b08f68fb4a49fc6b0f500d213e6b0c37cfb834b9421ecb3f77a593801809afc878f5400f861f6b6a24d2cb32fb4
            83f32411a053184ba0176f7be4975853b2807c3a9392563c42fd53262fa847233a89a59337a0aa2bb6fbb56527b39e6b
            aa4045e439fc1893ed4e4a60fcd95173
            """)
    static let reportEnvelope = [UInt8](
        hex: """
            020172316b3ecdf196bb30248a727021f64abda230ea5df856dcb4ac995e6b4fa79aa40ec305609b7249985b1a3ce3af
            54f37804eadc764ae5b54b4b3b0d0f6699702e225f7a5fe14032f88148aba377821753b3655f7a728136cfbc1ef0efa8
            f6339564c35497f82c28a309328e5d13c6abe1daa4c1445fe54b1d46c74328a43b6303993ee9ebf23788fbbc7259ff4b
            4ff126a4afd53fd4af7743606162636465666768696a6b6c6d6e6f7071727374757677cf011366dd2b31646bdf6912e0
            38dcb1fc2e19d6dc483505c251ebfa97ab4c052ea1df158b79b540e3c48f47c46be00e7f27812257907f278ab9200c57
            8f2ed48b4489df3b1f03f90ec1846a47c7cb202db49412a20966d137857d307814d9920a2a90768b3afc338fa6d96890
            e4d73efa9ec72f383587f551f0993f7922fa3cadbeed229ff65bd48f022f54a86718e84a3572e38d2980010d329f5807
            321602340ccef52bff0656ff5d2da33c359358388674d1a77f7a9a6ce906b77d1c280c7b014ab6fa0124780240e682c4
            bd7b61f9711898a70fe73e42a72b4819d3513f41065a10306fc4c287c38df4ba8d0a75ee5c92110773804390d6590e29
            e0e7b0a10b8bc49802832e970a9f85f97265208c3632187f82481042c7e0f787213f3f21dabd2f5f844dbe3181eafb42
            31a450f63b77ca53383de58ed1aa2d5abadf68588cbd64acc9da55eacfaf813193c20232406e5fcacabb6f70f229762c
            a90e60bfc62501eccbc5fc89fa4317c5b565272756a651417d8d032c6b56d5a3c68f1289097ee162a0df30506b541146
            41879dcdcc4e823da7b2968ef3e4962bc5598c8014851635330b613449297afd0c8601e2cf4b08f68fb4a49fc6b0f500
            d213e6b0c37cfb834b9421ecb3f77a593801809afc878f5400f861f6b6a24d2cb32fb483f32411a053184ba0176f7be4
            975853b2807c3a9392563c42fd53262fa847233a89a59337a0aa2bb6fbb56527b39e6baa4045e439fc1893ed4e4a60fc
            d951732f6dbeeee4f0f7c7663d25af4e119ed3099120a23a8911df1aba34c4c0cb00d51638b84096cb99d074c2f12853
            ac7837226e3f8e119b469fa2094cdfe441750d
            """)
    static let followUpHeader = [UInt8](
        hex: """
            020272316b3ecdf196bb30248a727021f64abda230ea5df856dcb4ac995e6b4fa79aa40ec305609b7249985b1a3ce3af
            54f37804eadc764ae5b54b4b3b0d0f6699702e225f7a5fe14032f88148aba377821753b3655f7a728136cfbc1ef0efa8
            f6339564c35497f82c28a309328e5d13c6abe1daa4c1445fe54b1d46c74328a43b6303993ee9ebf23788fbbc7259ff4b
            4ff126a4afd53fd4af7743606162636465666768696a6b6c6d6e6f7071727374757677
            """)
    static let followUpBody = [UInt8](
        hex: """
            ee5c92110773804390d6590e29e0e7b0a10b8bd0920d8a28963a8be8ad2b7d76db7e740c68903f54b159acfbc932336f
            29c0a02d50cf5ff162d2b5aee8d467d14716d3451f657326472de98ca20f086537d7af6ea0cbda57fc260e55a7309a47
            3ea6899c4b78e681e2ab263df26a8c580cc14acfedbe1312
            """)
    static let followUpEnvelope = [UInt8](
        hex: """
            020272316b3ecdf196bb30248a727021f64abda230ea5df856dcb4ac995e6b4fa79aa40ec305609b7249985b1a3ce3af
            54f37804eadc764ae5b54b4b3b0d0f6699702e225f7a5fe14032f88148aba377821753b3655f7a728136cfbc1ef0efa8
            f6339564c35497f82c28a309328e5d13c6abe1daa4c1445fe54b1d46c74328a43b6303993ee9ebf23788fbbc7259ff4b
            4ff126a4afd53fd4af7743606162636465666768696a6b6c6d6e6f70717273747576772e95df9edc5748f2cb5fa0fa97
            6525294a4ee1f603b09dbc66b0ba4fbbcd2957c0018ddd63ef77c1987ab6aeecfdd0d69654c1f5c379dc1d86f6722f0f
            54366c0d803cc59737944d68a2701147f3351464e0a07a530bed93076465c7372963b4b656ba0b01eff10552c0ef8f0a
            a06f74d0eecd292d7836f341d8e90f39991f8ac183717862e46e853f407e6162484acdd233248d5cd09d495c64dcc8c1
            99d283b770edb181a8a85e2f813fd2b87ee20c93c4a265765135a2ac64c4d31247fd708ba6e3113a8a22f31b93adb559
            99e68136122510e5dafba6d12f4edc11220e97cb73adc66c856a02bed2f2cfd8f3c73aee5c92110773804390d6590e29
            e0e7b0a10b8bd0920d8a28963a8be8ad2b7d76db7e740c68903f54b159acfbc932336f29c0a02d50cf5ff162d2b5aee8
            d467d14716d3451f657326472de98ca20f086537d7af6ea0cbda57fc260e55a7309a473ea6899c4b78e681e2ab263df2
            6a8c580cc14acfedbe13127ecf309da77b67585f967c41bc3e31ba3601cda896412794df0e024207026bce389beb91bc
            15dcd36d05c5f82d32cecb81074183a5e492ee00c880058d25e400
            """)

    @Test(
        "version 2: sealing the inputs reproduces header and body; the signature is reproduced from the envelope",
        arguments: [(Envelope.Kind.report, 0), (.followUp, 1)])
    func versionTwo(kind: Envelope.Kind, number: Int) throws {
        let (plaintext, header, body, whole) =
            number == 0
            ? (Self.plaintext, Self.reportHeader, Self.reportBody, Self.reportEnvelope)
            : (Self.followUpPlaintext, Self.followUpHeader, Self.followUpBody, Self.followUpEnvelope)
        let token = try CaseToken(parsing: Self.token)
        let reply = token.replyKey()
        let bytes = try Envelope.seal(
            plaintext: plaintext, kind: kind, caseTag: Self.tagKey.tag(for: token), replyKey: reply.publicKey,
            signingKey: token.signingKey(), recipients: [inspectorA.publicKey, inspectorB.publicKey, reply.publicKey],
            random: Self.random())
        #expect(Array(bytes.prefix(header.count)) == header)
        #expect(Array(bytes.dropLast(64).suffix(body.count)) == body)
        #expect(bytes.count == whole.count)

        let envelope = try Envelope(parsing: whole)
        #expect(envelope.serialized == whole && envelope.header == header && envelope.ciphertext == body)
        #expect(
            envelope.signingKey?.rawRepresentation.hex
                == "2e225f7a5fe14032f88148aba377821753b3655f7a728136cfbc1ef0efa8f633")
        #expect(envelope.keyCommitment?.hex == "9564c35497f82c28a309328e5d13c6abe1daa4c1445fe54b1d46c74328a43b63")
        #expect(envelope.isSignatureValid)
        #expect(token.signingKey().signature(for: Envelope.signatureContext + whole.dropLast(64)) == envelope.signature)
        #expect(
            envelope.authorship(
                caseSigningKey: token.signingKey().publicKey, caseReplyKey: reply.publicKey, reportVersion: 2)
                == .citizen)
        for key in [inspectorA, inspectorB, reply] {
            #expect(try envelope.open(with: key) == plaintext)
        }
        if number == 1 {
            let message = try CaseMessage(decoding: plaintext, kind: .followUp)
            #expect(message.encoded() == plaintext, "Casework writes the vector's plaintext byte for byte")
        }
    }
}
