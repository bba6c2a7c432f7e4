import Sodium
import TestSupport
import Testing

@Suite("SecretStream (crypto_secretstream_xchacha20poly1305)")
struct SecretStreamTests {
    static let plaintexts: [[UInt8]] = [Array("ảnh chụp biên lai".utf8), [], sequentialBytes(1000), Array("cuối".utf8)]

    /// A key, and the plaintexts above pushed under it with the last chunk final.
    static func sealedStream(ad: [UInt8] = []) throws -> (key: SecureBytes, header: [UInt8], chunks: [[UInt8]]) {
        let key = SecretStream.generateKey()
        var push = try SecretStream.Push(key: key)
        var chunks: [[UInt8]] = []
        for (index, plaintext) in plaintexts.enumerated() {
            chunks.append(try push.push(plaintext, final: index == plaintexts.count - 1, authenticating: ad))
        }
        return (key, push.header, chunks)
    }

    /// Pulls `chunks` in order and returns the plaintexts, or the first error.
    static func pullAll(_ chunks: [[UInt8]], key: SecureBytes, header: [UInt8], ad: [UInt8] = []) throws(SodiumError)
        -> [[UInt8]]
    {
        var pull = try SecretStream.Pull(key: key, header: header)
        var plaintexts: [[UInt8]] = []
        for chunk in chunks { plaintexts.append(try pull.pull(chunk, authenticating: ad)) }
        try pull.finish()
        return plaintexts
    }

    @Test("sizes")
    func sizes() throws {
        #expect(SecretStream.keyByteCount == 32)
        #expect(SecretStream.headerByteCount == 24)
        #expect(SecretStream.chunkOverhead == 17)
        #expect(SecretStream.generateKey().count == 32)
        let push = try SecretStream.Push(key: SecretStream.generateKey())
        let header = push.header
        #expect(header.count == 24)
    }

    @Test("chunks come back in order; the last one finishes the stream")
    func roundTrip() throws {
        let (key, header, chunks) = try Self.sealedStream()
        #expect(chunks.map(\.count) == Self.plaintexts.map { $0.count + SecretStream.chunkOverhead })
        var pull = try SecretStream.Pull(key: key, header: header)
        for (index, chunk) in chunks.enumerated() {
            let isFinished = pull.isFinished
            #expect(!isFinished)
            #expect(try pull.pull(chunk) == Self.plaintexts[index])
        }
        let isFinished = pull.isFinished
        #expect(isFinished)
        try pull.finish()
    }

    @Test("associated data must match on every chunk")
    func associatedData() throws {
        let ad = Array("attachment 3".utf8)
        let (key, header, chunks) = try Self.sealedStream(ad: ad)
        #expect(try Self.pullAll(chunks, key: key, header: header, ad: ad) == Self.plaintexts)
        #expect(throws: SodiumError.authenticationFailed) { try Self.pullAll(chunks, key: key, header: header) }
        #expect(throws: SodiumError.authenticationFailed) {
            try Self.pullAll(chunks, key: key, header: header, ad: ad.flippingBit(0, ofByte: 0))
        }
    }

    static let regions = [
        Region(name: "encrypted tag byte", offset: 0), Region(name: "ciphertext", offset: 1),
        Region(name: "ciphertext, last byte", offset: -17), Region(name: "MAC", offset: -16),
        Region(name: "MAC, last byte", offset: -1),
    ]

    @Test("a flipped bit in any region of a chunk fails", arguments: regions)
    func tamperedChunk(_ region: Region) throws {
        let (key, header, chunks) = try Self.sealedStream()
        for chunkIndex in [0, 2, 3] {
            var tampered = chunks
            let chunk = tampered[chunkIndex]
            tampered[chunkIndex] = chunk.flippingBit(chunkIndex, ofByte: region.index(in: chunk.count))
            #expect(throws: SodiumError.authenticationFailed) { try Self.pullAll(tampered, key: key, header: header) }
        }
    }

    @Test("a dropped chunk fails at the next one")
    func droppedChunk() throws {
        let (key, header, chunks) = try Self.sealedStream()
        for dropped in 0..<(chunks.count - 1) {
            var shortened = chunks
            shortened.remove(at: dropped)
            #expect(throws: SodiumError.authenticationFailed) { try Self.pullAll(shortened, key: key, header: header) }
        }
    }

    @Test("reordered and replayed chunks fail")
    func reorderedAndReplayed() throws {
        let (key, header, chunks) = try Self.sealedStream()
        #expect(throws: SodiumError.authenticationFailed) {
            try Self.pullAll([chunks[1], chunks[0], chunks[2], chunks[3]], key: key, header: header)
        }
        #expect(throws: SodiumError.authenticationFailed) {
            try Self.pullAll([chunks[0], chunks[0], chunks[1], chunks[2], chunks[3]], key: key, header: header)
        }
        #expect(throws: SodiumError.authenticationFailed) {
            try Self.pullAll(Array(chunks.reversed()), key: key, header: header)
        }
    }

    @Test("a stream without its final chunk is truncated at finish()", arguments: 0..<4)
    func droppedFinal(keeping count: Int) throws {
        let (key, header, chunks) = try Self.sealedStream()
        var pull = try SecretStream.Pull(key: key, header: header)
        for chunk in chunks.prefix(count) { _ = try pull.pull(chunk) }
        let isFinished = pull.isFinished
        #expect(!isFinished)
        do {
            try pull.finish()
            Issue.record("finish() accepted a stream without its final chunk")
        } catch {
            #expect(error == .truncated)
        }
    }

    @Test("a chunk after the final one is refused, even a valid-looking one")
    func chunkAfterFinal() throws {
        let (key, header, chunks) = try Self.sealedStream()
        var pull = try SecretStream.Pull(key: key, header: header)
        for chunk in chunks { _ = try pull.pull(chunk) }
        #expect(throws: SodiumError.invalidInput("data after the final chunk")) { try pull.pull(chunks[0]) }
        #expect(throws: SodiumError.invalidInput("data after the final chunk")) { try pull.pull([UInt8]()) }
        let isFinished = pull.isFinished
        #expect(isFinished)
    }

    @Test("pushing after the final chunk throws")
    func pushAfterFinal() throws {
        var push = try SecretStream.Push(key: SecretStream.generateKey())
        _ = try push.push([1, 2, 3], final: true)
        let isFinished = push.isFinished
        #expect(isFinished)
        #expect(throws: SodiumError.invalidInput("cannot push after the final chunk")) { try push.push([4]) }
        #expect(throws: SodiumError.invalidInput("cannot push after the final chunk")) {
            try push.push([4], final: true)
        }
    }

    @Test("the wrong key or header fails at the first chunk")
    func wrongKeyOrHeader() throws {
        let (key, header, chunks) = try Self.sealedStream()
        #expect(throws: SodiumError.authenticationFailed) {
            try Self.pullAll(chunks, key: SecretStream.generateKey(), header: header)
        }
        for index in [0, 11, 12, 23] {
            #expect(throws: SodiumError.authenticationFailed) {
                try Self.pullAll(chunks, key: key, header: header.flippingBit(index, ofByte: index))
            }
        }
        let other = try Self.sealedStream()
        #expect(throws: SodiumError.authenticationFailed) { try Self.pullAll(chunks, key: key, header: other.header) }
        // A chunk from another stream under the same key, spliced in at its own position, fails too.
        var push = try SecretStream.Push(key: key)
        let foreign = try push.push(Self.plaintexts[0])
        #expect(throws: SodiumError.authenticationFailed) {
            try Self.pullAll([foreign] + chunks.dropFirst(), key: key, header: header)
        }
    }

    @Test("truncated and extended chunks fail")
    func truncatedAndExtendedChunk() throws {
        let (key, header, chunks) = try Self.sealedStream()
        for cut in [chunks[0].count - 1, 17, 16, 1, 0] {
            #expect(throws: SodiumError.authenticationFailed) {
                try Self.pullAll([Array(chunks[0].prefix(cut))] + chunks.dropFirst(), key: key, header: header)
            }
        }
        #expect(throws: SodiumError.authenticationFailed) {
            try Self.pullAll([chunks[0] + [0]] + chunks.dropFirst(), key: key, header: header)
        }
        #expect(throws: SodiumError.authenticationFailed) {
            try Self.pullAll([chunks[0] + chunks[1]] + chunks.dropFirst(2), key: key, header: header)
        }
    }

    @Test("after a failed chunk the stream stays failed, even for the genuine chunk")
    func failureIsSticky() throws {
        let (key, header, chunks) = try Self.sealedStream()
        var pull = try SecretStream.Pull(key: key, header: header)
        #expect(throws: SodiumError.authenticationFailed) { try pull.pull(chunks[0].flippingBit(0, ofByte: 5)) }
        #expect(throws: SodiumError.authenticationFailed) { try pull.pull(chunks[0]) }
        let isFinished = pull.isFinished
        #expect(!isFinished)
    }

    @Test("keys and headers of the wrong length throw", arguments: [0, 16, 31, 33])
    func wrongLengths(_ length: Int) {
        let key = SecureBytes(sequentialBytes(length))
        #expect(throws: SodiumError.invalidLength(what: "secret stream key", expected: 32, actual: length)) {
            _ = try SecretStream.Push(key: key)
        }
        #expect(throws: SodiumError.invalidLength(what: "secret stream key", expected: 32, actual: length)) {
            _ = try SecretStream.Pull(key: key, header: sequentialBytes(24))
        }
        #expect(throws: SodiumError.invalidLength(what: "secret stream header", expected: 24, actual: length)) {
            _ = try SecretStream.Pull(key: SecretStream.generateKey(), header: sequentialBytes(length))
        }
    }

    @Test("seal(chunks:key:) and open(_:key:) round-trip and check the whole stream")
    func convenience() throws {
        let key = SecretStream.generateKey()
        let sealed = try SecretStream.seal(chunks: Self.plaintexts, key: key)
        #expect(sealed.header.count == 24)
        #expect(try SecretStream.open(sealed, key: key) == Self.plaintexts)

        var withoutFinal = sealed
        withoutFinal.chunks.removeLast()
        #expect(throws: SodiumError.truncated) { try SecretStream.open(withoutFinal, key: key) }

        var extended = sealed
        extended.chunks.append(sealed.chunks[0])
        #expect(throws: SodiumError.invalidInput("data after the final chunk")) {
            try SecretStream.open(extended, key: key)
        }

        #expect(throws: SodiumError.authenticationFailed) {
            try SecretStream.open(sealed, key: SecretStream.generateKey())
        }
        #expect(throws: SodiumError.truncated) {
            try SecretStream.open(SecretStream.Sealed(header: sealed.header, chunks: []), key: key)
        }
    }

    @Test("an empty stream is one empty final chunk, so it cannot pass for a cut one")
    func emptyStream() throws {
        let key = SecretStream.generateKey()
        let sealed = try SecretStream.seal(chunks: [], key: key)
        #expect(sealed.chunks.count == 1)
        #expect(sealed.chunks[0].count == SecretStream.chunkOverhead)
        #expect(try SecretStream.open(sealed, key: key) == [[]])
    }

    @Test("the same key gives a fresh header, hence different ciphertext, every time")
    func freshHeaders() throws {
        let key = SecretStream.generateKey()
        let first = try SecretStream.seal(chunks: Self.plaintexts, key: key)
        let second = try SecretStream.seal(chunks: Self.plaintexts, key: key)
        #expect(first.header != second.header)
        #expect(first.chunks[0] != second.chunks[0])
    }
}
