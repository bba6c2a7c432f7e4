extension Ledger {
    /// Calls `body` with each indexed key that starts with `prefix` and fits its index entry whole (at
    /// most 39 bytes: every intake key), once per entry, in log order, with the record it indexes.
    ///
    /// One sequential read of the key index, in chunks, instead of a chain walk per key: how a caller that
    /// would otherwise look up a million keys, most of them absent, learns which are there (a mirror's
    /// stand-ins, Sync.md "Late records"). The key's bytes are lent for the call only.
    public func forEachIndexedKey(
        withPrefix prefix: [UInt8], _ body: (_ key: UnsafeRawBufferPointer, _ record: UInt64) -> Void
    ) throws(LedgerError) {
        let chunkEntries: UInt64 = 65_536
        var entry: UInt64 = 0
        while true {
            // Under the lock, chunk by chunk: close() closes the index's descriptor under it.
            let chunk = try withTree { (_) throws(LedgerError) -> [UInt8] in
                let keys = state.keys
                guard entry < keys.count else { return [] }
                let count = min(chunkEntries, keys.count - entry)
                return try preadExactly(
                    keys.descriptor, count: Int(count) * KeyIndex.entrySize, at: entry * UInt64(KeyIndex.entrySize),
                    path: keys.path)
            }
            guard !chunk.isEmpty else { return }
            chunk.withUnsafeBytes { bytes in
                for start in stride(from: 0, to: bytes.count, by: KeyIndex.entrySize) {
                    let length = Int(bytes[start + 24])
                    guard length <= KeyIndex.inlineKeyBytes, length >= prefix.count else { continue }
                    let key = UnsafeRawBufferPointer(rebasing: bytes[(start + 25)..<(start + 25 + length)])
                    guard key.starts(with: prefix) else { continue }
                    body(key, bytes.littleEndian(UInt64.self, at: start + 8))
                }
            }
            entry += UInt64(chunk.count / KeyIndex.entrySize)
        }
    }
}
