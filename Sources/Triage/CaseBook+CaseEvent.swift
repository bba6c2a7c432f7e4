import Casework
import Foundation

extension CaseBook {
    /// An inspector event of a case, with what the checks found.
    public struct CaseEvent: Sendable {
        public enum Verdict: Sendable, Equatable, CustomStringConvertible {
            case valid
            /// The signature does not verify: forged or altered.
            case invalidSignature
            /// No known signer has this name and key.
            case unknownSigner
            /// Signed after the key's revocation.
            case revoked(since: Date)
            /// Not allowed by the case's state at this point (the server should have refused it).
            case notAllowed(String)

            public var description: String {
                switch self {
                case .valid: "valid"
                case .invalidSignature: "INVALID SIGNATURE: forged or altered"
                case .unknownSigner: "UNKNOWN SIGNER: no such key in Keys/"
                case .revoked(let since): "REVOKED KEY: signed after its revocation on \(CalendarDay(since))"
                case .notAllowed(let why): "NOT ALLOWED: \(why)"
                }
            }
        }

        public let index: UInt64
        public let event: InspectorEvent
        /// The opened details, or nil when no key of this inspector opens them.
        public let details: EventDetails?
        public let verdict: Verdict
    }
}
