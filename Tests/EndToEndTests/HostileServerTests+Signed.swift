import API
import Foundation
import Testing
import Web

/// The hostile requests of the API's two guards: the proof of work (forged, huge, reused, short) and
/// the inspectors' signed requests (unsigned, garbage, forged, stale, replayed; garbage and oversized
/// events).
extension HostileServerTests {
    func proofOfWorkAndInspectorRequests() throws -> [Hostile] {
        func raw(
            _ method: String, _ target: String, _ headers: [(String, String)] = [], body: [UInt8] = [],
            length: Int? = nil
        )
            -> [UInt8]
        { Self.raw(method, target, headers, body: body, length: length) }
        let js = Self.jsonType
        var list: [Hostile] = []
        func add(_ name: String, _ bytes: [UInt8], _ status: Int, _ answer: Answer) {
            list.append(Hostile(name: name, bytes: bytes, status: status, answer: answer))
        }

        // Proof of work: forged, huge, reused, insufficient.
        let real = try challenge()
        let parts = real.split(separator: ".", maxSplits: 1)
        func submission(_ challenge: String, _ counter: String, report: String? = Self.reportJSON) -> [UInt8] {
            Array(
                #"{"challenge":"\#(challenge)","counter":\#(counter)\#(report.map { #","report":\#($0)"# } ?? "")}"#
                    .utf8)
        }
        add(
            "forged challenge",
            raw("POST", "/api/v1/reports", [js], body: submission("8.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "0")),
            403, .json(nil))
        add(
            "difficulty lowered to 0", raw("POST", "/api/v1/reports", [js], body: submission("0.\(parts[1])", "0")),
            403, .json("proof_of_work_forged"))
        add(
            "difficulty above 40", raw("POST", "/api/v1/reports", [js], body: submission("99.\(parts[1])", "0")), 403,
            .json("proof_of_work_malformed"))
        add(
            "insufficient work",
            raw("POST", "/api/v1/reports", [js], body: submission(real, String(Hashcash.failingCounter(real)))), 403,
            .json("proof_of_work_insufficientWork"))
        add(
            "a 1 MB challenge",
            raw("POST", "/api/v1/reports", [js], body: submission("8." + String(repeating: "A", count: 1 << 20), "0")),
            403, .json(nil))
        add(
            "counter of 1e30", raw("POST", "/api/v1/reports", [js], body: submission(real, "1e30")), 400,
            .json("invalid_json"))
        add(
            "counter of 2^64", raw("POST", "/api/v1/reports", [js], body: submission(real, "18446744073709551616")),
            400, .json("invalid_json"))
        add(
            "negative counter", raw("POST", "/api/v1/reports", [js], body: submission(real, "-1")), 400,
            .json("invalid_json"))
        add(
            "counter as a string of 100 KB",
            raw(
                "POST", "/api/v1/reports", [js],
                body: submission(real, "\"" + String(repeating: "9", count: 100_000) + "\"")), 400,
            .json("invalid_json"))
        let spent = try challenge()
        let counter = String(try #require(Hashcash.solve(spent)))
        let invalidReport = #"{"province":"nowhere","procedure":"x","agency":"","misconduct":[],"account":"","year":1}"#
        add(
            "a solved challenge with an invalid report",
            raw("POST", "/api/v1/reports", [js], body: submission(spent, counter, report: invalidReport)), 422,
            .json("invalid"))
        add(
            "the same challenge again", raw("POST", "/api/v1/reports", [js], body: submission(spent, counter)), 403,
            .json("proof_of_work_alreadyUsed"))
        let solved = try challenge()
        let solvedCounter = try #require(Hashcash.solve(solved))
        add(
            "a solved challenge with a garbage envelope",
            raw(
                "POST", "/api/v1/reports", [js],
                body: Array(
                    #"{"challenge":"\#(solved)","counter":\#(solvedCounter),"envelope":"not base64!"}"#
                        .utf8)),
            400, .json("invalid_envelope"))

        // Signed inspector routes: unsigned, garbage, forged, stale, replayed; events with garbage bodies.
        let checkpoint = "/api/v1/inspect/checkpoint"
        add("inspector route unsigned", raw("GET", checkpoint), 401, .json("unsigned_request"))
        var garbage = inspector.headers("GET", checkpoint)
        garbage[3].1 = Data((0..<64).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
        add("inspector route with a random signature", raw("GET", checkpoint, garbage), 403, .json("invalid_signature"))
        var notBase64 = inspector.headers("GET", checkpoint)
        notBase64[3].1 = "!!!! not base64 ~~~~"
        add(
            "inspector route with a signature that is not base64", raw("GET", checkpoint, notBase64), 403,
            .json("invalid_signature"))
        var long = inspector.headers("GET", checkpoint)
        long[3].1 = String(repeating: "QUFB", count: 2000)
        add("inspector route with an 8 KB signature", raw("GET", checkpoint, long), 403, .json("invalid_signature"))
        var stranger = inspector.headers("GET", checkpoint)
        stranger[0].1 = "mallory"
        add("inspector route in an unknown name", raw("GET", checkpoint, stranger), 401, .json("unknown_inspector"))
        let otherTarget = inspector.headers("GET", "/api/v1/inspect/whoami")
        add("a signature for another route", raw("GET", checkpoint, otherTarget), 403, .json("invalid_signature"))
        let stale = inspector.signer.headers(
            method: "GET", target: checkpoint, body: [], time: Int64(Date().timeIntervalSince1970) - 3600,
            nonce: (0..<16).map { _ in UInt8.random(in: 0...255) })
        add("inspector route signed an hour ago", raw("GET", checkpoint, stale), 403, .json("stale_request"))
        let once = inspector.headers("GET", "/api/v1/inspect/whoami")
        add("a signed whoami", raw("GET", "/api/v1/inspect/whoami", once), 200, .json(nil))
        add(
            "the same signed whoami replayed", raw("GET", "/api/v1/inspect/whoami", once), 403,
            .json("replayed_request"))
        add(
            "signature field repeated", raw("GET", checkpoint, inspector.headers("GET", checkpoint) + [once[3]]), 401,
            .json("unsigned_request"))
        for query in [
            "records?from=0&count=99999999999&to=1", "records?from=x&count=1&to=1", "records?from=0&count=0&to=1",
            "records?from=18446744073709551615&count=1&to=1", "consistency?from=5&to=1", "consistency?from=0&to=99",
            "consistency?from=0&from=0&to=1", "records?from=%00&count=1&to=1",
        ] {
            let target = "/api/v1/inspect/" + query
            add("signed \(query)", raw("GET", target, inspector.headers("GET", target)), 400, .json(nil))
        }
        let events = "/api/v1/inspect/events"
        for (name, body) in [
            ("garbage bytes", (0..<512).map { _ in UInt8.random(in: 0...255) }),
            ("an empty JSON object", Array("{}".utf8)),
            ("a JSON array", Array("[1,2,3]".utf8)), ("an empty body", []),
        ] as [(String, [UInt8])] {
            add(
                "signed event of \(name)",
                raw("POST", events, [js] + inspector.headers("POST", events, body: body), body: body), 400,
                .json("malformed_event"))
        }
        let junk = Array("garbage event".utf8)
        add("unsigned event of garbage", raw("POST", events, [js], body: junk), 401, .json("unsigned_request"))
        add(
            "event signed for another body",
            raw("POST", events, [js] + inspector.headers("POST", events, body: Array("x".utf8)), body: junk), 403,
            .json("invalid_signature"))
        add(
            "event announcing 50 MB", raw("POST", events, [js] + inspector.headers("POST", events), length: 50 << 20),
            413, .json("too_large"))
        let deep = [UInt8](repeating: UInt8(ascii: "["), count: 500_000)
        add(
            "signed event nested 500,000 deep",
            raw("POST", events, [js] + inspector.headers("POST", events, body: deep), body: deep), 400,
            .json("malformed_event"))
        let big = [UInt8](repeating: 0x7B, count: (1 << 20) + 8192)
        add(
            "signed event of 1 MB and more",
            raw("POST", events, [js] + inspector.headers("POST", events, body: big), body: big), 413, .json("too_large")
        )
        return list
    }
}
