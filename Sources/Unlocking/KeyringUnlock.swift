import Keys
import Sodium
import System

/// An unlock that outlives one command: a key file's AEAD key kept in the kernel's user keyring for a
/// while (`candor-inspect unlock`), so that the next commands open the file without Argon2id.
///
/// Implements KeyFile.md (Keys.docc), "Kept in the kernel keyring". Only the 32-byte AEAD key is kept:
/// never the passphrase, never the seeds. It opens this one file only, and only together with it.
public enum KeyringUnlock {
    /// What every description starts with; the hash of the file's header follows.
    public static let descriptionPrefix = "candor-inspect:"
    /// How long `unlock` keeps the key when not told: 15 minutes, the workbench's idle lock.
    public static let defaultSeconds = 15 * 60
    /// The longest `unlock --for` accepts: a working day, so that no unlock lasts overnight.
    public static let longestSeconds = 8 * 60 * 60
    static let keyByteCount = 32

    /// `candor-inspect:` and the lowercase hex of BLAKE2b-256 of the header (bytes 0 … 93+n: magic, name,
    /// limits, salt, check, nonce).
    ///
    /// A file sealed again has a new salt and nonce, hence another description: a key kept for the old
    /// file is never tried on it.
    public static func description(of header: KeyFile.Header) -> String {
        descriptionPrefix + GenericHash.hash(header.associatedData).hexString
    }

    /// Keeps `aeadKey`, the AEAD key that opens the file of `header`, for `seconds`.
    ///
    /// - Throws: the kernel's refusal; ``KernelKeyring/isUnavailable(_:)`` tells one that concerns every
    ///   key (no keyring for this process) from another.
    public static func keep(_ aeadKey: SecureBytes, for header: KeyFile.Header, seconds: Int) throws(SystemError) {
        precondition(aeadKey.count == keyByteCount && (1...longestSeconds).contains(seconds))
        let description = description(of: header)
        let added = aeadKey.withUnsafeBytes { key in
            Result { () throws(SystemError) in
                try KernelKeyring.addUserKey(description: description, payload: key, seconds: UInt32(seconds))
            }
        }
        _ = try added.get()
    }

    /// The key file of `header` opened with the kept key; nil when none is kept, it has expired or been
    /// locked, the kernel refuses this process its keyring, or the kept key does not open the file.
    /// Each nil means: ask for the passphrase, as without an unlock.
    public static func open(_ header: KeyFile.Header, path: String) -> InspectorPrivateKey? {
        guard let found = try? KernelKeyring.search(description: description(of: header)),
            let aeadKey = try? KernelKeyring.read(found, byteCount: keyByteCount, { SecureBytes($0) })
        else { return nil }
        return try? KeyFile.open(header, aeadKey: aeadKey, path: path)
    }

    /// Revokes the key kept for the file of `header`; false when none was kept (or it had expired).
    public static func forget(_ header: KeyFile.Header) throws(SystemError) -> Bool {
        guard let found = try KernelKeyring.search(description: description(of: header)) else { return false }
        try KernelKeyring.remove(found)
        return true
    }

    /// The seconds of a duration written as a whole number and a unit: `30s`, `15m`, `2h`; nil for
    /// anything else, zero included. The caller holds it to ``longestSeconds``.
    public static func seconds(_ text: String) -> Int? {
        guard let unit = text.last, let count = Int(text.dropLast()), count > 0, text.first?.isASCII == true,
            text.dropLast().allSatisfy({ $0.isASCII && $0.isNumber }), text.count <= 7
        else { return nil }
        switch unit {
        case "s": return count
        case "m": return count * 60
        case "h": return count * 3600
        default: return nil
        }
    }
}
