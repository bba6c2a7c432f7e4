import Casework
import Deployment
import Foundation
import Transparency

/// The public keys a bundle is checked with, from a deployment's Keys folder: `log.key`, the
/// inspectors' `NAME.pub` and `revoked/NAME.pub`. No private key is read, nor needed.
public struct BundleKeys: Sendable {
    public static let logKeyFileName = "log.key"

    /// The intake log's checkpoint verifier key.
    public let log: NoteVerifier
    /// Every inspector key that may have signed, with the instant its revocation began (nil: current).
    public let inspectors: [(key: InspectorKey, revokedSince: Date?)]

    public init(log: NoteVerifier, inspectors: [(key: InspectorKey, revokedSince: Date?)]) {
        self.log = log
        self.inspectors = inspectors
    }

    /// Reads `directory`/log.key, `directory`/*.pub and `directory`/revoked/*.pub.
    public init(directory: String) throws(BundleError) {
        let logPath = (directory as NSString).appendingPathComponent(Self.logKeyFileName)
        guard let data = FileManager.default.contents(atPath: logPath) else {
            throw .keys("cannot read the log's verifier key \(logPath) (KEYS must hold log.key)")
        }
        let line = String(decoding: data, as: UTF8.self).split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty && !$0.hasPrefix("#") }
        do {
            log = try NoteVerifier(verifierKey: line ?? "")
        } catch {
            throw .keys("\(logPath) does not hold a verifier key NAME+ID+KEY: \(error)")
        }
        var found: [(key: InspectorKey, revokedSince: Date?)] = []
        do {
            found = try InspectorKeys(directory: directory).inspectors.map { ($0, nil) }
        } catch {
            guard case .noInspectorKeys = error else { throw .keys(error.description) }
        }
        do {
            let revoked = try RevokedInspectorKeys(
                directory: (directory as NSString).appendingPathComponent(RevokedInspectorKeys.folderName))
            found += revoked.entries.map { ($0.key, $0.since) }
        } catch {
            throw .keys(error.description)
        }
        inspectors = found
    }

    /// The keys listed for inspector `name`.
    func keys(of name: String) -> [(key: InspectorKey, revokedSince: Date?)] {
        inspectors.filter { $0.key.name == name }
    }
}
