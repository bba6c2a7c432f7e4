import Casework
import Ledger
import Sodium
import Transparency

/// The intake log's checkpoint signing key: a C2SP note signer kept in the data folder.
///
/// The file `log-signer.key` (mode 0600) holds the signer key string that `NoteSigner` reads,
/// `PRIVATE+KEY+<name>+<key ID>+<base64(0x01 ‖ Ed25519 seed)>`, followed by a newline. The server
/// publishes the matching verifier key (`NoteSigner.verifierKey`) in Keys/ so that anyone can check
/// the checkpoints it signs.
public enum CheckpointSignerKey {
    /// The file name in the data folder.
    public static let fileName = "log-signer.key"

    /// Loads the signer from `directory`, or creates one named `name` (usually the log's origin, such
    /// as `candor.example/intake`) with a fresh Ed25519 key.
    ///
    /// Throws ``CaseworkError/malformedKeyFile(path:reason:)`` (in ``StoreError/casework(_:)``) if the file holds a key under another
    /// name: a log's key name is part of every checkpoint it has signed, so it never changes quietly.
    public static func loadOrCreate(in directory: String, name: String, fileName: String = CheckpointSignerKey.fileName)
        throws(StoreError) -> NoteSigner
    {
        let path = directory + "/" + fileName
        let fresh: NoteSigner
        do {
            fresh = try NoteSigner(name: name, privateKey: Signing.PrivateKey())
        } catch {
            throw .casework(
                .malformedKeyFile(path: path, reason: "invalid key name \(String(reflecting: name)): \(error)"))
        }
        let contents = try SecretFile.loadOrCreate(at: path) {
            var line = fresh.signerKey.unsafeCopiedBytes() + [0x0A]
            defer { wipe(&line) }
            return SecureBytes(line)
        }
        var bytes = contents.unsafeCopiedBytes()
        defer { wipe(&bytes) }
        if bytes.last == 0x0A { bytes.removeLast() }
        let signer: NoteSigner
        do {
            signer = try NoteSigner(signerKey: SecureBytes(bytes))
        } catch {
            throw .casework(.malformedKeyFile(path: path, reason: "not a note signer key (\(error))"))
        }
        guard signer.name == name else {
            throw .casework(
                .malformedKeyFile(
                    path: path,
                    reason: "it holds the key of \(String(reflecting: signer.name)), not \(String(reflecting: name)); "
                        + "configure that name, or move the file away to start a new log key"))
        }
        return signer
    }
}
