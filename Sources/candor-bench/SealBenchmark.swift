import Commands
import Foundation
import Sodium

/// `candor-bench seal`: how fast a report can be sealed for the inspectors and opened by one of them.
///
/// A seal here is what intake will do per report: Padmé-pad the plaintext, encrypt it with
/// XChaCha20-Poly1305 under a fresh content key, and seal that key to each recipient with
/// `crypto_box_seal`. An open is one recipient's `crypto_box_seal_open`, the AEAD decrypt and unpad.
struct SealBenchmark {
    let json: Bool
    let seconds: Double
    let reportBytes: Int
    let recipients: Int

    init(_ arguments: ParsedArguments) throws(Problem) {
        json = arguments.flag("--json")
        seconds = Double(try arguments.count("--seconds", default: 2))
        reportBytes = try arguments.count("--report-bytes", default: 4096)
        recipients = try arguments.count("--recipients", default: 3)
    }

    func run() throws {
        let keys = (0..<recipients).map { _ in SealedBox.PrivateKey() }
        let plaintext = Random.bytes(count: reportBytes)
        var sealed: (boxes: [[UInt8]], body: [UInt8]) = ([], [])

        let sealRate = try rate {
            let contentKey = XChaCha20Poly1305.generateKey()
            let body = try XChaCha20Poly1305.seal(Padding.pad(plaintext), key: contentKey)
            let boxes = contentKey.withUnsafeBytes { key in keys.map { SealedBox.seal(key, to: $0.publicKey) } }
            sealed = (boxes, body)
        }
        let openRate = try rate {
            let contentKey = try SealedBox.open(sealed.boxes[0], with: keys[0])
            let plain = try Padding.unpad(XChaCha20Poly1305.open(sealed.body, key: contentKey))
            precondition(plain.count == reportBytes)
        }
        // Baseline: the AEAD alone over the same padded bytes, to show what the public-key part costs.
        let padded = Padding.pad(plaintext)
        let aeadKey = XChaCha20Poly1305.generateKey()
        let aeadRate = try rate { _ = try XChaCha20Poly1305.seal(padded, key: aeadKey) }
        report(
            [
                ("sealsPerSecond", sealRate),
                ("opensPerSecond", openRate),
                ("reportBytes", reportBytes),
                ("paddedBytes", padded.count),
                ("recipients", recipients),
                ("aeadOnlyPerSecond", aeadRate),
                ("sealToAeadRatio", sealRate / aeadRate),
            ], json: json, title: "candor-bench seal (\(reportBytes)-byte report, \(recipients) recipients)")
    }

    private func rate(_ body: () throws -> Void) throws -> Double {
        for _ in 0..<50 { try body() }  // warm-up
        var count = 0
        let start = now()
        while now() - start < seconds {
            for _ in 0..<20 { try body() }
            count += 20
        }
        return Double(count) / (now() - start)
    }
}
