import Catalogue
import Deployment
import Foundation
import Ledger
import Sodium
import TestSupport
import Testing

@testable import Casework
@testable import Stores
@testable import Transparency

// Helpers shared by the Casework tests.

/// A deterministic random source (SplitMix64), so tokens and keys in tests are reproducible.
final class SeededRandom: RandomSource, @unchecked Sendable {
    // @unchecked: `generator` is only touched under `lock`.
    private let lock = NSLock()
    private var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    func bytes(count: Int) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    }
}

/// Bytes start, start + 1, … (mod 256), in order across calls: the source of the published vectors,
/// simple enough to describe in one line of Envelope.md.
final class CountingRandom: RandomSource, @unchecked Sendable {
    private let lock = NSLock()
    private var next: UInt8

    init(start: UInt8) { next = start }

    func bytes(count: Int) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return (0..<count).map { _ in
            defer { next &+= 1 }
            return next
        }
    }
}

/// A clock pinned to one instant.
struct FixedClock: WallClock {
    var now: Date
    /// 2026-05-04 10:00 in Vietnam.
    static let may2026 = FixedClock(now: Date(timeIntervalSince1970: 1_777_863_600))
}

/// The `CaseworkError` that `body` throws, or nil if it succeeds.
func caseworkError<T>(_ body: () throws -> T) -> CaseworkError? { thrownError(CaseworkError.self, body) }

/// The `StoreError` that `body` throws, or nil if it succeeds.
func storeError<T>(_ body: () throws -> T) -> StoreError? { thrownError(StoreError.self, body) }

/// The `CatalogueError` that `body` throws, or nil if it succeeds.
func catalogueError<T>(_ body: () throws -> T) -> CatalogueError? { thrownError(CatalogueError.self, body) }

/// Test inspectors with keys from fixed seeds.
enum TestInspectors {
    static func privateKey(_ number: UInt8) -> SealedBox.PrivateKey {
        try! SealedBox.PrivateKey(seed: SecureBytes([UInt8](repeating: number, count: 32)))
    }

    static func signingKey(_ number: UInt8) -> Signing.PrivateKey {
        try! Signing.PrivateKey(seed: SecureBytes([UInt8](repeating: number &+ 0x80, count: 32)))
    }

    static func key(_ number: UInt8, name: String? = nil) -> InspectorKey {
        try! InspectorKey(
            name: name ?? "inspector-\(number)", sealingKey: privateKey(number).publicKey,
            signingKey: signingKey(number).publicKey)
    }

    static let two = try! InspectorKeys([key(1), key(2)])
}

let bundledCatalog = try! Catalog.bundled()

/// A report that passes validation.
func sampleReport(account: String = "Cán bộ đòi 500.000 đồng để nhận hồ sơ.") -> Report {
    Report(
        province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Phòng CSGT Công an phường Ba Đình",
        misconduct: ["hoi-lo", "sach-nhieu"], account: account, month: 4, year: 2026)
}

/// An intake store in a temporary data folder.
func makeStore(
    _ directory: TemporaryDirectory, signer: NoteSigner? = nil, resolved: Bool = false,
    configure: (inout IntakeStore.Configuration) -> Void = { _ in }
) throws -> IntakeStore {
    var configuration = IntakeStore.Configuration(catalog: bundledCatalog)
    configuration.clock = FixedClock.may2026
    configuration.checkpointSigner = signer
    if resolved { configuration.isResolved = { _ in true } }
    configure(&configuration)
    return try IntakeStore(
        dataDirectory: directory.child("data"), inspectorKeys: TestInspectors.two, configuration: configuration)
}

/// A version 1 envelope, sealed by hand from Envelope.md's version 1 table with Sodium's primitives:
/// what logs written before version 2 hold. Casework itself no longer seals this version.
func sealVersion1(
    _ plaintext: [UInt8], kind: Envelope.Kind, caseTag: CaseTag, replyKey: SealedBox.PublicKey,
    recipients: [SealedBox.PublicKey]
) throws -> [UInt8] {
    let contentKey = SecureBytes.random(count: 32)
    let nonce = SystemRandom().bytes(count: 24)
    var header: [UInt8] = [1, kind.rawValue] + caseTag.rawRepresentation + replyKey.rawRepresentation
    header.append(UInt8(recipients.count))
    for recipient in recipients { header += Envelope.keyID(of: recipient) }
    header += nonce
    let body = try XChaCha20Poly1305.encrypt(
        Padding.pad(plaintext), key: contentKey, nonce: nonce, authenticating: header)
    return header + recipients.flatMap { SealedBox.seal(contentKey, to: $0) } + body
}

/// A clock that a test moves forward.
final class SteppingClock: WallClock, @unchecked Sendable {
    // @unchecked: `current` is only touched under `lock`.
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = FixedClock.may2026.now) { current = start }

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func advance(days: Int) {
        lock.lock()
        defer { lock.unlock() }
        current += TimeInterval(days * 86_400)
    }
}
