import Sodium
import Transparency

/// `proofs/N.proof`: the inclusion proof of one record in the checkpoint's tree (CaseBundle.md, "The proofs").
public struct BundleProof: Sendable, Equatable {
    public static let firstLine = "candor-inclusion-proof 1"

    public let proof: InclusionProof

    public init(_ proof: InclusionProof) { self.proof = proof }

    /// The file's bytes.
    public var bytes: [UInt8] {
        var text = Self.firstLine + "\n"
        text += "index \(proof.leafIndex)\nsize \(proof.treeSize)\n"
        for hash in proof.hashes { text += "hash \(hash.hexString)\n" }
        return Array(text.utf8)
    }

    /// Parses the file strictly; `file` names it in the error.
    public init(parsing bytes: [UInt8], file: String) throws(BundleError) {
        var lines = try TextLines(bytes, file: file)
        try lines.expect(Self.firstLine)
        let index = try lines.decimal(try lines.value("index"), "the index")
        let size = try lines.decimal(try lines.value("size"), "the size")
        var hashes: [[UInt8]] = []
        while let hex = try lines.optionalValue("hash") {
            guard hex.utf8.count == 64, let hash = [UInt8](hexString: String(hex), lowercaseOnly: true) else {
                throw .mismatch(file: file, reason: "a hash is not 64 lowercase hex digits")
            }
            hashes.append(hash)
            // An audit path has at most 64 hashes (a tree of at most 2^64 leaves).
            guard hashes.count <= 64 else { throw .mismatch(file: file, reason: "more than 64 hashes") }
        }
        guard lines.isAtEnd else { throw .mismatch(file: file, reason: "a line that is not a `hash` line") }
        proof = InclusionProof(leafIndex: index, treeSize: size, hashes: hashes)
    }
}
