import API
import Foundation
import Testing

/// Every body round-trips through the one writer and reader, and writes the bytes the server wrote when
/// its replies were dictionaries given to `JSONSerialization` with `.sortedKeys` (the oracle here).
@Suite("API bodies: the wire format as types")
struct BodyTests {
    static func oracle(_ object: Any) throws -> [UInt8] {
        Array(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
    }

    static func expectRoundTrip<Body: APIBody>(_ body: Body, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(Body(jsonBytes: body.jsonBytes) == body, sourceLocation: sourceLocation)
    }

    static let report = ReportBody(
        province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "UBND / phường", commune: "c",
        misconduct: ["hoi-lo", "cham-tre"], account: "\"phí\" \\ 500.000\n\u{01}é😀", month: 4, year: 2026)

    @Test func everyBodyRoundTrips() {
        Self.expectRoundTrip(Self.report)
        Self.expectRoundTrip(Submission(challenge: "16.abc", counter: .max, report: Self.report))
        Self.expectRoundTrip(Submission(challenge: "0.x", counter: 0, envelope: "AAEC"))
        Self.expectRoundTrip(TokenBody(token: "T", level: "good", comment: "ok", challenge: "c", counter: 9))
        Self.expectRoundTrip(TokenBody(token: "T"))
        Self.expectRoundTrip(ChallengeReply(challenge: "20.abc", difficulty: 20))
        Self.expectRoundTrip(
            KeysReply(inspectors: [.init(name: "Thanh tra", keyId: "0a1b", sealingKey: "AAA=")], log: "log+key"))
        Self.expectRoundTrip(SubmissionReply(token: "ABCD-EFGH", index: 7, receipt: "/receipt/7"))
        Self.expectRoundTrip(IndexReply(index: .max))
        Self.expectRoundTrip(CaseTagReply(caseTag: String(repeating: "ab", count: 32)))
        Self.expectRoundTrip(
            StatusReply(
                timeline: [
                    .init(kind: "report", month: "04/2026", text: "t"),
                    .init(kind: "reply", month: "05/2026", text: "", note: "unsigned"),
                ],
                resolved: false, canRate: true))
        Self.expectRoundTrip(
            ErrorReply(error: "invalid", message: "m", fields: [.init(field: "level", code: "missing")]))
        Self.expectRoundTrip(WhoamiReply(inspector: "Nguyễn"))
        Self.expectRoundTrip(ConsistencyReply(from: 1, to: .max, hashes: [[UInt8](repeating: 0xAB, count: 32)]))
        Self.expectRoundTrip(PublishedReply(index: 3, checkpoint: "origin\n3\nroot\n\n— key sig\n"))
        Self.expectRoundTrip(OutcomesPage(size: 2, checkpoint: "note", outcomes: [Self.outcome]))
    }

    static let outcome = OutcomesPage.Outcome(
        index: 1, keyID: "0011223344556677", id: "0123456789abcdef", province: "hue", agency: "UBND",
        procedure: "khac", kinds: ["khac"], outcome: "can-bo-canh-cao", outcomeLabel: "Cảnh cáo", summary: "s/t",
        monthReceived: "2026-04", monthResolved: "2026-05", resolvedWithin: "16-30", deadlineMet: true,
        daysToResolve: 21)

    @Test func repliesAreTheBytesJSONSerializationWrote() throws {
        #expect(
            ChallengeReply(challenge: "0.a/b", difficulty: 0).jsonBytes
                == (try Self.oracle(["challenge": "0.a/b", "difficulty": 0])))
        #expect(
            SubmissionReply(token: "T", index: 12, receipt: "/receipt/12").jsonBytes
                == (try Self.oracle(["token": "T", "index": 12, "receipt": "/receipt/12"])))
        #expect(
            ErrorReply(error: "invalid", message: "some \"fields\"\n", fields: [.init(field: "level", code: "missing")])
                .jsonBytes
                == (try Self.oracle([
                    "error": "invalid", "message": "some \"fields\"\n",
                    "fields": [["field": "level", "code": "missing"]],
                ])))
        #expect(
            KeysReply(inspectors: [.init(name: "n", keyId: "0a", sealingKey: "k+/=")], log: "").jsonBytes
                == (try Self.oracle(["inspectors": [["name": "n", "keyId": "0a", "sealingKey": "k+/="]], "log": ""])))
        #expect(
            StatusReply(
                timeline: [.init(kind: "reply", month: "05/2026", text: "\u{1F}x", note: "unsigned")], resolved: true,
                canRate: false
            )
            .jsonBytes
                == (try Self.oracle([
                    "timeline": [["kind": "reply", "month": "05/2026", "text": "\u{1F}x", "note": "unsigned"]],
                    "resolved": true, "canRate": false,
                ])))
        #expect(
            ConsistencyReply(from: 2, to: 5, hashes: [[0x00, 0xFF] + [UInt8](repeating: 1, count: 30)]).jsonBytes
                == (try Self.oracle(["from": 2, "to": 5, "hashes": ["00ff" + String(repeating: "01", count: 30)]])))
        let o = Self.outcome
        #expect(
            OutcomesPage(size: 2, checkpoint: "n", outcomes: [o]).jsonBytes
                == (try Self.oracle([
                    "size": 2, "checkpoint": "n",
                    "outcomes": [
                        [
                            "index": o.index, "keyID": o.keyID, "id": o.id, "province": o.province, "agency": o.agency,
                            "procedure": o.procedure, "kinds": o.kinds, "outcome": o.outcome,
                            "outcomeLabel": o.outcomeLabel, "summary": o.summary, "monthReceived": o.monthReceived,
                            "monthResolved": o.monthResolved, "resolvedWithin": "16-30", "deadlineMet": true,
                            "daysToResolve": 21,
                        ] as [String: Any]
                    ],
                ])))
    }

    @Test func absentOptionalsAreLeftOutNotNull() {
        #expect(String(decoding: TokenBody(token: "T").jsonBytes, as: UTF8.self) == #"{"token":"T"}"#)
        #expect(String(decoding: IndexReply(index: 4).jsonBytes, as: UTF8.self) == #"{"index":4}"#)
    }

    @Test func wrongShapesAreRefused() {
        let refused: [(String, (String) -> Bool)] = [
            (#"{"challenge":"c"}"#, { ChallengeReply(jsonBytes: Array($0.utf8)) == nil }),
            (#"{"challenge":"c","difficulty":"20"}"#, { ChallengeReply(jsonBytes: Array($0.utf8)) == nil }),
            (#"{"index":-1}"#, { IndexReply(jsonBytes: Array($0.utf8)) == nil }),
            (#"{"index":1.5}"#, { IndexReply(jsonBytes: Array($0.utf8)) == nil }),
            (#"{"index":1} x"#, { IndexReply(jsonBytes: Array($0.utf8)) == nil }),
            (#"{"token":"T"}"#, { SubmissionReply(jsonBytes: Array($0.utf8)) == nil }),
            (#"{"token":"T","index":1,"receipt":3}"#, { SubmissionReply(jsonBytes: Array($0.utf8)) == nil }),
            (
                #"{"timeline":[{"kind":"r"}],"resolved":true,"canRate":true}"#,
                { StatusReply(jsonBytes: Array($0.utf8)) == nil }
            ),
            (#"{"timeline":[],"resolved":1,"canRate":true}"#, { StatusReply(jsonBytes: Array($0.utf8)) == nil }),
            (#"{"error":"e"}"#, { ErrorReply(jsonBytes: Array($0.utf8)) == nil }),
            (
                #"{"error":"e","message":"m","fields":[{"field":"f"}]}"#,
                { ErrorReply(jsonBytes: Array($0.utf8)) == nil }
            ),
            (#"{"inspectors":[{"name":"n"}],"log":""}"#, { KeysReply(jsonBytes: Array($0.utf8)) == nil }),
            (#"{"size":1,"checkpoint":"c","outcomes":[{}]}"#, { OutcomesPage(jsonBytes: Array($0.utf8)) == nil }),
            (#"{"index":1}"#, { PublishedReply(jsonBytes: Array($0.utf8)) == nil }),
            (#"{}"#, { WhoamiReply(jsonBytes: Array($0.utf8)) == nil }),
        ]
        for (text, isRefused) in refused { #expect(isRefused(text), "\(text)") }
    }

    /// The proof's hashes have one spelling: 64 lowercase hex digits (Sync.md); at most 128 of them.
    @Test func consistencyHashesAreLowercaseHexOf32Bytes() {
        func reply(_ hash: String, count: Int = 1) -> ConsistencyReply? {
            let hashes = Array(repeating: "\"\(hash)\"", count: count).joined(separator: ",")
            return ConsistencyReply(jsonBytes: Array(#"{"from":1,"to":2,"hashes":[\#(hashes)]}"#.utf8))
        }
        #expect(reply(String(repeating: "ab", count: 32))?.hashes == [[UInt8](repeating: 0xAB, count: 32)])
        #expect(reply(String(repeating: "AB", count: 32)) == nil)
        #expect(reply(String(repeating: "ab", count: 31)) == nil)
        #expect(reply(String(repeating: "zz", count: 32)) == nil)
        #expect(reply(String(repeating: "ab", count: 32), count: 128) != nil)
        #expect(reply(String(repeating: "ab", count: 32), count: 129) == nil)
    }
}
