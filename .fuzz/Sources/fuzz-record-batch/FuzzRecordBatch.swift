import Ledger
import Mirroring

/// libFuzzer entry point for the records batch reader (Mirroring.docc/Sync.md, "The records batch"),
/// full frames and withheld frames alike.
///
/// The input is a batch as a server sends it. Parsing must never crash, and a batch that parses must
/// frame back to exactly the input (one encoding: a length word or the withheld marker and a key
/// length byte) and parse again to equal records. A withheld record carries no payload and one of the
/// three key forms the spec allows.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    guard let records = try? RecordBatchReader.parse(input, server: "fuzz") else { return 0 }
    var bytes: [UInt8] = []
    for record in records {
        if let key = record.withheldKey {
            precondition(record.payload.isEmpty, "a withheld record with a payload")
            precondition([0, 17, 33].contains(key.count), "a withheld key of \(key.count) bytes")
        }
        RecordBatchReader.append(record, to: &bytes)
    }
    precondition(bytes == input, "a batch does not frame back to its input")
    guard let again = try? RecordBatchReader.parse(bytes, server: "fuzz") else {
        fatalError("a framed batch no longer parses")
    }
    precondition(again == records, "the records changed in a round trip")
    return 0
}
