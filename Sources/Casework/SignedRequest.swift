import Foundation
import Sodium

/// The wire format of an inspector's signed request (Mirroring.docc/SignedRequests.md), in the one
/// module that both the signer (Mirroring) and the server's checker (InspectorWeb) build on, so the two sides
/// cannot drift apart.
public enum SignedRequest {
    public static let inspectorField = "Candor-Inspector"
    public static let timeField = "Candor-Time"
    public static let nonceField = "Candor-Nonce"
    public static let signatureField = "Candor-Signature"

    /// The signed message: `candor-request-v1\n` METHOD `\n` TARGET `\n` TIME `\n` NONCE `\n`
    /// hex(SHA-256(body)) `\n`, as UTF-8.
    public static func message(method: String, target: String, time: Int64, nonce: String, body: [UInt8]) -> [UInt8] {
        let bodyHash = SHA256.hash(body).hexString
        return Array("candor-request-v1\n\(method)\n\(target)\n\(time)\n\(nonce)\n\(bodyHash)\n".utf8)
    }
}
