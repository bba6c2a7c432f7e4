import Catalogue
import Foundation
import Ledger
import Sodium
import Testing

@testable import Casework
@testable import Stores
@testable import Transparency

// Helpers shared by the Casework tests.

/// A fresh directory under the system temp folder, removed when the value is released.
final class TemporaryDirectory: @unchecked Sendable {
    let path: String

    init(_ name: String = #function) {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        path = NSTemporaryDirectory() + "candor-casework-\(safe.prefix(40))-\(UUID().uuidString.prefix(8))"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func child(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// A deterministic random source (SplitMix64), so tokens and keys in tests are reproducible.
final class SeededRandom: RandomSource, @unchecked Sendable {
    // @unchecked: `state` is only touched under `lock`.
    private let lock = NSLock()
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    func bytes(count: Int) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return (0..<count).map { _ in
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return UInt8(truncatingIfNeeded: z ^ (z >> 31))
        }
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

extension Array where Element == UInt8 {
    /// Bytes from hex; whitespace is ignored so long vectors can be split across lines.
    init(hex: String) {
        self = [UInt8](hexString: hex.filter { !$0.isWhitespace })!
    }

    var hex: String { hexString }

    func flippingBit(_ bit: Int, ofByte index: Int) -> [UInt8] {
        var copy = self
        copy[index] ^= 1 << UInt8(bit % 8)
        return copy
    }

    /// Whether `needle` occurs anywhere in these bytes.
    func contains(bytes needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        var start = startIndex
        while let first = self[start...].firstIndex(of: needle[0]), first + needle.count <= endIndex {
            if self[first..<(first + needle.count)].elementsEqual(needle) { return true }
            start = first + 1
        }
        return false
    }
}

/// The error of type `E` that `body` throws, or nil if it succeeds.
func thrown<E: Error, T>(_: E.Type, _ body: () throws -> T) -> E? {
    do {
        _ = try body()
        return nil
    } catch let error as E {
        return error
    } catch {
        Issue.record("unexpected error type: \(error)")
        return nil
    }
}

/// The `CaseworkError` that `body` throws, or nil if it succeeds.
func caseworkError<T>(_ body: () throws -> T) -> CaseworkError? { thrown(CaseworkError.self, body) }

/// The `StoreError` that `body` throws, or nil if it succeeds.
func storeError<T>(_ body: () throws -> T) -> StoreError? { thrown(StoreError.self, body) }

/// The `CatalogueError` that `body` throws, or nil if it succeeds.
func catalogueError<T>(_ body: () throws -> T) -> CatalogueError? { thrown(CatalogueError.self, body) }

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
