import Foundation
import TestSupport
import Testing

@testable import Ledger

/// Deterministic payloads, so a test can say what record `i` must hold.
func payload(_ i: Int, size: Int = 100) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: size)
    var x = UInt64(truncatingIfNeeded: i) &* 0x9E37_79B9_7F4A_7C15 &+ 1
    for j in 0..<size {
        x ^= x << 13
        x ^= x >> 7
        x ^= x << 17
        bytes[j] = UInt8(truncatingIfNeeded: x)
    }
    return bytes
}

func options(segmentSize: Int = 64 << 20, fileSystem: (any FileSystem)? = nil) -> Ledger.Options {
    var options = Ledger.Options()
    options.segmentSize = segmentSize
    if let fileSystem { options.fileSystem = fileSystem }
    return options
}

/// Files of the ledger directory that are segments, sorted.
func segmentFiles(_ directory: String) -> [String] {
    (try! FileManager.default.contentsOfDirectory(atPath: directory)).filter {
        $0.hasPrefix("segment-") && $0.hasSuffix(".log")
    }.sorted().map { directory + "/" + $0 }
}

/// Flips one bit of a file in place.
func flipBit(in path: String, at offset: Int, bit: UInt8 = 0x01) {
    let handle = FileHandle(forUpdatingAtPath: path)!
    defer { try! handle.close() }
    try! handle.seek(toOffset: UInt64(offset))
    let byte = try! handle.read(upToCount: 1)!
    try! handle.seek(toOffset: UInt64(offset))
    try! handle.write(contentsOf: Data([byte[0] ^ bit]))
}

func appendBytes(to path: String, _ bytes: [UInt8]) {
    let handle = FileHandle(forUpdatingAtPath: path)!
    defer { try! handle.close() }
    try! handle.seekToEnd()
    try! handle.write(contentsOf: Data(bytes))
}

func truncateFile(_ path: String, to size: Int) {
    let handle = FileHandle(forUpdatingAtPath: path)!
    defer { try! handle.close() }
    try! handle.truncate(atOffset: UInt64(size))
}

/// The `LedgerError` that `body` throws, or nil if it succeeds. (Matching enum payloads in `catch`
/// clauses crashes this compiler version in some test functions, so tests match on the returned value.)
func ledgerError<T>(_ body: () throws -> T) -> LedgerError? {
    thrownError(LedgerError.self, body)
}
