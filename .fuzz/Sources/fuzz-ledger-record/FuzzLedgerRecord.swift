import Foundation
import Ledger
import Sodium
import Transparency

/// libFuzzer entry point for the ledger's record reader (segment header, record framing, chained
/// checksums, torn-tail recovery), through its public surface.
///
/// The input is a whole segment file. It is written as `segment-0000000000000000.log` into a fresh
/// directory, which is opened (never created) as a ledger. Opening must never crash: it either throws
/// a `LedgerError` or gives a ledger whose every record reads back, with its leaf hash, that verifies,
/// and that opens again with nothing more to cut. A second pass repairs the input first: header
/// checksum, leaf hashes and chained checksums recomputed over whatever records the length fields
/// frame, so that mutations get past the checksums to the framing and recovery logic behind them.
///
/// This target found that each open and each `verify()` leaked its per-segment results (a buffer of
/// `Result`s deallocated without being deinitialized); fixed, so it runs with LeakSanitizer on.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    check(input)
    let repaired = repair(input)
    if repaired != input { check(repaired) }
    return 0
}

let headerSize = 128
let recordHeaderSize = 48
let checksumSize = 32

func check(_ segment: [UInt8]) {
    let directory = NSTemporaryDirectory() + "fuzz-ledger-record-\(getpid())-\(UUID().uuidString)"
    guard (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)) != nil,
        FileManager.default.createFile(atPath: directory + "/segment-0000000000000000.log", contents: Data(segment))
    else { fatalError("cannot write the segment to \(directory)") }
    defer { try? FileManager.default.removeItem(atPath: directory) }

    var options = Ledger.Options()
    options.createIfMissing = false
    let ledger: Ledger
    do {
        ledger = try Ledger.open(at: directory, options: options)
    } catch {
        return  // typed throws: a LedgerError, which is the accepted way to refuse a damaged segment
    }
    let count = ledger.count
    precondition(ledger.recovery.records == count, "recovery reports \(ledger.recovery.records) of \(count) records")
    do {
        let report = try ledger.verify()
        precondition(report.records == count, "verify counted \(report.records) of \(count) records")
    } catch {
        fatalError("a ledger that opened does not verify: \(error)")
    }
    var leafHashes: [UInt8] = []
    for index in 0..<count {
        let record: LedgerRecord
        do {
            record = try ledger.record(at: index)
        } catch {
            fatalError("acknowledged record \(index) of \(count) does not read: \(error)")
        }
        precondition(record.index == index, "record \(index) came back as \(record.index)")
        precondition(record.type != 0, "record \(index) has the reserved type 0")
        precondition(
            record.leafHash == RFC6962.leafHash([record.type] + record.payload), "record \(index): wrong leaf hash")
        leafHashes += record.leafHash
    }
    precondition(
        (try? ledger.rootHash(size: count)) == MerkleTree(leafHashes: leafHashes).rootHash(),
        "the tree does not match the records")
    do {
        _ = try ledger.record(at: count)
        fatalError("a record past the end was found")
    } catch .recordNotFound {
    } catch {
        fatalError("reading past the end threw \(error), not recordNotFound")
    }
    ledger.close()

    // Recovery is idempotent: what one open kept, the next keeps whole.
    do {
        let again = try Ledger.open(at: directory, options: options)
        defer { again.close() }
        precondition(again.count == count, "reopened with \(again.count) records instead of \(count)")
        precondition(again.recovery.truncatedBytes == 0, "a second open cut \(again.recovery.truncatedBytes) bytes")
    } catch {
        fatalError("a ledger that opened once does not open again: \(error)")
    }
}

/// The input with its header checksum, leaf hashes and chained checksums made right, as far as the
/// length fields frame whole records.
func repair(_ input: [UInt8]) -> [UInt8] {
    guard input.count >= headerSize else { return input }
    var bytes = input
    bytes.replaceSubrange(96..<128, with: GenericHash.hash(Array(bytes[0..<96])))
    var previous = Array(bytes[48..<80])
    var offset = headerSize
    while offset + recordHeaderSize <= bytes.count {
        let length = bytes[offset..<offset + 4].reversed().reduce(0) { $0 << 8 | Int($1) }
        let end = offset + recordHeaderSize + length
        guard end + checksumSize <= bytes.count else { break }
        let type = bytes[offset + 4]
        bytes.replaceSubrange(
            (offset + 16)..<(offset + 48), with: RFC6962.leafHash([type] + bytes[(offset + 48)..<end]))
        var hash = GenericHash()
        hash.update(previous)
        hash.update(Array(bytes[offset..<end]))
        previous = hash.finalize()
        bytes.replaceSubrange(end..<(end + checksumSize), with: previous)
        offset = end + checksumSize
    }
    return bytes
}
