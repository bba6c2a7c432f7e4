import Sodium
import Transparency

/// libFuzzer entry point for the C2SP signed-note and tlog-checkpoint parsers.
///
/// The input is a signed note's bytes. Parsing must never crash, and a note that parses must serialize
/// back to exactly the input and parse again to an equal note. Its text goes to the checkpoint parser,
/// whose strict syntax gives each checkpoint one text: a checkpoint that parses must print back to the
/// same text. The note is verified against the fixed key the seeds are signed with, and opened as a
/// signed checkpoint of that log; the input is also tried as a verifier key. None of it may crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    if let text = String(validating: input, as: UTF8.self) {
        _ = try? NoteVerifier(verifierKey: text)
        if let checkpoint = try? Checkpoint(text: text) {
            precondition(Array(checkpoint.text.utf8) == input, "a checkpoint does not print back to its text")
        }
    }
    guard let note = try? SignedNote(parsing: input) else { return 0 }
    precondition(Array(note.serialized.utf8) == input, "a signed note does not serialize back to its input")
    let again: SignedNote
    do {
        again = try SignedNote(parsing: note.serialized)
    } catch {
        fatalError("a serialized note no longer parses: \(error)")
    }
    precondition(again == note, "the note changed in a round trip")
    precondition((try? SignedNote(text: note.text, signatures: note.signatures)) == note, "the parts do not rebuild it")

    if let checkpoint = try? Checkpoint(text: note.text) {
        precondition(checkpoint.text.utf8.elementsEqual(note.text.utf8), "a checkpoint does not print back to its text")
        precondition((try? Checkpoint(text: checkpoint.text)) == checkpoint, "the checkpoint changed in a round trip")
    }
    if let verified = try? note.verify(with: [verifier]) {
        precondition(verified == [verifier], "verified by a key it was not given")
    }
    if let signed = try? SignedCheckpoint(parsing: note.serialized, origin: origin, verifiers: [verifier]) {
        precondition(signed.note == note && signed.verifiedBy == [verifier], "the signed checkpoint is another note")
        precondition(signed.checkpoint.origin == origin, "a checkpoint of another origin was accepted")
    }
    return 0
}

/// The log the seeds are checkpoints of, and its key.
let origin = "candor.example/log"
let verifier = try! NoteSigner(
    name: origin, privateKey: try! Signing.PrivateKey(seed: SecureBytes([UInt8](repeating: 7, count: 32)))
).verifier
