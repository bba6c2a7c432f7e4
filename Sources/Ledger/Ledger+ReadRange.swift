import System

extension Ledger {
    /// The acknowledged records from `start` on, at most `maxCount` of them, stopping before the one
    /// whose payload would take their payloads past `maxBytes` (the first is always returned), each
    /// checked as ``record(at:)`` checks one: what an inspectors' sync serves.
    ///
    /// One read of the record table and one read per segment the range touches, instead of three reads
    /// and two opens a record: the record table gives every record's position, so the size of each is
    /// known before its bytes are read. Empty when `start` is not below the ledger's count.
    public func records(from start: UInt64, maxCount: Int, maxBytes: Int) throws(LedgerError) -> [LedgerRecord] {
        lock.lock()
        guard !state.closed else {
            lock.unlock()
            throw .closed
        }
        let count = state.count
        let table = state.tree.table
        let segments = state.segments
        // Under the lock, because close() closes the table's descriptor under it.
        let stop = start < count ? start + min(UInt64(max(maxCount, 0)), count - start) : start
        // One entry past the range, when there is one: it says where the range's last record ends.
        let entries = Result { () throws(LedgerError) in
            stop > start ? try table.entries(from: start, count: Int(min(stop + 1, count) - start)) : []
        }
        lock.unlock()
        let positions = try Self.positions(try entries.get(), in: segments, path: table.path)
        var spans: [Span] = []
        var bytes = 0
        for (number, position) in positions.prefix(Int(stop - start)).enumerated() {
            let index = start + UInt64(number)
            let end =
                positions.dropFirst(number + 1).first.flatMap { $0.segment == position.segment ? $0.offset : nil }
                ?? segments[position.segment].committedEnd
            guard end >= position.offset + UInt64(RecordFormat.overhead) else {
                throw .corrupt(file: table.path, offset: index * UInt64(RecordTable.entrySize), reason: "overlaps")
            }
            let length = Int(end - position.offset) - RecordFormat.overhead
            if !spans.isEmpty && bytes + length > maxBytes { break }
            bytes += length
            spans.append(Span(index: index, segment: position.segment, offset: position.offset, end: end))
        }
        var records: [LedgerRecord] = []
        records.reserveCapacity(spans.count)
        var first = 0
        while first < spans.count {
            let segment = segments[spans[first].segment]
            var last = first
            while last + 1 < spans.count && spans[last + 1].segment == spans[first].segment { last += 1 }
            try read(spans[first...last], of: segment, into: &records)
            first = last + 1
        }
        return records
    }

    /// Where one record of a ranged read lies: `offset ..< end` of its segment.
    private struct Span {
        var index: UInt64
        var segment: Int
        var offset: UInt64
        var end: UInt64
    }

    /// The positions the record table's `entries` give, each checked to name a segment.
    private static func positions(_ entries: [UInt8], in segments: [SegmentFile], path: String) throws(LedgerError)
        -> [RecordTable.Position]
    {
        let count = entries.count / RecordTable.entrySize
        var positions: [RecordTable.Position] = []
        positions.reserveCapacity(count)
        for number in 0..<count {
            let position = RecordTable.position(inEntries: entries, number: number)
            guard position.segment < segments.count, position.offset >= UInt64(SegmentHeader.size) else {
                throw .corrupt(file: path, offset: UInt64(number * RecordTable.entrySize), reason: "no such segment")
            }
            positions.append(position)
        }
        return positions
    }

    /// Reads the consecutive records `spans` of `segment` in one read, with the checksum before the first
    /// (or the segment's own), and checks each record's length and checksum.
    private func read(_ spans: ArraySlice<Span>, of segment: SegmentFile, into records: inout [LedgerRecord])
        throws(LedgerError)
    {
        let head = spans.first!.offset
        let isFirst = head == UInt64(SegmentHeader.size)
        let from = isFirst ? head : head - UInt64(RecordFormat.checksumSize)
        let bytes = try readExactly(segment, at: from, count: Int(spans.last!.end - from))
        var previous = isFirst ? segment.previousChecksum : Array(bytes[0..<RecordFormat.checksumSize])
        let failure = bytes.withUnsafeBytes { raw -> LedgerError? in
            for span in spans {
                let at = Int(span.offset - from)
                let length = Int(span.end - span.offset) - RecordFormat.overhead
                guard Int(raw.littleEndian(UInt32.self, at: at)) == length else {
                    return .corrupt(
                        file: segment.path, offset: span.offset, reason: "record \(span.index): length does not match")
                }
                let record = UnsafeRawBufferPointer(rebasing: raw[at..<(at + RecordFormat.headerSize + length)])
                let checksum = RecordFormat.chainChecksum(previous: previous, record: record)
                let stored = at + RecordFormat.headerSize + length
                guard raw[stored..<(stored + RecordFormat.checksumSize)].elementsEqual(checksum) else {
                    return .corrupt(
                        file: segment.path, offset: span.offset, reason: "record \(span.index): checksum does not match"
                    )
                }
                previous = checksum
                records.append(
                    LedgerRecord(
                        index: span.index, type: raw[at + 4],
                        payload: Array(raw[(at + RecordFormat.headerSize)..<stored]),
                        leafHash: Array(raw[(at + 16)..<(at + 48)])))
            }
            return nil
        }
        if let failure { throw failure }
    }
}
