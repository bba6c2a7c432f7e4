import API
import Sodium
import Transparency

/// libFuzzer entry point for the C2SP tlog-witness add-checkpoint request parser and the cosignature/v1
/// line parser.
///
/// The input is an add-checkpoint body. Parsing must never crash, and a body that parses must serialize
/// back to exactly the input. It then goes through the witness's checks, against no held checkpoint and
/// against one, which must answer one of the protocol's statuses. The note's signature lines are read as
/// cosignatures of the fixed witness, and the input's own bytes as a timestamped signature: a line that
/// passes must verify, and a timestamped signature that parses must write back to its bytes.
///
/// The same bytes, as text, are also read as a deployment's `Keys/witnesses/policy` (a list that parses
/// must hold settings within their bounds and a quorum it can meet) and as a citizen's receipt
/// (CitizenWeb.docc/Receipts.md: one that parses must serialize back to the text, and verifying it
/// must only throw).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: input, as: UTF8.self)
    if let list = try? WitnessList(text: text) {
        precondition(list.policy.quorum <= list.policy.witnesses.count, "a quorum that can never be met passed")
        precondition((0.1...60).contains(list.submitTimeout), "a submit-timeout out of bounds passed")
        precondition((0...10).contains(list.receiptWait), "a receipt-wait out of bounds passed")
    }
    if let receipt = try? ReceiptFile(parsing: text) {
        precondition(receipt.serialized == text, "a receipt does not serialize back to its text")
        precondition(receipt.leafHash.count == 32 && receipt.proof.allSatisfy { $0.count == 32 }, "a bad hash passed")
        _ = try? receipt.verify(logKey: log.verifier, witnesses: policy)
    }
    if let cosignature = try? Cosignature(timestampedSignature: input) {
        precondition(cosignature.timestampedSignature == input, "a cosignature does not write back to its bytes")
        precondition(cosignature.timestamp <= Cosignature.maximumTimestamp, "a timestamp above 2^63 - 1 passed")
    }
    if let request = try? AddCheckpointRequest(parsing: input) {
        precondition(request.serialized == input, "an add-checkpoint request does not serialize back to its input")
        precondition(request.proof.count <= AddCheckpointRequest.maximumProofLines, "more than 63 proof lines")
        if let found = try? policy.check(request.note) {
            for (witness, _) in found {
                let line = request.note.signatures.first { witness.matches($0) }!
                precondition((try? witness.verify(line, checkpointText: request.note.text)) != nil, "a bad line passed")
            }
        }
    }
    switch witness.authenticate(input) {
    case .success(let submission):
        for latest in [nil, held] {
            if case .failure(let refusal) = witness.check(submission, latest: latest) {
                precondition([400, 409, 422].contains(refusal.status), "an unexpected status \(refusal.status)")
            }
        }
    case .failure(let refusal):
        precondition([400, 403, 404].contains(refusal.status), "an unexpected status \(refusal.status)")
    }
    return 0
}

/// The log the seeds are checkpoints of (the same key as fuzz-signed-note's), and one witness.
let log = try! NoteSigner(
    name: "candor.example/log", privateKey: try! Signing.PrivateKey(seed: SecureBytes([UInt8](repeating: 7, count: 32)))
)
let signer = try! CosignatureSigner(
    name: "witness.example/w1", privateKey: try! Signing.PrivateKey(seed: SecureBytes([UInt8](repeating: 9, count: 32)))
)
let witness = Witness(logs: [log.name: [log.verifier]], signer: signer)
let policy = try! WitnessPolicy(witnesses: [signer.verifier], quorum: 1)
let held = try! Checkpoint(origin: log.name, size: 2, rootHash: [UInt8](repeating: 1, count: 32))
