import Casework
import Foundation
import HTTP
import Sodium
import TestSupport
import Testing

@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Web

/// Past the free-disk reserve, every new write gets a 503 before anything is written, and every read
/// goes on (SECURITY.md, M1).
@Suite("Disk reserve")
struct DiskReserveTests {
    @Test func pastTheReserveWritesGet503AndReadsGoOn() throws {
        let site = try GuardedSiteFixture(configureStore: { $0.isResolved = { _ in true } })
        let receipt = try site.submitReport()
        #expect(receipt.status == 200)
        let token = try #require(HTMLForms.receiptToken(in: receipt.text))
        let page = try site.form("/status", [("token", token)])
        let ticket = try #require(HTMLForms.hiddenValue("ticket", in: page.text))
        let challenge = try site.proofOfWork()

        site.freeBytes.withLock { $0 = 200 << 20 }  // below the 256 MB reserve
        let before = site.store.recordCount
        let s = Language.en.strings
        let report = try site.multipart("/en/report", [("ticket", try site.ticket()), ("province", "ha-noi")])
        #expect(report.status == 503)
        #expect(report.text.contains(s.diskFullTitle))
        #expect(Int(report.headers["Retry-After"] ?? "") ?? 0 > 0)
        let vietnamese = try site.multipart(
            "/status/add", [("token", token), ("ticket", ticket), ("text", "Thêm.")],
            files: [("file", "a.jpg", "image/jpeg", HTMLForms.jpegWithGPS())])
        #expect(vietnamese.status == 503)
        #expect(vietnamese.text.contains(Language.vi.strings.diskFullTitle))
        #expect(try site.form("/status/rate", [("token", token), ("ticket", ticket), ("rating", "5")]).status == 503)
        for path in ["/api/v1/reports", "/api/v1/followups", "/api/v1/ratings"] {
            let refused = try site.json(
                path, challenge.merging(["token": token, "text": "x", "level": "satisfied"]) { a, _ in a })
            #expect(refused.status == 503, "\(path)")
            #expect(refused.json["error"] as? String == "disk_full", "\(path)")
            #expect(Int(refused.headers["Retry-After"] ?? "") ?? 0 > 0, "\(path)")
        }
        #expect(site.store.recordCount == before, "a write was stored past the reserve")

        // Reads go on: pages, the case by its token, the receipt.
        #expect(try site.send(.get, "/").status == 200)
        #expect(try site.send(.get, "/report").status == 200)
        #expect(try site.form("/status", [("token", token)]).text.contains("Cán bộ đòi tiền."))
        #expect(try site.json("/api/v1/status", ["token": token]).status == 200)

        // Room again: writes go on.
        site.freeBytes.withLock { $0 = 1 << 40 }
        #expect(try site.submitReport().status == 200)
    }

    @Test func anUploadThatWouldCrossTheReserveIsRefusedBeforeItsFirstByte() throws {
        let site = try GuardedSiteFixture()
        site.freeBytes.withLock { $0 = (256 << 20) + 100_000 }
        let before = site.store.recordCount
        let big = [
            (name: "file", filename: "a.pdf", type: "application/pdf", bytes: [UInt8](repeating: 0x25, count: 150_000))
        ]
        #expect(try site.submitReport(files: big).status == 503)
        #expect(site.store.recordCount == before)
        #expect(try site.submitReport().status == 200, "a small report still fits above the reserve")
    }
}

/// A status read opens its case once, and status reads have their own budget (SECURITY.md, M2).
@Suite("Citizen site: the cost of a status read")
struct StatusReadCostTests {
    @Test func aStatusReadReadsEachRecordOfItsCaseOnce() throws {
        let site = try GuardedSiteFixture()
        let token = try site.newCase()
        for n in 1...30 { _ = try site.store.addFollowUp(token: token, followUp: FollowUp(text: "Thêm \(n).")) }
        for request in [
            { try site.form("/status", [("token", token.grouped)]) },
            { try site.json("/api/v1/status", ["token": token.grouped]) },
        ] {
            site.resetReads()
            #expect(try request().status == 200)
            let counts = site.readCounts
            #expect(counts.count == 31)
            #expect(counts.values.allSatisfy { $0 == 1 }, "a record was read \(counts.values.max() ?? 0) times")
        }
    }

    @Test func statusReadsAreChargedByTheRecordsTheyOpen() throws {
        let site = try GuardedSiteFixture(configureSite: {
            $0.readBudget = ReadBudget(recordsPerSecond: 0.001, burst: 10)
        })
        let token = try site.newCase()
        for n in 1...3 { _ = try site.store.addFollowUp(token: token, followUp: FollowUp(text: "Thêm \(n).")) }
        #expect(try site.form("/status", [("token", token.grouped)]).status == 200)
        #expect(try site.json("/api/v1/status", ["token": token.grouped]).status == 200)
        site.resetReads()
        let busy = try site.form("/en/status", [("token", token.grouped)])
        #expect(busy.status == 503)
        #expect(busy.text.contains(Language.en.strings.busyTitle))
        #expect(Int(busy.headers["Retry-After"] ?? "") ?? 0 > 0)
        let api = try site.json("/api/v1/status", ["token": token.grouped])
        #expect(api.status == 503)
        #expect(api.json["error"] as? String == "busy")
        #expect(site.readCounts.isEmpty, "a refused status read read the case")
    }

    /// Form tickets cost one GET each: a write refused after its ticket (no level, not resolved, a full
    /// case) must not show the case for free.
    @Test func aRefusedWritesCasePageIsChargedToTheReadBudget() throws {
        let site = try GuardedSiteFixture(
            configureStore: { $0.maximumRecordsPerCase = 4 },
            configureSite: { $0.readBudget = ReadBudget(recordsPerSecond: 0.001, burst: 10) })
        let token = try site.newCase()
        for n in 1...3 { _ = try site.store.addFollowUp(token: token, followUp: FollowUp(text: "Thêm \(n).")) }
        #expect(try site.form("/status/rate", [("token", token.grouped), ("ticket", try site.ticket())]).status == 422)
        let full = try site.multipart(
            "/status/add", [("token", token.grouped), ("ticket", try site.ticket()), ("text", "x")])
        #expect(full.status == 409)
        site.resetReads()
        let busy = try site.form(
            "/status/rate", [("token", token.grouped), ("ticket", try site.ticket()), ("rating", "3")])
        #expect(busy.status == 503, "the case page of a refused rating was shown past the read budget")
        #expect(site.readCounts.values.allSatisfy { $0 == 1 }, "only the rating's own check read the case")
    }
}

/// The reserve counts the writes in flight: writes admitted together cannot take the disk past it.
@Suite("Disk reserve: writes in flight")
struct DiskReserveInFlightTests {
    @Test func aWriteInFlightHoldsItsBytesUntilItEnds() {
        let reserve = DiskReserve(reserveBytes: 1_000) { 1_000 + 150_000 }
        let first = reserve.claim(bytes: 100_000)
        #expect(first != nil)
        #expect(reserve.claim(bytes: 100_000) == nil, "two writes of 100 KB were admitted into 150 KB")
        #expect(reserve.claim(bytes: 40_000) != nil)
        reserve.release(first!)
        #expect(reserve.claim(bytes: 100_000) != nil, "released bytes are free again")
    }

    @Test func unknownFreeSpaceOrNoReserveAdmitsEverything() {
        #expect(DiskReserve(reserveBytes: 1_000) { nil }.claim(bytes: 1 << 40) != nil)
        #expect(DiskReserve.none.claim(bytes: 1 << 40) != nil)
    }
}
