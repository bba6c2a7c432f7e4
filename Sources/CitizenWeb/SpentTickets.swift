import Web

/// Which of the tickets a ``FormTicketIssuer`` issued have been spent: one bit per serial number.
///
/// Serials are numbered from 0 in issue order, so the spent ones are a bitmap. It is kept in chunks of
/// 4,096 serials (512 bytes); a chunk is dropped once every ticket spent in it has expired, that is
/// `maximumAgeSeconds` after the latest issue time of those tickets. Dropping it is safe: a ticket
/// of that chunk spent before was issued no later than that time, so it is already refused as expired;
/// a later, still valid ticket of the chunk simply starts the chunk again.
///
/// Memory is one bit per ticket issued within the maximum age (and 512 bytes at least per chunk
/// touched), whatever the number of submissions over the server's life. Tickets of an earlier run of
/// the server (another epoch) are refused before they get here.
struct SpentTickets {
    static let chunkBits = 4096

    private struct Chunk {
        var words = [UInt64](repeating: 0, count: SpentTickets.chunkBits / 64)
        /// The latest issue time of a ticket spent in this chunk.
        var latestIssued = -Double.infinity
    }

    let maximumAgeSeconds: Double
    private var next: UInt64 = 0
    private var chunks: [UInt64: Chunk] = [:]
    private var prunedAt = -Double.infinity

    init(maximumAgeSeconds: Double) {
        self.maximumAgeSeconds = maximumAgeSeconds
    }

    /// The serial of the next ticket.
    mutating func nextSerial() -> UInt64 {
        defer { next &+= 1 }
        return next
    }

    /// Spends ticket `serial` of this epoch, issued at `issued` (already checked to be within the
    /// maximum age); false if it was spent before, or was never issued.
    mutating func spend(serial: UInt64, issued: Double, now: Double) -> Bool {
        prune(now: now)
        // A MAC'd serial at or past `next` cannot come from this epoch; refuse rather than trust it.
        guard serial < next else { return false }
        let chunkIndex = serial / UInt64(Self.chunkBits)
        let bit = Int(serial % UInt64(Self.chunkBits))
        var chunk = chunks.removeValue(forKey: chunkIndex) ?? Chunk()
        defer { chunks[chunkIndex] = chunk }
        let mask = UInt64(1) << UInt64(bit % 64)
        guard chunk.words[bit / 64] & mask == 0 else { return false }
        chunk.words[bit / 64] |= mask
        chunk.latestIssued = max(chunk.latestIssued, issued)
        return true
    }

    /// Drops the chunks whose spent tickets have all expired, at most once a second.
    private mutating func prune(now: Double) {
        guard now - prunedAt >= 1 else { return }
        prunedAt = now
        let cutoff = now - maximumAgeSeconds
        chunks = chunks.filter { $0.value.latestIssued >= cutoff }
    }

    var chunkCount: Int { chunks.count }
}
