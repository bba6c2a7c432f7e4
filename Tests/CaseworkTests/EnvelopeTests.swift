import Sodium
import TestSupport
import Testing

@testable import Casework
@testable import Stores

@Suite("Envelope: sealing, opening, strict parsing and tampering")
struct EnvelopeTests {
    let token = CaseToken(random: SeededRandom(seed: 42))
    let tag = CaseTagKey(random: SeededRandom(seed: 43)).tag(for: CaseToken(random: SeededRandom(seed: 42)))
    let inspectorA = TestInspectors.privateKey(1)
    let inspectorB = TestInspectors.privateKey(2)
    let plaintext = Array("Cán bộ đòi 500.000 đồng để nhận hồ sơ.".utf8)

    func sealed(_ plaintext: [UInt8]? = nil, kind: Envelope.Kind = .report) throws -> [UInt8] {
        let reply = token.replyKey().publicKey
        return try Envelope.seal(
            plaintext: plaintext ?? self.plaintext, kind: kind, caseTag: tag, replyKey: reply,
            signingKey: kind.isSignedByCitizen ? token.signingKey() : nil,
            recipients: [inspectorA.publicKey, inspectorB.publicKey, reply])
    }

    @Test("every recipient opens it; the fields read back; the bytes re-serialize identically")
    func roundTrip() throws {
        let bytes = try sealed()
        let envelope = try Envelope(parsing: bytes)
        #expect(envelope.serialized == bytes)
        #expect(envelope.kind == .report && envelope.caseTag == tag && envelope.replyKey == token.replyKey().publicKey)
        #expect(envelope.version == 2 && envelope.signingKey == token.signingKey().publicKey)
        #expect(envelope.isSignatureValid && envelope.signature?.count == 64)
        #expect(envelope.recipients.count == 3)
        #expect(
            envelope.isSealed(to: inspectorA.publicKey)
                && !envelope.isSealed(to: TestInspectors.privateKey(3).publicKey))
        for key in [inspectorA, inspectorB, token.replyKey()] {
            #expect(try envelope.open(with: key) == plaintext)
        }
        #expect(
            bytes.count == Envelope.headerByteCount(version: 2, recipients: 3) + 3 * 80
                + Padding.padmeLength(plaintext.count + 1) + 16 + 64)
    }

    @Test(
        "plaintexts of many sizes round-trip, padded to a Padmé length",
        arguments: [0, 1, 2, 15, 16, 17, 100, 1000, 5000])
    func sizes(count: Int) throws {
        let message = [UInt8](repeating: 0x61, count: count)
        let envelope = try Envelope(parsing: sealed(message))
        #expect(envelope.ciphertext.count == Padding.padmeLength(count + 1) + 16)
        #expect(try envelope.open(with: inspectorB) == message)
    }

    @Test("a key that is not a recipient is told so; sealing twice gives different bytes")
    func notARecipient() throws {
        let envelope = try Envelope(parsing: sealed())
        #expect(caseworkError { try envelope.open(with: TestInspectors.privateKey(9)) } == .notARecipient)
        #expect(try sealed() != sealed())
    }

    /// Byte regions of a 3-recipient version 2 report and what flipping a bit there does to inspector A.
    static let regions: [(name: String, offset: Int, expected: CaseworkError)] = [
        ("version", 0, .unsupportedEnvelopeVersion(0)),
        ("kind", 1, .authenticationFailed),
        ("case tag", 2, .authenticationFailed),
        ("case tag end", 33, .authenticationFailed),
        ("reply key", 40, .authenticationFailed),
        ("signing key", 70, .authenticationFailed),
        ("key commitment", 98, .authenticationFailed),
        ("key commitment end", 129, .authenticationFailed),
        ("key id of A", 131, .notARecipient),
        ("key id of B", 139, .authenticationFailed),
        ("key id of the reply key", 147, .authenticationFailed),
        ("nonce", 155, .authenticationFailed),
        ("nonce end", 178, .authenticationFailed),
        ("sealed key of A", 179, .authenticationFailed),
        ("sealed key of A, its tag", 179 + 40, .authenticationFailed),
        ("sealed key of A, last byte", 258, .authenticationFailed),
        ("ciphertext", 419, .authenticationFailed),
        ("ciphertext tag", -65, .authenticationFailed),
    ]

    @Test("a flipped bit in any field stops inspector A from reading it", arguments: regions)
    func tampered(region: (name: String, offset: Int, expected: CaseworkError)) throws {
        let bytes = try sealed()
        let index = region.offset >= 0 ? region.offset : bytes.count + region.offset
        for bit in [1, 7] {
            let tampered = bytes.flippingBit(bit, ofByte: index)
            let error = caseworkError { try Envelope(parsing: tampered).open(with: inspectorA) }
            if region.name == "version" {
                #expect(error == .unsupportedEnvelopeVersion(tampered[0]))
            } else if region.name == "reply key",
                error == .malformedEnvelope("the reply key is not a usable X25519 public key")
            {
                continue  // a flip that lands on a low-order point is refused by the parser: also fine
            } else if region.name == "kind", tampered[1] >= 0x20, error?.isMalformedEnvelope == true {
                continue  // an inspector's kind with a citizen's signing key is refused by the parser
            } else {
                #expect(error == region.expected, "\(region.name), bit \(bit)")
            }
        }
    }

    @Test("a tampered sealed key fails only for its own recipient")
    func tamperedSealedKey() throws {
        let bytes = try sealed()
        let tampered = try Envelope(parsing: bytes.flippingBit(3, ofByte: 179 + 80 + 10))  // B's sealed key
        #expect(try tampered.open(with: inspectorA) == plaintext)
        #expect(caseworkError { try tampered.open(with: inspectorB) } == .authenticationFailed)
    }

    @Test("every truncation is refused or fails to open, never yields plaintext")
    func truncated() throws {
        let bytes = try sealed()
        for length in 0..<bytes.count {
            let error = caseworkError { try Envelope(parsing: Array(bytes.prefix(length))).open(with: inspectorA) }
            #expect(error != nil, "length \(length)")
        }
    }

    @Test("extra bytes at the end are refused or fail to open")
    func extended() throws {
        let bytes = try sealed()
        for extra in 1...40 {
            let longer = bytes + [UInt8](repeating: 0, count: extra)
            let error = caseworkError { try Envelope(parsing: longer).open(with: inspectorA) }
            #expect(error == .authenticationFailed || error?.isMalformedEnvelope == true, "\(extra) extra bytes")
        }
    }

    @Test("unknown versions are refused", arguments: [0, 3, 0x7F, 0xFF] as [UInt8])
    func versions(version: UInt8) throws {
        var bytes = try sealed()
        bytes[0] = version
        #expect(caseworkError { try Envelope(parsing: bytes) } == .unsupportedEnvelopeVersion(version))
    }

    @Test("structural rules: kind 0, no recipient, more than 64, duplicate ids, low-order reply key, not Padmé")
    func structure() throws {
        let bytes = try sealed()
        var kindZero = bytes
        kindZero[1] = 0
        #expect(caseworkError { try Envelope(parsing: kindZero) }?.isMalformedEnvelope == true)
        var noRecipients = bytes
        noRecipients[130] = 0
        #expect(
            caseworkError { try Envelope(parsing: noRecipients) }
                == .malformedEnvelope("no recipients: no one could open it"))
        var tooMany = bytes
        tooMany[130] = 65
        #expect(caseworkError { try Envelope(parsing: tooMany) }?.isMalformedEnvelope == true)
        var duplicate = bytes
        duplicate.replaceSubrange(139..<147, with: bytes[131..<139])
        #expect(caseworkError { try Envelope(parsing: duplicate) }?.isMalformedEnvelope == true)
        var lowOrder = bytes
        lowOrder.replaceSubrange(34..<66, with: [UInt8](repeating: 0, count: 32))
        #expect(caseworkError { try Envelope(parsing: lowOrder) }?.isMalformedEnvelope == true)
        var unsigned = bytes
        unsigned.replaceSubrange(66..<98, with: [UInt8](repeating: 0, count: 32))
        #expect(
            caseworkError { try Envelope(parsing: unsigned) }?.isMalformedEnvelope == true,
            "a citizen's kind needs a key")
        var reply = try sealed(kind: .reply)
        reply[66] = 1
        #expect(caseworkError { try Envelope(parsing: reply) }?.isMalformedEnvelope == true, "an inspector's has none")
        // One byte less at the end: the body shrinks by one, and 16 + 55 is not a Padmé length.
        #expect(caseworkError { try Envelope(parsing: Array(bytes.dropLast())) }?.isMalformedEnvelope == true)
        #expect(caseworkError { try Envelope(parsing: []) }?.isMalformedEnvelope == true)
    }

    @Test("64 recipients are allowed; sealing refuses none, 65, a repeat and kind 0")
    func recipientBounds() throws {
        let reply = token.replyKey().publicKey
        let keys = (1...64).map { TestInspectors.privateKey(UInt8($0)).publicKey }
        let bytes = try Envelope.seal(
            plaintext: plaintext, kind: .followUp, caseTag: tag, replyKey: reply, signingKey: token.signingKey(),
            recipients: keys)
        #expect(try Envelope(parsing: bytes).open(with: TestInspectors.privateKey(64)) == plaintext)
        let extra = TestInspectors.privateKey(65).publicKey
        for recipients in [[], keys + [extra], [reply, reply]] {
            #expect(
                caseworkError {
                    try Envelope.seal(
                        plaintext: plaintext, kind: .report, caseTag: tag, replyKey: reply,
                        signingKey: token.signingKey(),
                        recipients: recipients)
                }?.isMalformedEnvelope == true)
        }
        #expect(
            caseworkError {
                try Envelope.seal(
                    plaintext: plaintext, kind: Envelope.Kind(rawValue: 0), caseTag: tag, replyKey: reply,
                    recipients: [reply])
            }?.isMalformedEnvelope == true)
        for (kind, key) in [(Envelope.Kind.followUp, nil), (.reply, token.signingKey())] {
            #expect(
                caseworkError {
                    try Envelope.seal(
                        plaintext: plaintext, kind: kind, caseTag: tag, replyKey: reply, signingKey: key,
                        recipients: [reply])
                }?.isMalformedEnvelope == true, "a citizen's kind is signed, an inspector's is not")
        }
    }

    @Test("kinds: citizen kinds, inspector room, descriptions")
    func kinds() {
        #expect(Envelope.Kind.citizenKinds == [.report, .followUp, .rating])
        #expect(!Envelope.Kind.reply.isCitizenOriginated)
        #expect(Envelope.Kind(rawValue: 0x21).description == "inspector event")
        #expect(Envelope.Kind(rawValue: 0x22).description == "kind 0x22")
        #expect(Envelope.Kind.followUp.description == "follow-up")
    }

    @Test("random mutations never crash the parser, and never open to anything but the plaintext")
    func fuzz() throws {
        let bytes = try sealed()
        let random = SeededRandom(seed: 7)
        for _ in 0..<2000 {
            var mutated = bytes
            let noise = random.bytes(count: 4)
            switch noise[0] % 4 {
            case 0: mutated[Int(noise[1]) * Int(noise[2]) % mutated.count] = noise[3]
            case 1: mutated.removeLast(Int(noise[1]) % mutated.count)
            case 2: mutated += random.bytes(count: Int(noise[1]) % 64)
            default: mutated.insert(noise[3], at: Int(noise[1]) * Int(noise[2]) % mutated.count)
            }
            if let envelope = try? Envelope(parsing: mutated), let opened = try? envelope.open(with: inspectorA) {
                #expect(opened == plaintext)
                #expect(envelope.serialized == mutated)
            }
        }
    }
}

extension EnvelopeTests {
    /// A version 2 envelope whose header commits to another key than the one sealed to inspector A, and
    /// whose body still authenticates under the sealed key: only the commitment can catch it (L3).
    func wrongCommitment(commitTo committed: SecureBytes) throws -> (bytes: [UInt8], sealedKey: SecureBytes) {
        let contentKey = SecureBytes.random(count: 32)
        let nonce = SystemRandom().bytes(count: 24)
        let header = Envelope.header(
            version: 2, kind: .reply, caseTag: tag, replyKey: token.replyKey().publicKey, signingKey: nil,
            commitment: Envelope.commitment(to: committed), keyIDs: [Envelope.keyID(of: inspectorA.publicKey)],
            nonce: nonce)
        let body = try XChaCha20Poly1305.encrypt(
            Padding.pad(plaintext), key: contentKey, nonce: nonce, authenticating: header)
        return (header + SealedBox.seal(contentKey, to: inspectorA.publicKey) + body, contentKey)
    }

    @Test("a sealed key that is not the committed one is refused before the body, though the body would open")
    func commitment() throws {
        let honest = try wrongCommitment(commitTo: SecureBytes.random(count: 32))
        let control = try Envelope(parsing: honest.bytes)
        #expect(caseworkError { try control.open(with: inspectorA) } == .authenticationFailed)
        #expect(caseworkError { try control.contentKey(with: inspectorA) } == .authenticationFailed)
        #expect(caseworkError { try control.open(contentKey: honest.sealedKey) } == .authenticationFailed)
        // The same construction with the right commitment opens: what failed above is the commitment.
        let key = SecureBytes.random(count: 32)
        let nonce = SystemRandom().bytes(count: 24)
        let header = Envelope.header(
            version: 2, kind: .reply, caseTag: tag, replyKey: token.replyKey().publicKey, signingKey: nil,
            commitment: Envelope.commitment(to: key), keyIDs: [Envelope.keyID(of: inspectorA.publicKey)], nonce: nonce)
        let body = try XChaCha20Poly1305.encrypt(Padding.pad(plaintext), key: key, nonce: nonce, authenticating: header)
        let good = try Envelope(parsing: header + SealedBox.seal(key, to: inspectorA.publicKey) + body)
        #expect(try good.open(with: inspectorA) == plaintext)
    }

    @Test("a flipped bit anywhere in a signed envelope invalidates its signature, or its parse")
    func signatureCoversEveryByte() throws {
        let bytes = try sealed(kind: .followUp)
        #expect(try Envelope(parsing: bytes).isSignatureValid)
        for index in stride(from: 0, to: bytes.count, by: 7) {
            let tampered = bytes.flippingBit(index % 8, ofByte: index)
            #expect((try? Envelope(parsing: tampered))?.isSignatureValid != true, "byte \(index)")
        }
        #expect(try !Envelope(parsing: sealed(kind: .reply)).isSignatureValid, "an inspector's kind carries none")
    }
}

extension CaseworkError {
    var isMalformedEnvelope: Bool {
        if case .malformedEnvelope = self { return true }
        return false
    }
}
