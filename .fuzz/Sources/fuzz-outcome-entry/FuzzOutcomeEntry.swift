import Outcomes
import Sodium

/// libFuzzer entry point for the public outcomes log's strict entry parser (Outcomes.md).
///
/// The input is an entry's bytes. Parsing must never crash, and an entry that parses has one spelling:
/// Candor's own writing of its outcome gives its JSON line back, its signed part and signature line
/// give the entry back, it parses again to an equal value, and checking its signature does not crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    guard let signed = try? SignedOutcome(entry: input) else { return 0 }
    precondition(signed.entry == input, "the entry is not the input")
    let lines = input.dropLast().split(separator: 0x0A, omittingEmptySubsequences: false)
    precondition(lines.count == 3, "a parsed entry without three lines")
    precondition(signed.outcome.jsonLine() == Array(lines[1]), "the JSON line is not the outcome's own")
    let again: SignedOutcome
    do {
        again = try SignedOutcome(entry: input)
    } catch {
        fatalError("a parsed entry no longer parses: \(error)")
    }
    precondition(again == signed, "the entry parsed two ways")
    precondition(signed.signature.count == 64, "a signature of another length")
    _ = signed.isSigned(by: signer)
    return 0
}

/// A fixed key: checking a signature against it must not crash, whatever the entry.
let signer = Signing.PrivateKey().publicKey
