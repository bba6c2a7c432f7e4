import Foundation
import TestSupport
import Testing

@testable import Ledger

/// `forEachIndexedKey(withPrefix:_:)`: one pass over the key index finds every entry whose key starts
/// with a prefix, as the lookups of each key would.
@Suite("Ledger: key index scans")
struct KeyScanTests {
    @Test func aScanFindsWhatTheLookupsFind() throws {
        let folder = TemporaryDirectory("scan")
        var options = options()
        // Each record is indexed under its first 3 payload bytes, and a long key (never inline) too.
        options.indexKeys = { view in [view.payloadPrefix(3), view.payloadPrefix(3) + [UInt8](repeating: 1, count: 40)]
        }
        let ledger = try Ledger.open(at: folder.path, options: options)
        defer { ledger.close() }
        for i in 0..<300 {
            _ = try ledger.appendAndWait(type: 1, payload: [UInt8(ascii: i % 3 == 0 ? "W" : "T"), UInt8(i % 7), 9, 4])
        }
        var found: [[UInt8]: [UInt64]] = [:]
        try ledger.forEachIndexedKey(withPrefix: [UInt8(ascii: "W")]) { key, record in
            found[Array(key), default: []].append(record)
        }
        #expect(found.keys.count == 7)
        for (key, records) in found {
            #expect(key.count == 3)
            #expect(records == ledger.records(forKey: key))
        }
        var all = 0
        try ledger.forEachIndexedKey(withPrefix: []) { _, _ in all += 1 }
        #expect(all == 300, "every inline key, and no long one")
    }
}
