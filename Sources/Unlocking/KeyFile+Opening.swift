import Casework
import Foundation
import Keys
import Sodium
import System

// Opening a key file: the only code that reads an inspector's private key. It lives apart from Keys
// (which makes and writes key files) so that candor-server, which writes the demo key, carries none of it.
extension KeyFile {
    /// Parses the header, checking the structure only; `path` is for messages.
    public static func header(of bytes: [UInt8], path: String) throws(InspectionError) -> Header {
        guard bytes.starts(with: magic) else {
            if bytes.starts(with: magicPrefix) {
                let word = bytes.dropFirst(magicPrefix.count).prefix { $0 > 0x20 && $0 < 0x7f }.prefix(16)
                throw .unsupportedVersion(path: path, version: String(decoding: word, as: UTF8.self))
            }
            if looksLikePublicKeyFile(bytes, path: path) { throw .publicKeyFileGiven(path: path) }
            throw .notAKeyFile(path: path)
        }
        guard bytes.count > magic.count else { throw .damaged(path: path, reason: "it ends after the first line") }
        let nameCount = Int(bytes[magic.count])
        guard (1...64).contains(nameCount) else {
            throw .damaged(path: path, reason: "the name length \(nameCount) is not 1 to 64")
        }
        let expected = fixedByteCount + nameCount
        guard bytes.count >= expected else {
            throw .damaged(path: path, reason: "truncated: \(bytes.count) bytes where a key file has \(expected)")
        }
        guard bytes.count == expected else {
            throw .damaged(path: path, reason: "\(bytes.count - expected) unexpected bytes after the end")
        }
        var at = magic.count + 1
        func take(_ count: Int) -> [UInt8] {
            defer { at += count }
            return Array(bytes[at..<(at + count)])
        }
        // A name that is not an inspector name could not have been written by `seal`, and one that is not
        // UTF-8 would not even read back as the same bytes: the file is refused before any Argon2id work.
        guard let name = String(validating: take(nameCount), as: UTF8.self), InspectorKey.isValidName(name) else {
            throw .damaged(path: path, reason: "its name is not an inspector name")
        }
        let algorithm = take(1)[0]
        guard algorithm == argon2id else {
            throw .damaged(path: path, reason: "unknown key derivation algorithm \(algorithm)")
        }
        let ops = integer(take(4))
        let mem = integer(take(8))
        guard (1...UInt64(maximumOpsLimit)).contains(ops) else {
            throw .damaged(path: path, reason: "Argon2id passes \(ops) are not 1 to \(maximumOpsLimit)")
        }
        guard (8192...UInt64(maximumMemLimit)).contains(mem), mem % 1024 == 0 else {
            throw .damaged(
                path: path, reason: "Argon2id memory \(mem) is not a whole number of KiB from 8 KiB to 1 GiB")
        }
        let salt = take(PasswordHash.saltByteCount)
        let check = take(checkByteCount)
        let nonce = take(XChaCha20Poly1305.nonceByteCount)
        let associatedData = Array(bytes[..<at])
        let ciphertext = take(ciphertextByteCount)
        return Header(
            name: name, limits: .init(opsLimit: Int(ops), memLimit: Int(mem)), salt: salt, check: check, nonce: nonce,
            associatedData: associatedData, ciphertext: ciphertext)
    }

    /// Opens a key file's bytes with `passphrase`; `path` is for messages.
    ///
    /// A structural problem, or a ciphertext that does not authenticate, is
    /// ``InspectionError/damaged(path:reason:)``; a passphrase whose check does not match is
    /// ``InspectionError/wrongPassphrase(path:)``. Nothing is released unless the AEAD authenticates.
    public static func open(_ bytes: [UInt8], passphrase: SecureBytes, path: String) throws(InspectionError)
        -> InspectorPrivateKey
    {
        try openKeepingKey(bytes, passphrase: passphrase, path: path).privateKey
    }

    /// Opens a key file's bytes with `passphrase`, as ``open(_:passphrase:path:)``, and also returns the
    /// AEAD key Argon2id derived: what `candor-inspect unlock` keeps in the kernel keyring.
    public static func openKeepingKey(_ bytes: [UInt8], passphrase: SecureBytes, path: String)
        throws(InspectionError) -> (privateKey: InspectorPrivateKey, aeadKey: SecureBytes)
    {
        let header = try header(of: bytes, path: path)
        let (aeadKey, check) = try derive(passphrase: passphrase, salt: header.salt, limits: header.limits, path: path)
        // Constant time (sodium_memcmp), though the check is no more a secret than the AEAD tag is.
        guard check == SecureBytes(header.check) else { throw .wrongPassphrase(path: path) }
        return (try open(header, aeadKey: aeadKey, path: path), aeadKey)
    }

    /// Opens a parsed key file with its AEAD key (KeyFile.md, Opening, steps 4 and 5): no Argon2id runs.
    ///
    /// A key that does not authenticate the file is ``InspectionError/damaged(path:reason:)``, as in
    /// ``open(_:passphrase:path:)``.
    public static func open(_ header: Header, aeadKey: SecureBytes, path: String) throws(InspectionError)
        -> InspectorPrivateKey
    {
        var seeds: [UInt8]
        do {
            seeds = try XChaCha20Poly1305.decrypt(
                header.ciphertext, key: aeadKey, nonce: header.nonce, authenticating: header.associatedData)
        } catch {
            throw .damaged(path: path, reason: "the sealed keys or the header do not authenticate")
        }
        defer { wipe(&seeds) }
        let sealingSeed = SecureBytes(seeds[0..<32])
        let signingSeed = SecureBytes(seeds[32..<64])
        do {
            return try InspectorPrivateKey(name: header.name, sealingSeed: sealingSeed, signingSeed: signingSeed)
        } catch {
            throw .damaged(path: path, reason: "it names no valid inspector")
        }
    }

    /// Reads and opens the key file at `path`.
    public static func load(path: String, passphrase: SecureBytes) throws(InspectionError) -> InspectorPrivateKey {
        try open(read(path: path), passphrase: passphrase, path: path)
    }

    /// The bytes of the file at `path`, at most a little more than any key file.
    ///
    /// - Throws: ``InspectionError/readableByOthers(path:mode:)`` for a key file whose mode gives group or
    ///   others any permission (`chmod 600` fixes it).
    public static func read(path: String) throws(InspectionError) -> [UInt8] {
        let file: FileDescriptor
        do {
            file = try FileDescriptor.open(path, .readOnly)
        } catch  where error.errno == Errno.noSuchFile {
            throw .io(path: path, reason: "there is no such file; check the path given to --key")
        } catch {
            throw failure(error, path: path)
        }
        let info: FileDescriptor.Status
        do { info = try file.status(path: path) } catch { throw failure(error, path: path) }
        guard info.isRegularFile else { throw .notAKeyFile(path: path) }
        var buffer: [UInt8]
        // One byte more than the limit, so that a longer file is seen as longer.
        do { buffer = try file.read(upTo: maximumByteCount + 1, path: path) } catch { throw failure(error, path: path) }
        // Checked on the open descriptor, so the file judged is the file read. Only a key file is held
        // to it: another file given by mistake gets the message that says what it is.
        let mode = Int(info.permissions)
        if buffer.starts(with: magicPrefix) && mode & 0o077 != 0 {
            wipe(&buffer)
            throw .readableByOthers(path: path, mode: mode)
        }
        return buffer
    }

}
