import CaseBundle
import Sodium
import Testing
import Transparency

/// The bundle's two text formats (CaseBundle.md, "The manifest" and "The proofs"): one spelling each,
/// and every other spelling refused with the file named.
@Suite("Case bundle: the manifest and proof files")
struct BundleManifestTests {
    static let manifest = BundleManifest(
        origin: "candor.example/intake", caseID: 12, exporter: "lan", tool: CaseBundle.tool,
        files: [
            .init(path: "records/12.entry", bytes: [1, 2, 3]), .init(path: "checkpoint", bytes: Array("x\n".utf8)),
            .init(path: "proofs/12.proof", bytes: []),
        ])

    @Test func aManifestReadsBackAsWritten() throws {
        let bytes = Self.manifest.bytes
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("candor-case-bundle 1\norigin candor.example/intake\ncase 12\nexporter lan\n"))
        #expect(text.contains("\nopen no\nfile "))
        // Sorted by path: checkpoint, proofs/…, records/….
        #expect(text.range(of: " checkpoint\n")!.lowerBound < text.range(of: " proofs/12.proof\n")!.lowerBound)
        let parsed = try BundleManifest(parsing: bytes)
        #expect(parsed == Self.manifest)
        #expect(parsed.bytes == bytes)
    }

    @Test(arguments: [
        ("case 12\n", "case 012\n"),
        ("open no\n", "open yes\n"),
        ("exporter lan\n", "exporter \n"),
        ("candor-case-bundle 1\n", "candor-case-bundle 2\n"),
        (" checkpoint\n", " ../checkpoint\n"),
        (" checkpoint\n", " zz/checkpoint\n"),
        (" checkpoint\n", " manifest.sig\n"),
        ("\n", "\r\n"),
    ])
    func aManifestSpelledOtherwiseIsRefused(_ change: (String, String)) throws {
        let text = String(decoding: Self.manifest.bytes, as: UTF8.self)
        let changed = text.replacingOccurrences(of: change.0, with: change.1)
        #expect(changed != text)
        #expect(throws: BundleError.self) { try BundleManifest(parsing: Array(changed.utf8)) }
    }

    @Test func aManifestWithUppercaseHexOrNoLastLineFeedIsRefused() throws {
        let text = String(decoding: Self.manifest.bytes, as: UTF8.self)
        let hex = try #require(Self.manifest.files.first?.sha256.hexString)
        let upper = text.replacingOccurrences(of: hex, with: hex.uppercased())
        #expect(upper != text)
        #expect(throws: BundleError.self) { try BundleManifest(parsing: Array(upper.utf8)) }
        #expect(throws: BundleError.self) { try BundleManifest(parsing: Array(text.utf8.dropLast())) }
        let error = #expect(throws: BundleError.self) { try BundleManifest(parsing: []) }
        #expect(error?.file == "manifest.txt")
    }

    @Test func aProofReadsBackAsWritten() throws {
        let proof = InclusionProof(leafIndex: 3, treeSize: 7, hashes: [Array(repeating: 0xAB, count: 32)])
        let bytes = BundleProof(proof).bytes
        #expect(
            String(decoding: bytes, as: UTF8.self) == "candor-inclusion-proof 1\nindex 3\nsize 7\nhash "
                + String(repeating: "ab", count: 32) + "\n")
        #expect(try BundleProof(parsing: bytes, file: "proofs/3.proof").proof == proof)
    }

    @Test(arguments: [
        "candor-inclusion-proof 1\nindex 03\nsize 7\n",
        "candor-inclusion-proof 1\nindex 3\nsize 7\nhash ab\n",
        "candor-inclusion-proof 1\nindex 3\nsize 7\nhash \(String(repeating: "AB", count: 32))\n",
        "candor-inclusion-proof 1\nindex 3\nsize 7\nextra\n",
        "candor-inclusion-proof 1\nsize 7\nindex 3\n",
        "candor-inclusion-proof 1\nindex 3\nsize 18446744073709551616\n",
        "candor-inclusion-proof 1\nindex 3\nsize 7",
    ])
    func aProofSpelledOtherwiseIsRefused(_ text: String) {
        let error = #expect(throws: BundleError.self) {
            try BundleProof(parsing: Array(text.utf8), file: "proofs/3.proof")
        }
        #expect(error?.file == "proofs/3.proof")
    }
}
