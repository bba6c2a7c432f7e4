/// The PNG engine of ``MetadataStripper`` (PNG, Third Edition, §5).
///
/// A chunk is length (4, big-endian) ‖ type (4) ‖ data ‖ CRC (4). Only the 8-byte chunk header is
/// ever buffered: kept chunks are copied through as they stream, CRC included and unchanged, dropped
/// ones are skipped by their length. So an IDAT of any size costs no memory.
struct PNGStripper: Sendable {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    /// The largest chunk length PNG allows (2³¹ − 1).
    static let maximumChunkLength = 0x7FFF_FFFF

    /// Ancillary chunks that change how the image looks, kept. Every other ancillary chunk is dropped:
    /// text (`tEXt`, `zTXt`, `iTXt`), `tIME`, `eXIf`, and private ones whose content no one can vouch for.
    static let keptAncillary: Set<String> = [
        "tRNS", "cHRM", "gAMA", "iCCP", "sBIT", "sRGB", "cICP", "mDCV", "cLLI", "mDCv", "cLLi", "bKGD", "hIST",
        "pHYs", "sPLT", "acTL", "fcTL", "fdAT",
    ]

    private enum State: Sendable {
        case signature
        case chunkHeader
        case chunkBody(remaining: Int, keep: Bool, isEnd: Bool)
        case afterEnd(dropped: Int)
        case passthrough
    }

    private var state: State = .signature
    private var collected: [UInt8] = []
    private(set) var removed: [String] = []
    private(set) var isMalformed = false

    mutating func feed(_ bytes: [UInt8], into output: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
            switch state {
            case .signature:
                let take = min(8 - collected.count, bytes.count - index)
                collected += bytes[index..<(index + take)]
                index += take
                guard collected.count == 8 else { continue }
                guard collected == Self.signature else {
                    giveUp(into: &output)
                    continue
                }
                output += collected
                collected = []
                state = .chunkHeader
            case .chunkHeader:
                let take = min(8 - collected.count, bytes.count - index)
                collected += bytes[index..<(index + take)]
                index += take
                if collected.count == 8 { startChunk(into: &output) }
            case .chunkBody(let remaining, let keep, let isEnd):
                let take = min(remaining, bytes.count - index)
                if keep { output += bytes[index..<(index + take)] }
                index += take
                if take < remaining {
                    state = .chunkBody(remaining: remaining - take, keep: keep, isEnd: isEnd)
                } else {
                    state = isEnd ? .afterEnd(dropped: 0) : .chunkHeader
                }
            case .afterEnd(let dropped):
                state = .afterEnd(dropped: dropped + bytes.count - index)
                index = bytes.count
            case .passthrough:
                output += bytes[index...]
                index = bytes.count
            }
        }
    }

    mutating func finish(into output: inout [UInt8]) {
        switch state {
        case .afterEnd(let dropped):
            if dropped > 0 { removed.append("data after IEND") }
        case .passthrough:
            break
        default:
            // Truncated: no IEND. Whatever header bytes were held are kept as they are.
            output += collected
            collected = []
            isMalformed = true
        }
    }

    /// Decides on a chunk from its header, held in `collected`.
    private mutating func startChunk(into output: inout [UInt8]) {
        let length = collected[0..<4].reduce(0) { $0 << 8 | Int($1) }
        let typeBytes = collected[4..<8]
        guard length <= Self.maximumChunkLength, typeBytes.allSatisfy(Self.isLetter) else {
            return giveUp(into: &output)
        }
        let type = String(decoding: typeBytes, as: UTF8.self)
        // Bit 5 of the first type byte: 0 (uppercase) for critical chunks, which are always kept.
        let isCritical = typeBytes.first! & 0x20 == 0
        let keep = isCritical || Self.keptAncillary.contains(type)
        if keep {
            output += collected
        } else {
            removed.append(type)
        }
        collected = []
        state = .chunkBody(remaining: length + 4, keep: keep, isEnd: type == "IEND")
    }

    private mutating func giveUp(into output: inout [UInt8]) {
        output += collected
        collected = []
        isMalformed = true
        state = .passthrough
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
