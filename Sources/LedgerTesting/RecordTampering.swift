import Foundation
import Ledger
import Sodium

/// What an attacker with the server's disk can do to a ledger: change a stored record and repair the
/// checksum that chains it to the one before (Ledger.docc/Records.md), so that the ledger still opens
/// and only the Merkle tree and the signed checkpoints give the change away.
public enum RecordTampering {
    /// Lets `change` rewrite the payload of the last record in the last segment of the ledger in
    /// `directory`, keeping its length, then recomputes that record's chained BLAKE2b checksum.
    public static func rewriteLastPayload(in directory: String, _ change: (inout [UInt8]) throws -> Void) throws {
        let segments = try FileManager.default.contentsOfDirectory(atPath: directory).filter {
            $0.hasPrefix("segment-") && $0.hasSuffix(".log")
        }.sorted()
        guard let segment = segments.last else { throw CocoaError(.fileNoSuchFile) }
        let path = directory + "/" + segment
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        // Records.md: a 128-byte segment header; each record is a 48-byte header (little-endian payload
        // length first), the payload, and a 32-byte checksum over the previous checksum (for the first
        // record, the one the segment header carries at bytes 48..<80) and this record's other bytes.
        var offset = 128
        var last = offset
        while offset < bytes.count {
            last = offset
            let length = bytes[offset..<(offset + 4)].reversed().reduce(0) { $0 << 8 | Int($1) }
            offset += 48 + length + 32
        }
        let length = bytes[last..<(last + 4)].reversed().reduce(0) { $0 << 8 | Int($1) }
        var payload = Array(bytes[(last + 48)..<(last + 48 + length)])
        try change(&payload)
        precondition(payload.count == length, "a rewritten payload keeps its length")
        bytes.replaceSubrange((last + 48)..<(last + 48 + length), with: payload)
        let previous = last == 128 ? Array(bytes[48..<80]) : Array(bytes[(last - 32)..<last])
        var hash = try GenericHash()
        hash.update(previous)
        hash.update(Array(bytes[last..<(last + 48 + length)]))
        bytes.replaceSubrange((last + 48 + length)..<(last + 80 + length), with: hash.finalize())
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}
