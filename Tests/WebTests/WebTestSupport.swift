import Casework
import Foundation
import HTTP
import Sodium
import Synchronization
import Testing

@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Web

/// A clock the test moves by hand.
final class ManualClock: WallClock {
    private let time = Mutex<Double>(1_800_000_000)
    var now: Date { Date(timeIntervalSince1970: time.withLock { $0 }) }
    func advance(_ seconds: Double) { time.withLock { $0 += seconds } }
}

extension InspectorAuthenticatorTests.Inspector {
    /// A POST of `body` to `target`, signed by this inspector at `time`, answered by `router`: the
    /// status and the JSON reply.
    func signedPost(_ body: [UInt8], to target: String, time: Int64, router: Router) throws -> (Int, [String: Any]) {
        let request = try HTTPRequest(
            method: .post, target: target,
            headers: HTTPHeaders(
                [("Host", "localhost"), ("Content-Type", "application/octet-stream")]
                    + fields(method: "POST", target: target, body: body, time: time, nonce: Random.bytes(count: 16))),
            body: body)
        let response = router.respond(to: request)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        return (response.status.code, json)
    }
}
