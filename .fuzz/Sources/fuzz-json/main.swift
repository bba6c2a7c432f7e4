import API

/// libFuzzer entry point for the API's JSON reader (JSONReader, in API).
///
/// Reading must never crash, recurse without bound or accept what RFC 8259 refuses; a document that
/// reads must write back (``JSONValue/serialized``) to text that reads to an equal value, and that text
/// must be a fixed point of a second round trip.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    guard let value = try? JSONReader.parse(input) else { return 0 }
    let text = value.serialized
    guard let again = try? JSONReader.parse(text) else { preconditionFailure("written JSON does not read back") }
    precondition(again == value, "a JSON value changed in a round trip")
    precondition(again.serialized == text, "written JSON is not a fixed point")
    return 0
}
