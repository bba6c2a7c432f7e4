import Foundation
import Outcomes
import TestSupport
import Testing

@testable import Casework
@testable import Stores

/// Issue 12, M4, for the public outcomes log: a log cut back below its own signed checkpoint is refused
/// on open (every publish signs one), with both sizes named, and the disk left as it was.
@Suite("OutcomeStore: a log cut back below its checkpoint refuses to open")
struct OutcomeStoreTests {
    @Test func anOutcomesLogCutBelowItsCheckpointRefusesToOpen() throws {
        let folder = TemporaryDirectory("outcomes-cut")
        let open = {
            try OutcomeStore(dataDirectory: folder.path, origin: "test.candor/outcomes", catalog: bundledCatalog)
        }
        let store = try open()
        let segment = folder.child("outcomes/segment-0000000000000000.log")
        let inspector = TestInspectors.key(1)
        for id in ["1111111111111111", "2222222222222222"] {
            _ = try store.publish(
                PublicOutcomeTests.sample(id: id).entry(signedWith: PublicOutcomeTests.signer), signer: inspector)
        }
        let boundary = try #require(FileManager.default.attributesOfItem(atPath: segment)[.size] as? NSNumber)
        _ = try store.publish(
            PublicOutcomeTests.sample(id: "3333333333333333").entry(signedWith: PublicOutcomeTests.signer),
            signer: inspector)
        store.close()

        let handle = try #require(FileHandle(forUpdatingAtPath: segment))
        try handle.truncate(atOffset: boundary.uint64Value)
        try handle.close()
        let refused = storeError { try open() }
        #expect(
            refused?.description == "the outcomes log has 2 records but its last signed checkpoint covers 3: "
                + "records were removed")
        #expect(try FileManager.default.attributesOfItem(atPath: segment)[.size] as? NSNumber == boundary)
    }
}
