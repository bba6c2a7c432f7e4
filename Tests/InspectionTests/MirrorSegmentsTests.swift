import Foundation
import Ledger
import TestSupport
import Testing

@testable import CaseIndex

/// The index reads a mirror's segment files itself (CaseIndex.md, "Reading a record"): a record whose
/// bytes no longer match its chained checksum is damage, named, unless the sync that just ran wrote it.
@Suite("The index's reading of the mirror's segments")
struct MirrorSegmentsTests {
    let folder = TemporaryDirectory("mirror-segments")

    /// A ledger of three records, the middle one's last payload byte flipped on disk afterwards (its
    /// checksum left as it was).
    func damagedLedger() throws -> String {
        let path = folder.child("intake")
        let ledger = try Ledger.open(at: path)
        for number in 0..<3 { _ = try ledger.appendAndWait(type: 1, payload: Array("record \(number)".utf8)) }
        ledger.close()
        let segment = path + "/segment-0000000000000000.log"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: segment)))
        // Records.md: a 128-byte header, then per record a 48-byte header, the payload and 32 bytes.
        let first = 48 + 8 + 32
        bytes[128 + first + 48 + 7] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: segment))
        return path
    }

    @Test func aScanNamesARecordThatFailsItsChecksum() throws {
        let segments = MirrorSegments(folder: try damagedLedger())
        do {
            try segments.scan(from: (0, 128), firstIndex: 0, count: 3) { _, _ in }
            Issue.record("a damaged record was read")
        } catch let damage as IndexDamage {
            #expect("\(damage)".contains("record 1"))
        }
    }

    /// Records the sync wrote moments before, from bytes it had checked against their leaf hashes, are
    /// read without their checksums; the others still are checked.
    @Test func aScanDoesNotCheckTheChecksumsOfRecordsTheSyncJustWrote() throws {
        let segments = MirrorSegments(folder: try damagedLedger())
        var payloads: [String] = []
        try segments.scan(from: (0, 128), firstIndex: 0, count: 3, unchecked: 1..<3) { record, _ in
            payloads.append(String(decoding: record.payload, as: UTF8.self))
        }
        // The flipped byte made record 1 read "record 0".
        #expect(payloads == ["record 0", "record 0", "record 2"])
        #expect(throws: IndexDamage.self) {
            try segments.scan(from: (0, 128), firstIndex: 0, count: 3, unchecked: 2..<3) { _, _ in }
        }
    }

    @Test func aRecordReadAloneIsCheckedUnlessTheScanChecked() throws {
        let segments = MirrorSegments(folder: try damagedLedger())
        let location = RecordLocation(index: 1, segment: 0, offset: UInt32(128 + 48 + 8 + 32))
        #expect(throws: IndexDamage.self) { try segments.record(at: location) }
        #expect(try segments.record(at: location, checksum: false).payload == Array("record 0".utf8))
        #expect(try segments.record(at: RecordLocation(index: 0, segment: 0, offset: 128)).index == 0)
    }
}
