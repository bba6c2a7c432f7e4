import Sodium
import TestSupport
import Testing

@testable import Casework

@Suite("CaseToken: format, check symbol, parsing and the keys it determines")
struct CaseTokenTests {
    /// Tokens and their derivations computed by an independent implementation: the Python reference
    /// of Tokens.md (`hashlib.blake2b`, and libsodium's `crypto_kdf_derive_from_key` and
    /// `crypto_box_seed_keypair` through ctypes).
    static let vectors: [(token: String, master: String, seed: String, replyPublicKey: String)] = [
        (
            "0123456789ABCDEFGHJKJ", "4acc7ecdb0b508f9972110d9462a184a9f388f03b366c8afc7ec739b02fae671",
            "737453d4e98e781a2da7c5c218a08b09a0f72362bcbccda437893690a132d88d",
            "a40ec305609b7249985b1a3ce3af54f37804eadc764ae5b54b4b3b0d0f669970"
        ),
        (
            "000000000000000000000", "c24a2c4de3c3086adbcbecd7552b128c9ccbec5198e17eb7c4915f92bbaa6f2e",
            "bb021e6f3053dec89a86831c5fc62a34babacc9fc56035c21f78898c41414599",
            "28be140abb9846b90a82d64a61a3ccdce9ebf89b74784a37ab4df6b6e17a086b"
        ),
        (
            "ZZZZZZZZZZZZZZZZZZZZA", "cf88e0ed19193ee0677c7faf6675189534c01134c95546d165eb288c6324e820",
            "36f11d95a0d795ee01f37a759ee82133434369d1c43b8ffbeaf888ed97cc4cc7",
            "9708baebc86cf3e8ccf0b9e40baec597a03e5d1ef7e48e530dca899c2639fe1f"
        ),
        (
            "7K2QMX9DA1B2C3D4E5F66", "9a58fe431125acf58a780790f8c5e828702111044680f1d92377e960d5108a74",
            "43620ef36e39dc24b8ebfe87eb3ac0ad84804556d016a1b5636cd3146bfc09d2",
            "3778ec63c9d59ee7826d8a43ae71181f0a2706ebfcc3383b4aebee046abbeb32"
        ),
    ]

    @Test("known answers: check symbol, master key, reply key", arguments: vectors)
    func knownAnswers(vector: (token: String, master: String, seed: String, replyPublicKey: String)) throws {
        let token = try CaseToken(parsing: vector.token)
        #expect(token.canonical == vector.token)
        #expect(token.masterKey().unsafeCopiedBytes().hex == vector.master)
        let seed = try KeyDerivation.deriveKey(
            from: token.masterKey(), id: CaseToken.replyKeySubkeyID, context: CaseToken.replyKeyContext)
        #expect(seed.unsafeCopiedBytes().hex == vector.seed)
        #expect(token.replyKey().publicKey.rawRepresentation.hex == vector.replyPublicKey)
    }

    /// The signing public keys of Tokens.md's table, computed by `Vectors/envelope_v2.py` (hashlib and
    /// PyNaCl's `crypto_sign_seed_keypair`), not by this code.
    static let signingVectors: [(token: String, signingPublicKey: String)] = [
        ("0123456789ABCDEFGHJKJ", "2e225f7a5fe14032f88148aba377821753b3655f7a728136cfbc1ef0efa8f633"),
        ("000000000000000000000", "d9c807bc2852b7f670eee0ea2874c1a9cbf65ec01f1fbb77d2d8d7c6de913c14"),
        ("ZZZZZZZZZZZZZZZZZZZZA", "9b48d6322a183648fc2ca0c0c352f29f36d640434e59d00c79337ad69d649aff"),
        ("7K2QMX9DA1B2C3D4E5F66", "232b60535c42b6b659647acfcbd4fa20e26c2f8f3d2167b21edf113c0da362d7"),
    ]

    @Test("known answers: the signing key (subkey 2 of the same master)", arguments: signingVectors)
    func signingKnownAnswers(vector: (token: String, signingPublicKey: String)) throws {
        let token = try CaseToken(parsing: vector.token)
        #expect(token.signingKey().publicKey.rawRepresentation.hex == vector.signingPublicKey)
        #expect(token.signingKey().publicKey.rawRepresentation != token.replyKey().publicKey.rawRepresentation)
        let signature = token.signingKey().signature(for: Array("x".utf8))
        #expect(token.signingKey().publicKey.isValidSignature(signature, for: Array("x".utf8)))
    }

    @Test("a minted token has 21 symbols from the alphabet, grouped 4-4-4-4-5, and parses back")
    func minted() throws {
        let token = CaseToken(random: SeededRandom(seed: 1))
        #expect(token.canonical.count == 21)
        #expect(token.canonical.utf8.allSatisfy { CrockfordBase32.alphabet.contains($0) })
        let groups = token.grouped.split(separator: "-")
        #expect(groups.map(\.count) == [4, 4, 4, 4, 5])
        #expect(groups.joined() == token.canonical)
        #expect(try CaseToken(parsing: token.grouped) == token)
        #expect(try CaseToken(parsing: token.canonical) == token)
    }

    @Test("the counting source mints the published token 0123-4567-89AB-CDEF-GHJKJ")
    func countingToken() {
        let token = CaseToken(random: CountingRandom(start: 0))
        #expect(token.grouped == "0123-4567-89AB-CDEF-GHJKJ")
    }

    @Test("10 000 system-minted tokens are distinct and use every symbol in every position")
    func randomness() {
        var seen: Set<String> = []
        var symbolsAtPosition = [Set<UInt8>](repeating: [], count: 20)
        for _ in 0..<10_000 {
            let token = CaseToken()
            seen.insert(token.canonical)
            for (position, symbol) in token.canonical.utf8.prefix(20).enumerated() {
                symbolsAtPosition[position].insert(symbol)
            }
        }
        #expect(seen.count == 10_000)
        #expect(symbolsAtPosition.allSatisfy { $0.count == 32 })
    }

    @Test(
        "input is case-insensitive, ignores spaces and dashes, and reads O as 0, I and L as 1",
        arguments: [
            "0123-4567-89AB-CDEF-GHJKJ", "0123456789abcdefghjkj", " 0123 4567 89ab cdef ghjkj ",
            "O123-4567-89AB-CDEF-GHJKJ",
            "0I23-4567-89AB-CDEF-GHJKJ", "0l23-4567-89AB-CDEF-GHJKJ",
            "0123\u{2013}4567\u{2014}89AB\u{2011}CDEF\u{00A0}GHJKJ",
            "0123-4567-89AB-CDEF-GHJK-J", "0123\t4567\n89AB-CDEF-GHJKJ",
        ])
    func lenientInput(text: String) throws {
        #expect(try CaseToken(parsing: text).canonical == "0123456789ABCDEFGHJKJ")
    }

    @Test(
        "wrong length or characters outside the alphabet are malformed",
        arguments: [
            "", "0123", "0123-4567-89AB-CDEF-GHJK", "0123-4567-89AB-CDEF-GHJKJ0", "0123-4567-89AB-CDEF-GHJKU",
            "0123-4567-89AB-CDEF-GHJK*", "0123-4567-89AB-CDEF-GHJKÁ", "0123_4567_89AB_CDEF_GHJKJ",
            "0123-4567-89AB-CDEF-GHJKJ.", String(repeating: "0", count: 500), "０123-4567-89AB-CDEF-GHJKJ",
        ])
    func malformed(text: String) {
        #expect(caseworkError { try CaseToken(parsing: text) } == .malformedToken)
    }

    @Test("every single wrong symbol, in every position of several tokens, is a bad check character")
    func singleSubstitutions() {
        let alphabet = CrockfordBase32.alphabet
        for seed in 0..<20 {
            let symbols = Array(CaseToken(random: SeededRandom(seed: UInt64(seed))).canonical.utf8)
            for position in 0..<symbols.count {
                for replacement in alphabet where replacement != symbols[position] {
                    var typo = symbols
                    typo[position] = replacement
                    #expect(
                        caseworkError { try CaseToken(parsing: String(decoding: typo, as: UTF8.self)) }
                            == .badCheckCharacter)
                }
            }
        }
    }

    @Test("every swap of two different symbols, adjacent or not, is a bad check character")
    func transpositions() {
        for seed in 0..<20 {
            let symbols = Array(CaseToken(random: SeededRandom(seed: UInt64(seed) + 100)).canonical.utf8)
            for i in 0..<symbols.count {
                for j in (i + 1)..<symbols.count where symbols[i] != symbols[j] {
                    var typo = symbols
                    typo.swapAt(i, j)
                    #expect(
                        caseworkError { try CaseToken(parsing: String(decoding: typo, as: UTF8.self)) }
                            == .badCheckCharacter,
                        "swap \(i) and \(j)")
                }
            }
        }
    }

    @Test("the check is exhaustive for single errors: every data word and check value are tied")
    func checkAlgebra() {
        // For a fixed data word, exactly one of the 32 check values makes a valid token.
        let data: [UInt8] = (0..<20).map { UInt8(($0 * 7) % 32) }
        let valid = (0..<32).filter { CrockfordBase32.evaluate(data + [UInt8($0)]) == 0 }
        #expect(valid == [Int(CrockfordBase32.checkValue(for: data))])
        // α = x generates the multiplicative group: its order is 31, so weights of 21 positions differ.
        var power: UInt8 = 1
        var powers: Set<UInt8> = []
        for _ in 0..<31 {
            powers.insert(power)
            power = CrockfordBase32.timesAlpha(power)
        }
        #expect(powers.count == 31 && power == 1)
    }

    @Test("a token never prints: description, interpolation and dump are redacted")
    func redacted() {
        let token = CaseToken(random: CountingRandom(start: 0))
        var dumped = ""
        dump(token, to: &dumped)
        for text in [token.description, "\(token)", String(reflecting: token), dumped] {
            #expect(!text.contains("0123"), "\(text)")
            #expect(!text.contains("GHJK"), "\(text)")
        }
    }

    @Test("equal tokens hash equally; different tokens differ")
    func hashing() throws {
        let a = CaseToken(random: SeededRandom(seed: 5))
        let b = try CaseToken(parsing: a.grouped.lowercased())
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(a != CaseToken(random: SeededRandom(seed: 6)))
        #expect(a.replyKey().publicKey == b.replyKey().publicKey)
    }
}
