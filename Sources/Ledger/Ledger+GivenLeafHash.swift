extension Ledger {
    /// Appends a record whose leaf hash the caller has already computed, as ``append(type:payload:completion:)``
    /// does otherwise: for a caller that had to hash the record anyway, such as a mirror that checked
    /// it against the leaf hash a server sent (Records.md, "Leaf hashes given by the caller").
    ///
    /// `leafHash` being `SHA-256(0x00 ‖ type ‖ payload)` (or the payload alone with
    /// `Options.leafIsPayloadOnly`) is the caller's duty: the ledger stores it unchecked, and only
    /// ``verify()`` or a root the caller checks later finds a wrong one. A stand-in's leaf hash is its
    /// payload's first 32 bytes as always; a `leafHash` that differs from them is refused.
    public func append(
        type: UInt8, payload: [UInt8], leafHash: [UInt8],
        completion: @escaping @Sendable (Result<UInt64, LedgerError>) -> Void
    ) {
        guard type != 0 else {
            return completion(.failure(.invalidArgument("record type 0 is reserved")))
        }
        guard payload.count <= options.maxPayloadLength else {
            return completion(
                .failure(.invalidArgument("payload of \(payload.count) bytes exceeds \(options.maxPayloadLength)")))
        }
        guard leafHash.count == RecordFormat.standInLeafByteCount else {
            return completion(.failure(.invalidArgument("a leaf hash of \(leafHash.count) bytes, not 32")))
        }
        if let standInType = options.standInType, type == standInType {
            guard payload.count >= RecordFormat.standInLeafByteCount else {
                return completion(.failure(Self.shortStandIn(payload)))
            }
            guard payload.prefix(RecordFormat.standInLeafByteCount).elementsEqual(leafHash) else {
                return completion(
                    .failure(.invalidArgument("a stand-in's leaf hash is its payload's first 32 bytes, not another")))
            }
        }
        enqueue(type: type, payload: payload, leafHash: leafHash, completion: completion)
    }

    static func shortStandIn(_ payload: [UInt8]) -> LedgerError {
        .invalidArgument(
            "a stand-in's payload of \(payload.count) bytes is shorter than its "
                + "\(RecordFormat.standInLeafByteCount)-byte leaf hash")
    }
}
