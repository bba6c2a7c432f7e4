import Casework
import Sodium

/// libFuzzer entry point for the envelope opener.
///
/// The input is an envelope's bytes. Parsing must never crash, and an envelope that parses must
/// serialize back to exactly the input (the format has one encoding: fixed-size fields, a count byte,
/// and a body that runs to the end) and parse again to an equal value. It is then opened with the
/// fixed key the seeds are sealed to; that must not crash either, and a body that opens must not
/// open differently a second time.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    guard let envelope = try? Envelope(parsing: input) else { return 0 }
    precondition(envelope.serialized == input, "an envelope does not serialize back to its input")
    let again: Envelope
    do {
        again = try Envelope(parsing: envelope.serialized)
    } catch {
        fatalError("a serialized envelope no longer parses: \(error)")
    }
    precondition(again == envelope, "the envelope changed in a round trip")
    precondition(envelope.header == Array(input.prefix(envelope.header.count)), "the header is not the input's prefix")
    precondition(!envelope.recipients.isEmpty && envelope.recipients.count <= Envelope.maximumRecipientCount)
    precondition(Set(envelope.recipientKeyIDs).count == envelope.recipients.count, "a key id is listed twice")
    // Version 2: a citizen's kind carries a key and a signature, an inspector's neither; checking the
    // signature must not crash whatever the bytes.
    precondition((envelope.signature != nil) == (envelope.version == 2 && envelope.kind.isSignedByCitizen))
    if envelope.isSignatureValid { precondition(envelope.signingKey != nil) }

    let opened = Result { () throws(CaseworkError) in try envelope.open(with: privateKey) }
    if case .success(let plaintext) = opened {
        precondition(envelope.isSealed(to: privateKey.publicKey), "opened without being a recipient")
        precondition((try? envelope.open(with: privateKey)) == plaintext, "a second open gave another plaintext")
    }
    return 0
}

/// The key every seed is sealed to (`v2-*` seeds: made with Tests/CaseworkTests/Vectors/envelope_v2.py).
let privateKey = try! SealedBox.PrivateKey(seed: SecureBytes([UInt8](repeating: 7, count: 32)))
