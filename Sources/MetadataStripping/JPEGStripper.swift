/// The JPEG engine of ``MetadataStripper`` (ITU-T T.81 Annex B syntax).
///
/// Before the first SOS it works on whole marker segments, each at most 2 + 65 535 bytes, held in
/// `pending` until complete: that is the only buffering. From SOS on it copies bytes as they come and
/// only follows the structure far enough to find the real EOI: in entropy-coded data a 0xFF byte is
/// always followed by 0x00 (stuffing), a restart marker or fill, so any other marker is a real one,
/// and marker segments between scans are skipped by their length.
struct JPEGStripper: Sendable {
    /// SOI and the first byte of the next marker: every JPEG starts with it.
    static let signature: [UInt8] = [0xFF, 0xD8, 0xFF]

    private enum State: Sendable {
        case start
        case headers
        /// Entropy-coded data; `afterFF` when the last byte was an unpaired 0xFF.
        case entropy(afterFF: Bool)
        /// The length field of a segment after the first SOS.
        case segmentLength(collected: [UInt8])
        case segmentBody(remaining: Int)
        case afterEOI(dropped: Int)
        case passthrough
    }

    private var state: State = .start
    private var pending: [UInt8] = []
    private var head = 0
    private(set) var removed: [String] = []
    private(set) var isMalformed = false

    mutating func feed(_ bytes: [UInt8], into output: inout [UInt8]) {
        switch state {
        case .start, .headers:
            pending += bytes
            parseHeaders(into: &output)
        default:
            scan(bytes[...], into: &output)
        }
    }

    mutating func finish(into output: inout [UInt8]) {
        switch state {
        case .start, .headers:
            // The file ended before its first scan. An unfinished APPn or COM segment would have been
            // dropped whole, so it is dropped cut too; anything else is kept as it is. Either way the
            // file is reported as malformed.
            let rest = pending[head...]
            if rest.count >= 2, rest.first == 0xFF, let marker = rest.dropFirst().first,
                (0xE0...0xEF).contains(marker) || marker == 0xFE
            {
                removed.append("unfinished " + (marker == 0xFE ? "COM" : "APP\(marker - 0xE0)"))
            } else {
                output += rest
            }
            isMalformed = true
        case .afterEOI(let dropped):
            if dropped > 0 { removed.append("data after EOI") }
        case .passthrough:
            break
        default:
            isMalformed = true  // no EOI: truncated
        }
        pending = []
        head = 0
    }

    /// Gives up on the structure: everything not yet emitted, and everything after, passes through.
    private mutating func giveUp(into output: inout [UInt8]) {
        output += pending[head...]
        pending = []
        head = 0
        isMalformed = true
        state = .passthrough
    }

    private mutating func parseHeaders(into output: inout [UInt8]) {
        while true {
            let available = pending.count - head
            if case .start = state {
                guard available >= 2 else { return }
                guard pending[head] == 0xFF, pending[head + 1] == 0xD8 else { return giveUp(into: &output) }
                output += [0xFF, 0xD8]
                head += 2
                state = .headers
                continue
            }
            guard available >= 2 else { return compact() }
            guard pending[head] == 0xFF else { return giveUp(into: &output) }
            let marker = pending[head + 1]
            switch marker {
            case 0xFF:
                head += 1  // a fill byte before a marker; dropping it changes nothing
                continue
            case 0x01, 0xD0...0xD7:
                output += [0xFF, marker]
                head += 2
                continue
            case 0xD9:
                output += [0xFF, 0xD9]
                head += 2
                state = .afterEOI(dropped: 0)
                let rest = pending[head...]
                pending = []
                head = 0
                return scan(rest, into: &output)
            case 0x00, 0xD8:
                return giveUp(into: &output)
            default:
                break
            }
            guard available >= 4 else { return compact() }
            let length = Int(pending[head + 2]) << 8 | Int(pending[head + 3])
            guard length >= 2 else { return giveUp(into: &output) }
            guard available >= 2 + length else { return compact() }
            let segment = pending[head..<(head + 2 + length)]
            head += 2 + length
            if let name = Self.droppedName(marker: marker, payload: segment.dropFirst(4)) {
                removed.append(name)
            } else {
                output += segment
            }
            if marker == 0xDA {
                // SOS: the image data starts here and is copied untouched from now on.
                state = .entropy(afterFF: false)
                let rest = pending[head...]
                pending = []
                head = 0
                return scan(rest, into: &output)
            }
        }
    }

    /// Drops consumed bytes once they are a good part of the buffer, so feeding byte by byte stays linear.
    private mutating func compact() {
        if head > 4096 && head * 2 > pending.count {
            pending.removeFirst(head)
            head = 0
        }
    }

    /// Copies bytes after the first SOS, following the structure only to find EOI.
    private mutating func scan(_ bytes: ArraySlice<UInt8>, into output: inout [UInt8]) {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            switch state {
            case .passthrough:
                output += bytes[index...]
                return
            case .afterEOI(let dropped):
                state = .afterEOI(dropped: dropped + (bytes.endIndex - index))
                return
            case .segmentBody(let remaining):
                let take = min(remaining, bytes.endIndex - index)
                output += bytes[index..<(index + take)]
                index += take
                state = remaining == take ? .entropy(afterFF: false) : .segmentBody(remaining: remaining - take)
            case .segmentLength(var collected):
                collected.append(bytes[index])
                output.append(bytes[index])
                index += 1
                if collected.count < 2 {
                    state = .segmentLength(collected: collected)
                } else {
                    let length = Int(collected[0]) << 8 | Int(collected[1])
                    guard length >= 2 else {
                        isMalformed = true
                        state = .passthrough
                        continue
                    }
                    state = length == 2 ? .entropy(afterFF: false) : .segmentBody(remaining: length - 2)
                }
            case .entropy(let afterFF):
                if !afterFF {
                    // Fast path: copy up to the next 0xFF.
                    let next = bytes[index...].firstIndex(of: 0xFF) ?? bytes.endIndex
                    output += bytes[index..<next]
                    index = next
                    if index < bytes.endIndex {
                        output.append(0xFF)
                        index += 1
                        state = .entropy(afterFF: true)
                    }
                    continue
                }
                let byte = bytes[index]
                output.append(byte)
                index += 1
                switch byte {
                case 0x00, 0xD0...0xD7, 0x01, 0xD8: state = .entropy(afterFF: false)  // stuffing, restart, standalone
                case 0xFF: state = .entropy(afterFF: true)  // fill
                case 0xD9: state = .afterEOI(dropped: 0)
                default: state = .segmentLength(collected: [])
                }
            case .start, .headers:
                preconditionFailure("scan runs only after the first SOS")
            }
        }
    }

    /// The name of a segment to drop, or nil to keep it.
    private static func droppedName(marker: UInt8, payload: ArraySlice<UInt8>) -> String? {
        if marker == 0xFE { return "COM" }
        guard (0xE0...0xEF).contains(marker) else { return nil }
        let identifier = Self.identifier(payload)
        // APP0 "JFIF" of 16 bytes has no thumbnail; a longer one carries a thumbnail picture.
        if marker == 0xE0 && identifier == "JFIF" && payload.count == 14 { return nil }
        if marker == 0xEE && identifier == "Adobe" { return nil }
        let name = "APP\(marker - 0xE0)"
        return identifier.isEmpty ? name : name + " " + identifier
    }

    /// The ASCII identifier that starts an APPn payload (`Exif`, `http://ns.adobe.com/xap/1.0/`…).
    private static func identifier(_ payload: ArraySlice<UInt8>) -> String {
        let bytes = payload.prefix(40).prefix { $0 != 0 }
        guard bytes.allSatisfy({ (0x20...0x7E).contains($0) }) else { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }
}
