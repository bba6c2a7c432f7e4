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
/// the server (another epoch) cannot be numbered here; they are kept by value in ``SpentNonces`` until
/// they expire, which bounds them to the maximum age after a restart.
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
    private var foreign = SpentNonces()
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

    /// Spends a ticket of another epoch (an earlier run of the server).
    mutating func spendForeign(epoch: UInt64, serial: UInt64, issued: Double, now: Double) -> Bool {
        // Mixing the two halves keeps distinct (epoch, serial) pairs apart among the few live ones.
        let identity = (epoch &* 0x9E37_79B9_7F4A_7C15) ^ serial
        return foreign.spend(identity, until: issued + maximumAgeSeconds, now: now)
    }

    /// Drops the chunks whose spent tickets have all expired, at most once a second.
    private mutating func prune(now: Double) {
        guard now - prunedAt >= 1 else { return }
        prunedAt = now
        let cutoff = now - maximumAgeSeconds
        chunks = chunks.filter { $0.value.latestIssued >= cutoff }
        foreign.prune(now: now)
    }

    var chunkCount: Int { chunks.count }
    var foreignCount: Int { foreign.count }
}

/// Spent tickets of an earlier run, by value, forgotten a minute at a time once expired.
///
/// Each spend is O(1) amortised, and memory is about 16 bytes per live ticket: a set for the lookup and
/// one list per minute of expiry for forgetting.
struct SpentNonces {
    private var live = Set<UInt64>()
    private var byMinute: [Int: [UInt64]] = [:]
    private var prunedThrough = Int.min

    /// Records `nonce` until `expiry`; false if it is already spent.
    mutating func spend(_ nonce: UInt64, until expiry: Double, now: Double) -> Bool {
        prune(now: now)
        guard live.insert(nonce).inserted else { return false }
        byMinute[Int((expiry / 60).rounded(.up)), default: []].append(nonce)
        return true
    }

    /// Forgets every minute that has fully passed (at most once per minute of clock time).
    mutating func prune(now: Double) {
        let current = Int((now / 60).rounded(.down))
        guard current > prunedThrough else { return }
        for minute in byMinute.keys where minute <= current {
            for nonce in byMinute.removeValue(forKey: minute) ?? [] { live.remove(nonce) }
        }
        prunedThrough = current
    }

    var count: Int { live.count }
}
