/// The body of a C2SP tlog-witness `POST <prefix>/add-checkpoint` (https://c2sp.org/tlog-witness):
/// the size the client believes the witness holds, a consistency proof from it, and the new checkpoint.
///
/// ```
/// old <size>\n               ASCII decimal, no leading zeros ("0" when the witness holds nothing)
/// <base64(hash)>\n           0 to 63 consistency proof lines (RFC 6962 §2.1.2), 32-byte hashes
/// \n
/// <signed checkpoint note>   the checkpoint's text, a blank line, its signature lines
/// ```
///
/// Parsing is strict, so that a body has one meaning: anything else throws
/// ``TransparencyError/malformedWitnessRequest(_:)`` (a witness answers it 400 Bad Request).
public struct AddCheckpointRequest: Sendable, Hashable {
    /// The spec's limit: "The client MUST NOT send more than 63 consistency proof lines".
    public static let maximumProofLines = 63

    /// The size of the previous checkpoint the client believes the witness cosigned.
    public let oldSize: UInt64
    /// The consistency proof from ``oldSize`` to the checkpoint's size.
    public let proof: [[UInt8]]
    /// The signed checkpoint, as submitted (its signatures not yet verified, its text not yet parsed).
    public let note: SignedNote

    /// A request from its parts. Traps on a proof of more than 63 hashes or a hash that is not 32 bytes:
    /// a log builds its proofs itself.
    public init(oldSize: UInt64, proof: [[UInt8]], note: SignedNote) {
        precondition(proof.count <= Self.maximumProofLines, "a tlog-witness proof has at most 63 lines")
        precondition(proof.allSatisfy { $0.count == RFC6962.hashByteCount }, "a proof hash is 32 bytes")
        self.oldSize = oldSize
        self.proof = proof
        self.note = note
    }

    /// Parses a request body. Rejects: no `old ` line or a size that is not plain decimal; a proof line
    /// that is not canonical base64 of 32 bytes; more than 63 of them; no blank line after the proof; a
    /// checkpoint that is not a signed note (``SignedNote/init(parsing:)-(String)``) or not valid UTF-8.
    public init(parsing body: [UInt8]) throws(TransparencyError) {
        let newline = UInt8(ascii: "\n")
        var lines: [ArraySlice<UInt8>] = []
        var start = body.startIndex
        // The header: the old size line, then proof lines, up to the first empty line.
        while true {
            guard let end = body[start...].firstIndex(of: newline) else {
                throw .malformedWitnessRequest("the body ends before the blank line that precedes the checkpoint")
            }
            let line = body[start..<end]
            start = end + 1
            if line.isEmpty { break }
            guard lines.count <= Self.maximumProofLines else {
                throw .malformedWitnessRequest("more than \(Self.maximumProofLines) consistency proof lines")
            }
            lines.append(line)
        }
        guard let first = lines.first else { throw .malformedWitnessRequest("the body does not start with \"old \"") }
        let prefix = Array("old ".utf8)
        guard first.starts(with: prefix), let oldSize = Checkpoint.parseSize(first.dropFirst(prefix.count)) else {
            throw .malformedWitnessRequest(
                "the first line must be \"old <size>\", the size in decimal with no leading zero")
        }
        var proof: [[UInt8]] = []
        for (position, line) in lines.dropFirst().enumerated() {
            guard let hash = NoteBase64.decode(bytes: Array(line)), hash.count == RFC6962.hashByteCount else {
                throw .malformedWitnessRequest(
                    "consistency proof line \(position + 1) is not canonical base64 of a 32-byte hash")
            }
            proof.append(hash)
        }
        let note: SignedNote
        do {
            note = try SignedNote(parsing: Array(body[start...]))
        } catch {
            throw .malformedWitnessRequest("the checkpoint is not a signed note: \(error.description)")
        }
        self.init(oldSize: oldSize, proof: proof, note: note)
    }

    /// The request body, in the one spelling ``init(parsing:)`` accepts.
    public var serialized: [UInt8] {
        var text = "old \(oldSize)\n"
        for hash in proof { text += NoteBase64.encode(hash) + "\n" }
        text += "\n"
        text += note.serialized
        return Array(text.utf8)
    }
}
