import CaseBundle
import Foundation

/// libFuzzer entry point for the two text parsers of a case bundle (CaseBundle.md): `manifest.txt`
/// and `proofs/N.proof`.
///
/// Neither may crash. A file that parses must write back the same bytes: the formats have one
/// spelling, so parse → serialize is the identity.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    if let manifest = try? BundleManifest(parsing: input) {
        precondition(manifest.bytes == input, "a parsed manifest writes back other bytes")
        precondition((try? BundleManifest(parsing: manifest.bytes)) == manifest, "a manifest changed in a round trip")
    }
    if let proof = try? BundleProof(parsing: input, file: "fuzz") {
        precondition(proof.bytes == input, "a parsed proof writes back other bytes")
    }
    return 0
}
