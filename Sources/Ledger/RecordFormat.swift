import Sodium

/// The byte layout of one ledger record (Ledger.docc/Records.md is the specification).
///
/// ```
/// offset  size  field
/// 0       4     payload length L, u32 little-endian, at most `maxPayloadLength`
/// 4       1     record type, 1…255 (0 is reserved so that zero-filled space never parses)
/// 5       1     flags: bit 0 = last record of its commit batch; other bits must be 0
/// 6       2     reserved, must be 0
/// 8       8     batch: index of the first record of the commit batch, u64 little-endian
/// 16      32    leaf hash: SHA-256(0x00 ‖ type ‖ payload), the RFC 6962 leaf hash of the entry
/// 48      L     payload
/// 48+L    32    checksum: BLAKE2b-256(previous checksum ‖ bytes 0 ..< 48+L)
/// ```
enum RecordFormat {
    static let headerSize = 48
    static let checksumSize = 32
    static let overhead = headerSize + checksumSize
    /// A hard cap that keeps a corrupted length field from asking for gigabytes.
    static let maxPayloadLength = 64 << 20
    static let batchEndFlag: UInt8 = 0x01

    /// The RFC 6962 entry of a record is its type byte followed by its payload.
    /// With `payloadOnly`, the entry is the payload alone (`Ledger.Options.leafIsPayloadOnly`).
    static func leafHash(type: UInt8, payload: some ContiguousBytesLike, payloadOnly: Bool = false) -> [UInt8] {
        var hash = SHA256()
        hash.update(payloadOnly ? [0x00] : [0x00, type])
        payload.withBytes { hash.update($0) }
        return hash.finalize()
    }

    /// The bytes of a stand-in's payload that are its leaf hash: the first 32 (Records.md, "Stand-ins").
    static let standInLeafByteCount = 32

    /// The leaf hash a ledger opened with `options` commits to for a record: a stand-in's
    /// (`Ledger.Options.standInType`) is its payload's first 32 bytes, or nil when it has fewer;
    /// any other record's is hashed as above.
    static func leafHash(type: UInt8, payload: some ContiguousBytesLike, options: Ledger.Options) -> [UInt8]? {
        guard let standInType = options.standInType, type == standInType else {
            return leafHash(type: type, payload: payload, payloadOnly: options.leafIsPayloadOnly)
        }
        return payload.withBytes { bytes in
            bytes.count >= standInLeafByteCount ? Array(bytes.prefix(standInLeafByteCount)) : nil
        }
    }

    /// Appends one encoded record to `buffer` and returns its checksum (the next record's "previous").
    static func encode(
        type: UInt8, payload: [UInt8], leafHash: [UInt8], batch: UInt64, isBatchEnd: Bool,
        previous: [UInt8], into buffer: inout [UInt8]
    ) -> [UInt8] {
        let start = buffer.count
        buffer.appendLittleEndian(UInt32(payload.count))
        buffer.append(type)
        buffer.append(isBatchEnd ? batchEndFlag : 0)
        buffer.append(contentsOf: [0, 0])
        buffer.appendLittleEndian(batch)
        buffer.append(contentsOf: leafHash)
        buffer.append(contentsOf: payload)
        let checksum = buffer.withUnsafeBytes { bytes in
            chainChecksum(previous: previous, record: UnsafeRawBufferPointer(rebasing: bytes[start...]))
        }
        buffer.append(contentsOf: checksum)
        return checksum
    }

    /// The checksum of a record whose previous checksum immediately precedes it in memory, as it does on
    /// disk: `bytes` is previous checksum ‖ record.
    static func chainChecksum(contiguous bytes: UnsafeRawBufferPointer) -> [UInt8] {
        GenericHash.hash(bytes)
    }

    /// Whether the 32 bytes of `buffer` at `offset` equal `hash`. (Not constant-time: checksums and
    /// hashes here are public integrity checks, not secrets.)
    @inline(__always)
    static func equal(_ buffer: UnsafeRawBufferPointer, at offset: Int, _ hash: [UInt8]) -> Bool {
        UnsafeRawBufferPointer(rebasing: buffer[offset..<(offset + hash.count)]).elementsEqual(hash)
    }

    static func chainChecksum(previous: [UInt8], record: UnsafeRawBufferPointer) -> [UInt8] {
        var hash = GenericHash()
        hash.update(previous)
        hash.update(record)
        return hash.finalize()
    }
}

/// Anything whose bytes can be viewed contiguously without copying: `[UInt8]`, slices, raw buffers.
protocol ContiguousBytesLike {
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R
}

extension Array: ContiguousBytesLike where Element == UInt8 {
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R { try withUnsafeBytes(body) }
}

extension UnsafeRawBufferPointer: ContiguousBytesLike {
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R { try body(self) }
}

extension Array where Element == UInt8 {
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}

extension UnsafeRawBufferPointer {
    @inline(__always)
    func littleEndian<T: FixedWidthInteger>(_: T.Type, at offset: Int) -> T {
        T(littleEndian: loadUnaligned(fromByteOffset: offset, as: T.self))
    }
}
