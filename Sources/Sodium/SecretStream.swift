internal import CSodium
import Foundation

/// Chunked authenticated encryption (`crypto_secretstream_xchacha20poly1305`), for attachments.
///
/// An attachment is too big to hold in memory at once, so it is sealed chunk by chunk. Each chunk is
/// authenticated on its own *and* in its place: the stream state carries a nonce that advances with
/// every chunk, so chunks cannot be reordered, dropped or replayed, and the last chunk carries a
/// `FINAL` tag so that a stream cut short is detected by ``Pull/finish()`` instead of passing for a
/// whole file.
///
/// Wire layout (libsodium's): a 24-byte header, then each chunk as
/// encrypted tag byte (1) ‖ ciphertext ‖ Poly1305 MAC (16), that is ``chunkOverhead`` bytes more than
/// its plaintext. Chunk boundaries are not marked: the enclosing format must record them.
public enum SecretStream {
    public static let keyByteCount = Int(crypto_secretstream_xchacha20poly1305_keybytes())
    public static let headerByteCount = Int(crypto_secretstream_xchacha20poly1305_headerbytes())
    /// Bytes added to every chunk: one encrypted tag byte and a 16-byte MAC.
    public static let chunkOverhead = Int(crypto_secretstream_xchacha20poly1305_abytes())

    // TAG_FINAL is a compound macro (TAG_PUSH | TAG_REKEY) that Swift does not import.
    static let messageTag = crypto_secretstream_xchacha20poly1305_tag_message()
    static let finalTag = crypto_secretstream_xchacha20poly1305_tag_final()

    typealias State = crypto_secretstream_xchacha20poly1305_state

    /// A fresh random 32-byte stream key (`crypto_secretstream_xchacha20poly1305_keygen`).
    public static func generateKey() -> SecureBytes {
        ensureSodium()
        let key = SecureBytes(zeros: keyByteCount)
        key.withUnsafeMutableBytes { crypto_secretstream_xchacha20poly1305_keygen($0.start) }
        return key
    }

    /// The sending side: encrypts chunks in order.
    ///
    /// `~Copyable` because the state holds the key and a nonce: a copy would let two pushers encrypt
    /// different chunks under the same nonce. The state lives on the heap so that moving a `Push` leaves
    /// no stray copy of the key behind, and it is wiped when the `Push` ends.
    public struct Push: ~Copyable {
        private let state: UnsafeMutablePointer<State>
        /// The header to send before the first chunk; the receiver needs it to start pulling.
        public let header: [UInt8]
        /// Whether the final chunk has been pushed; nothing can be pushed after it.
        public private(set) var isFinished = false

        /// Starts a stream under `key`, with a fresh random header (`init_push`).
        public init(key: SecureBytes) throws(SodiumError) {
            ensureSodium()
            try requireLength("secret stream key", key.count, SecretStream.keyByteCount)
            let state = UnsafeMutablePointer<State>.allocate(capacity: 1)
            var header = [UInt8](repeating: 0, count: SecretStream.headerByteCount)
            key.withUnsafeBytes { k in
                header.withUnsafeMutableBytes { h in
                    _ = crypto_secretstream_xchacha20poly1305_init_push(state, h.start, k.start)
                }
            }
            self.state = state
            self.header = header
        }

        deinit {
            sodium_memzero(state, MemoryLayout<State>.size)
            state.deallocate()
        }

        /// Encrypts the next chunk. Mark the last one `final: true`, even if it is empty.
        ///
        /// Throws ``SodiumError/invalidInput(_:)`` once the final chunk has been pushed.
        public mutating func push(
            _ chunk: some ContiguousBytes, final: Bool = false, authenticating ad: some ContiguousBytes = [UInt8]()
        ) throws(SodiumError) -> [UInt8] {
            guard !isFinished else { throw SodiumError.invalidInput("cannot push after the final chunk") }
            let chunkCount = chunk.withUnsafeBytes { $0.count }
            var output = [UInt8](repeating: 0, count: chunkCount + SecretStream.chunkOverhead)
            let tag = final ? SecretStream.finalTag : SecretStream.messageTag
            let state = self.state
            let status = withBytes(chunk) { m, mCount in
                withBytes(ad) { a, aCount in
                    output.withUnsafeMutableBytes { c in
                        crypto_secretstream_xchacha20poly1305_push(
                            state, c.start, nil, m, UInt64(mCount), a, UInt64(aCount), tag)
                    }
                }
            }
            // Only a chunk over 256 GiB makes push fail.
            guard status == 0 else { throw SodiumError.invalidInput("chunk too large for a secret stream") }
            if final { isFinished = true }
            return output
        }
    }

    /// The receiving side: checks and decrypts chunks in order.
    ///
    /// `~Copyable` for the same reason as ``Push``. After a chunk fails to authenticate, the stream is
    /// dead: every later ``pull(_:authenticating:)`` fails too, so a caller cannot skip a bad chunk and
    /// carry on.
    public struct Pull: ~Copyable {
        private let state: UnsafeMutablePointer<State>
        /// Whether the chunk with the final tag has been pulled.
        public private(set) var isFinished = false
        private var hasFailed = false

        /// Starts reading a stream from its header (`init_pull`). A header of the wrong length throws;
        /// a wrong header or key is only detected by the first ``pull(_:authenticating:)``.
        public init(key: SecureBytes, header: some ContiguousBytes) throws(SodiumError) {
            ensureSodium()
            try requireLength("secret stream key", key.count, SecretStream.keyByteCount)
            let headerBytes = header.withUnsafeBytes { Array($0) }
            try requireLength("secret stream header", headerBytes.count, SecretStream.headerByteCount)
            let state = UnsafeMutablePointer<State>.allocate(capacity: 1)
            key.withUnsafeBytes { k in
                headerBytes.withUnsafeBytes { h in
                    _ = crypto_secretstream_xchacha20poly1305_init_pull(state, h.start, k.start)
                }
            }
            self.state = state
        }

        deinit {
            sodium_memzero(state, MemoryLayout<State>.size)
            state.deallocate()
        }

        /// Checks and decrypts the next chunk.
        ///
        /// A tampered, reordered, replayed or foreign chunk is ``SodiumError/authenticationFailed``;
        /// any chunk after the final one is ``SodiumError/invalidInput(_:)``.
        public mutating func pull(
            _ chunk: some ContiguousBytes, authenticating ad: some ContiguousBytes = [UInt8]()
        ) throws(SodiumError) -> [UInt8] {
            guard !isFinished else { throw SodiumError.invalidInput("data after the final chunk") }
            guard !hasFailed else { throw SodiumError.authenticationFailed }
            let chunkCount = chunk.withUnsafeBytes { $0.count }
            guard chunkCount >= SecretStream.chunkOverhead else {
                hasFailed = true
                throw SodiumError.authenticationFailed
            }
            // One spare byte so that an empty chunk still has a non-nil output pointer.
            var output = [UInt8](repeating: 0, count: chunkCount - SecretStream.chunkOverhead + 1)
            var outputCount: UInt64 = 0
            var tag: UInt8 = 0
            let state = self.state
            let status = withBytes(chunk) { c, cCount in
                withBytes(ad) { a, aCount in
                    output.withUnsafeMutableBytes { m in
                        crypto_secretstream_xchacha20poly1305_pull(
                            state, m.start, &outputCount, &tag, c, UInt64(cCount), a, UInt64(aCount))
                    }
                }
            }
            guard status == 0 else {
                hasFailed = true
                throw SodiumError.authenticationFailed
            }
            // Other libsodium writers may use TAG_PUSH or TAG_REKEY; libsodium applies REKEY itself,
            // and both are ordinary chunks here. Only FINAL ends the stream.
            if tag == SecretStream.finalTag { isFinished = true }
            output.removeLast(output.count - Int(outputCount))
            return output
        }

        /// Ends reading. Throws ``SodiumError/truncated`` unless the final chunk was pulled: without
        /// this check, a stream cut after any chunk would look like a complete, shorter file.
        public consuming func finish() throws(SodiumError) {
            guard isFinished else { throw SodiumError.truncated }
        }
    }

    /// A whole stream at once: the header and the encrypted chunks, the last one tagged final.
    public struct Sealed: Sendable, Hashable {
        public var header: [UInt8]
        public var chunks: [[UInt8]]

        public init(header: [UInt8], chunks: [[UInt8]]) {
            self.header = header
            self.chunks = chunks
        }
    }

    /// Encrypts `chunks` as one stream under `key`. No chunks gives one empty final chunk, so that
    /// even an empty stream proves it was not cut short.
    public static func seal(chunks: [[UInt8]], key: SecureBytes) throws(SodiumError) -> Sealed {
        var push = try Push(key: key)
        let plaintexts = chunks.isEmpty ? [[]] : chunks
        var sealed: [[UInt8]] = []
        sealed.reserveCapacity(plaintexts.count)
        for (index, chunk) in plaintexts.enumerated() {
            sealed.append(try push.push(chunk, final: index == plaintexts.count - 1))
        }
        return Sealed(header: push.header, chunks: sealed)
    }

    /// Checks and decrypts a whole stream; it must end with its final chunk and nothing after it.
    public static func open(_ sealed: Sealed, key: SecureBytes) throws(SodiumError) -> [[UInt8]] {
        var pull = try Pull(key: key, header: sealed.header)
        var plaintexts: [[UInt8]] = []
        plaintexts.reserveCapacity(sealed.chunks.count)
        for chunk in sealed.chunks {
            plaintexts.append(try pull.pull(chunk))
        }
        try pull.finish()
        return plaintexts
    }
}
