import API
import Casework
import Foundation
import Stores

/// libFuzzer entry point for the parsers of service feedback: the sealed plaintext
/// (`ServiceFeedback(json:)`, Casework's Envelope.md "Service feedback"), the month of a visit
/// (`VisitMonth(text:)`), the published index file (`FeedbackIndex(json:)`, Stores) and the API body
/// (`FeedbackBody`, openapi.json).
///
/// None may crash. Each value that parses must write back bytes that parse to an equal value:
/// parse → serialize → parse is a fixed point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let feedback = ServiceFeedback(json: bytes) {
        precondition(ServiceFeedback(json: feedback.encoded()) == feedback, "the feedback changed in a round trip")
    }
    if let index = FeedbackIndex(json: bytes) {
        precondition(FeedbackIndex(json: index.encoded()) == index, "the index changed in a round trip")
    }
    if let body = FeedbackBody(jsonBytes: bytes) {
        precondition(FeedbackBody(jsonBytes: body.jsonBytes) == body, "the API body changed in a round trip")
    }
    if let text = String(bytes: bytes, encoding: .utf8), let month = VisitMonth(text: text) {
        precondition(month.description == text, "a visit month did not write back as it was read")
    }
    return 0
}
