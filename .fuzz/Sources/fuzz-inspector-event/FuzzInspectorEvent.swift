import Casework

/// libFuzzer entry point for the inspector event parser (Casework.docc/Events.md).
///
/// The input is an event's bytes. Parsing must never crash, and an event that parses must serialize
/// back to exactly the input (fixed-size fields, a length byte for the name and a length word for the
/// envelope: one encoding) and parse again to an equal event. Its envelope always parses (the parser
/// checked it), its signature check and its date must not crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    guard let event = try? InspectorEvent(parsing: input) else { return 0 }
    precondition(event.bytes == input, "an event does not serialize back to its input")
    let again: InspectorEvent
    do {
        again = try InspectorEvent(parsing: event.bytes)
    } catch {
        fatalError("a serialized event no longer parses: \(error)")
    }
    precondition(again == event, "the event changed in a round trip")
    let envelope = event.parsedEnvelope
    precondition(
        envelope.caseTag == event.caseTag && envelope.kind == event.action.envelopeKind, "the envelope does not fit")
    _ = event.isSignatureValid
    _ = event.date
    return 0
}
