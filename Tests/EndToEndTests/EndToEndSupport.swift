import Foundation
import Keys
import Mirroring
import Sodium
import Testing
import Unlocking

/// An inspector key pair made with `candor-inspect keygen`, and a signer of requests with it.
struct TestInspector {
    let name: String
    let keyFile: String
    let signer: RequestSigner

    /// Makes `name`'s key in `folder`, puts its public key in `keys`.
    init(name: String, folder: String, keys: String) throws {
        self.name = name
        keyFile = "\(folder)/\(name).candor-key"
        let made = try Binaries.run("candor-inspect", ["keygen", "--name", name, "--out", keyFile], in: folder)
        try #require(made.status == 0, "\(made.stderr)")
        try made.stdout.write(toFile: "\(keys)/\(name).pub", atomically: true, encoding: .utf8)
        let passphrase = SecureBytes(Array(Binaries.environment["CANDOR_PASSPHRASE"]!.utf8))
        signer = RequestSigner(key: try KeyFile.load(path: keyFile, passphrase: passphrase))
    }

    func headers(_ method: String, _ target: String, body: [UInt8] = []) -> [(String, String)] {
        signer.headers(method: method, target: target, body: body)
    }
}

/// The proof of work of the API, solved on the client (ProofOfWork.swift in Web).
enum ClientProofOfWork {
    static func leadingZeroBits(challenge: String, counter: UInt64) -> Int {
        var input = Array(challenge.utf8)
        withUnsafeBytes(of: counter.bigEndian) { input.append(contentsOf: $0) }
        let hash = GenericHash.hash(input)
        var bits = 0
        for byte in hash {
            if byte == 0 {
                bits += 8
                continue
            }
            bits += byte.leadingZeroBitCount
            break
        }
        return bits
    }

    static func solve(_ challenge: String) -> UInt64 {
        let difficulty = challenge.split(separator: ".").first.flatMap { Int($0) } ?? 0
        var counter: UInt64 = 0
        while leadingZeroBits(challenge: challenge, counter: counter) < difficulty { counter += 1 }
        return counter
    }

    /// A counter that does not reach the challenge's difficulty.
    static func failing(_ challenge: String) -> UInt64 {
        let difficulty = challenge.split(separator: ".").first.flatMap { Int($0) } ?? 0
        var counter: UInt64 = 1
        while leadingZeroBits(challenge: challenge, counter: counter) >= difficulty { counter += 1 }
        return counter
    }
}

/// Every file under `folder`, relative path to bytes: a snapshot to compare, or to scan.
func snapshot(_ folder: String) -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return files }
    while let relative = walker.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let path = folder + "/" + relative
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let data = FileManager.default.contents(atPath: path)
        else { continue }
        files[relative] = Array(data)
    }
    return files
}
