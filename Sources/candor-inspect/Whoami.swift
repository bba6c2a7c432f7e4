import Casework
import Catalogue
import Commands
import Deployment
import Foundation
import InspectorWorkspace
import Keys
import Sodium
import Unlocking

/// `candor-inspect whoami --key FILE [--keys DIR] [--catalog DIR] [--json]`.
enum Whoami {
    static func run(_ arguments: ParsedArguments) throws -> ExitCode {
        let path = try arguments.required("--key", "FILE (the private key file)")
        let keys = arguments.value("--keys") ?? "Keys"
        let json = arguments.flag("--json")

        let privateKey = try Workspace.unlock(path)
        let key = privateKey.publicKey
        let listing = try KeyListing.of(key, in: keys)
        let membership = try unit(of: privateKey, keys: keys, catalog: arguments.value("--catalog"))

        let sealingKeyID = key.keyID.hexString
        if json {
            let object: [String: Any] = [
                "name": key.name, "sealingKeyID": sealingKeyID,
                "sealingKey": Data(key.sealingKey.rawRepresentation).base64EncodedString(),
                "signingKey": Data(key.signingKey.rawRepresentation).base64EncodedString(),
                "line": key.line, "keys": keys, "listed": listing.isListed, "status": listing.word,
                "unit": membership.unit ?? NSNull(),
            ]
            let data = try JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print("name:           \(key.name)")
            print("sealing key id: \(sealingKeyID) (the recipient id in envelopes)")
            print("sealing key:    \(Data(key.sealingKey.rawRepresentation).base64EncodedString()) (X25519)")
            print("signing key:    \(Data(key.signingKey.rawRepresentation).base64EncodedString()) (Ed25519)")
            print("in \(keys):\(String(repeating: " ", count: max(1, 12 - keys.count)))\(summary(listing))")
            print("unit:           \(membership.text)")
        }
        fflush(nil)
        if let problem = problem(listing, key: key, keys: keys) {
            Tool.say("candor-inspect: \(problem)")
            return .failure
        }
        return .success
    }

    /// The inspector's unit in `keys`/units/, with their copy opened to check it; nil in a flat Keys/ or
    /// when they are a member of no unit.
    private static func unit(of key: InspectorPrivateKey, keys: String, catalog: String?) throws -> (
        unit: String?, text: String
    ) {
        let folder = UnitDeployment.folder(keys)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        guard names.contains(where: { $0.hasSuffix("." + UnitKeyFile.fileExtension) }) else {
            return (nil, "none: \(keys) is flat, every report is sealed to every inspector")
        }
        let deployment = try UnitDeployment(keysDirectory: keys)
        guard let id = deployment.unit(of: key.name), let file = deployment.files[id] else {
            return (nil, "none: no unit of \(keys)/units/ lists you, so no report is sealed to you")
        }
        _ = try file.keys(openedWith: key)
        let name = try Catalog.deployment(directory: catalog).units[id]?.vi ?? id
        return (id, "\(id) (\(name)), epoch \(file.currentEpoch.number); your copy opens every epoch")
    }

    private static func summary(_ listing: KeyListing) -> String {
        switch listing {
        case .listed(let file): "yes, \(file)"
        case .anotherKeyListed(let file): "no: \(file) holds another key for this name"
        case .revoked(let file, let note): "no: revoked (\(file)\(note.map { ", \($0)" } ?? ""))"
        case .notListed: "no"
        }
    }

    /// What to tell the inspector when the server would not seal new reports to this key.
    private static func problem(_ listing: KeyListing, key: InspectorKey, keys: String) -> String? {
        let file = (keys as NSString).appendingPathComponent("\(key.name).pub")
        switch listing {
        case .listed:
            return nil
        case .notListed:
            return "the key of \(key.name) is not listed in \(keys): save this line as \(file) and redeploy the "
                + "server (see Keys/README.md):\n\(key.line)"
        case .anotherKeyListed:
            return "\(file) holds another key for \(key.name): this key file is an old one (keep it for the "
                + "records sealed to it), or \(file) needs this line (see Keys/README.md):\n\(key.line)"
        case .revoked(let revokedFile, _):
            return "the key of \(key.name) is revoked (\(revokedFile)): make a new key with `candor-inspect keygen` "
                + "(see Keys/README.md)"
        }
    }
}
