import API
import Testing
import Transparency

@testable import InspectorWeb

extension InspectorSyncAPITests {
    /// What candor-inspect sync reads is API's bodies, as the server writes them.
    @Test func theRepliesAreAPIsBodies() throws {
        #expect(WhoamiReply(jsonBytes: try get("/api/v1/inspect/whoami").body) == WhoamiReply(inspector: "lan"))
        try submit(3)
        let old = try checkpoint()
        try submit(3)
        let new = try checkpoint()
        let proof = try #require(ConsistencyReply(jsonBytes: try get("/api/v1/inspect/consistency?from=4&to=7").body))
        #expect(proof.from == 4 && proof.to == 7)
        try ConsistencyProof(oldSize: 4, newSize: 7, hashes: proof.hashes).verify(
            oldRoot: old.rootHash, newRoot: new.rootHash)
        let refused = try get("/api/v1/inspect/consistency?from=7&to=4")
        #expect(refused.status == .badRequest)
        #expect(try #require(ErrorReply(jsonBytes: refused.body)).error == "bad_request")
    }
}
