import Foundation
import Transparency

/// A citizen's signed receipt as text (CitizenWeb.docc/Receipts.md): what the receipt page shows,
/// `GET /receipt/INDEX` serves and `candor-audit verify-receipt` checks.
public struct ReceiptFile: Sendable, Equatable {
    public static let firstLine = "Candor receipt v1"

    /// The log's origin and the record's index in it.
    public var origin: String
    public var index: UInt64
    /// The record's RFC 6962 leaf hash, 32 bytes.
    public var leafHash: [UInt8]
    /// The size of the checkpoint the proof is against, and the audit path, bottom-up.
    public var treeSize: UInt64
    public var proof: [[UInt8]]
    /// The log's verifier key the server names (a verifier uses the one it holds).
    public var logKey: String?
    /// The `witnesses:` line's text after the colon and space: the server's word on the cosignatures.
    public var witnesses: String?
    /// The signed note of the checkpoint, with its cosignature lines.
    public var checkpoint: String

    /// Why a text is not a receipt.
    public struct Malformed: Error, CustomStringConvertible {
        public let description: String
    }

    public init(
        origin: String, index: UInt64, leafHash: [UInt8], treeSize: UInt64, proof: [[UInt8]], logKey: String?,
        witnesses: String?, checkpoint: String
    ) {
        (self.origin, self.index, self.leafHash, self.treeSize, self.proof) = (origin, index, leafHash, treeSize, proof)
        (self.logKey, self.witnesses, self.checkpoint) = (logKey, witnesses, checkpoint)
    }

    public var serialized: String {
        var lines = [
            Self.firstLine, "log: \(origin)", "index: \(index)", "leaf-hash: \(Data(leafHash).base64EncodedString())",
            "tree-size: \(treeSize)", "inclusion-proof:",
        ]
        lines += proof.map { Data($0).base64EncodedString() }
        if let logKey { lines.append("log-key: \(logKey)") }
        if let witnesses { lines.append("witnesses: \(witnesses)") }
        return lines.joined(separator: "\n") + "\n\n" + checkpoint
    }

    /// Parses a receipt strictly: the lines in their order, decimals without leading zeros, canonical
    /// base64 of 32-byte hashes, at most 63 proof lines; the note is parsed when verified.
    public init(parsing text: String) throws(Malformed) {
        guard let split = text.range(of: "\n\n") else { throw Malformed(description: "no blank line before the note") }
        var lines = text[..<split.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)[...]
        func field(_ name: String) throws(Malformed) -> String {
            guard let line = lines.first, line.hasPrefix(name + ": "), line.count > name.count + 2 else {
                throw Malformed(description: "expected the \"\(name): \" line")
            }
            lines.removeFirst()
            return String(line.dropFirst(name.count + 2))
        }
        func decimal(_ name: String) throws(Malformed) -> UInt64 {
            let text = try field(name)
            guard let value = UInt64(text), String(value) == text else {
                throw Malformed(description: "\(name) is not a decimal number")
            }
            return value
        }
        func hash(_ text: Substring) throws(Malformed) -> [UInt8] {
            guard let data = Data(base64Encoded: String(text)), data.count == 32, data.base64EncodedString() == text
            else {
                throw Malformed(description: "\"\(text.prefix(60))\" is not the canonical base64 of a 32-byte hash")
            }
            return Array(data)
        }
        guard lines.popFirst() == Substring(Self.firstLine) else {
            throw Malformed(description: "the first line is not \"\(Self.firstLine)\"")
        }
        origin = try field("log")
        index = try decimal("index")
        leafHash = try hash(Substring(try field("leaf-hash")))
        treeSize = try decimal("tree-size")
        guard lines.popFirst() == "inclusion-proof:" else {
            throw Malformed(description: "expected the \"inclusion-proof:\" line")
        }
        proof = []
        while let line = lines.first, !line.contains(":") {
            guard proof.count < AddCheckpointRequest.maximumProofLines else {
                throw Malformed(description: "more than 63 proof lines")
            }
            proof.append(try hash(line))
            lines.removeFirst()
        }
        logKey = lines.first?.hasPrefix("log-key: ") == true ? try field("log-key") : nil
        witnesses = lines.first?.hasPrefix("witnesses: ") == true ? try field("witnesses") : nil
        guard lines.isEmpty else { throw Malformed(description: "an unexpected line: \"\(lines.first!.prefix(60))\"") }
        checkpoint = String(text[split.upperBound...])
    }

    /// Checks the receipt with the log's key and the witness policy: the note's log signature, that its
    /// checkpoint is the receipt's log and size, the inclusion proof to its root, and the quorum.
    /// Returns the witnesses whose cosignatures verify.
    public func verify(logKey: NoteVerifier, witnesses: WitnessPolicy) throws(TransparencyError)
        -> [CosignatureVerifier]
    {
        let note = try SignedNote(parsing: checkpoint)
        _ = try note.verify(with: [logKey])
        let parsed = try Checkpoint(text: note.text)
        guard parsed.origin == origin, parsed.size == treeSize else {
            throw .invalidProof(
                "the receipt says \(origin) at size \(treeSize), its checkpoint \(parsed.origin) "
                    + "at size \(parsed.size)")
        }
        guard index < treeSize else { throw .invalidProof("record \(index) is past the checkpoint's \(treeSize)") }
        try InclusionProof(leafIndex: index, treeSize: treeSize, hashes: proof).verify(
            leafHash: leafHash, rootHash: parsed.rootHash)
        return try witnesses.check(note).map(\.witness)
    }
}
