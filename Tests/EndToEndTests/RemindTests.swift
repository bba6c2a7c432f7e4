import Foundation
import TestSupport
import Testing

/// `list --due-within DAYS` and `remind` from the case index of a real server's log: the cases whose
/// decision (7 working days) or resolution (30 days) falls due within DAYS days, overdue ones
/// included and marked; remind prints counts and case ids, never a word of a report.
@Suite("End to end: reminders of the deadlines", .serialized)
final class RemindTests {
    let folder: String
    let keys: String
    let server: Process
    let url: String
    let port: UInt16
    static let accounts = [
        "The officer at the tax desk asked for an envelope before stamping.",
        "The ward clerk kept my application until I paid a fee with no receipt.",
    ]

    init() throws {
        folder = NSTemporaryDirectory() + "candor-remind-\(UUID().uuidString.prefix(8))"
        keys = folder + "/Keys"
        try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
        let made = try Binaries.run(
            "candor-inspect", ["keygen", "--name", "lan", "--out", "\(folder)/lan.candor-key"], in: folder)
        try #require(made.status == 0, "\(made.stderr)")
        try made.stdout.write(toFile: "\(keys)/lan.pub", atomically: true, encoding: .utf8)
        (server, url, port) = try Binaries.startServer(data: folder + "/data", keys: keys)
    }

    deinit {
        server.terminate()
        server.waitUntilExit()
        try? FileManager.default.removeItem(atPath: folder)
    }

    func inspect(_ arguments: [String]) throws -> Transcript {
        let common = ["--key", "\(folder)/lan.candor-key", "--keys", keys, "--mirror", "\(folder)/mirror"]
        return try Binaries.run("candor-inspect", [arguments[0]] + common + Array(arguments.dropFirst()), in: folder)
    }

    /// Two cases received today: one left new (decided within 7 working days), one accepted today
    /// (resolved within 30 days). Returns their ids (new, accepted) and the day they were received.
    func twoCases() throws -> (new: String, accepted: String, received: String) {
        for account in Self.accounts { try Binaries.report(port: port, account: account, agency: "Ward office") }
        #expect(try inspect(["sync", "--server", url]).status == 0)
        let listed = try inspect(["list", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])
        let cases = try #require(object["cases"] as? [[String: Any]])
        try #require(cases.count == 2)
        let ids = cases.compactMap { $0["id"] as? Int }.sorted().map(String.init)
        let received = try #require(cases.first?["receivedOn"] as? String)
        let accept = try inspect(["accept", ids[1]])
        try #require(accept.status == 0, "\(accept.stderr)")
        return (ids[0], ids[1], received)
    }

    /// `day` plus `days` calendar days, as YYYY-MM-DD.
    func day(_ day: String, plus days: Int) throws -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "yyyy-MM-dd"
        let start = try #require(formatter.date(from: day))
        return formatter.string(from: start.addingTimeInterval(TimeInterval(days) * 86_400))
    }

    @Test func listDueWithinIncludesTheOverdueCasesMarked() throws {
        let (new, accepted, received) = try twoCases()
        // 20 days on, the decision on the new case is overdue; the resolution is 10 or so days away.
        let later = try day(received, plus: 20)
        let soon = try inspect(["list", "--due-within", "3", "--today", later, "--json"])
        #expect(soon.status == 0, "\(soon.stderr)")
        #expect(soon.stdout.contains("\"id\":\(new)"), "the overdue case is listed: \(soon.stdout)")
        #expect(!soon.stdout.contains("\"id\":\(accepted)"), "\(soon.stdout)")
        let table = try inspect(["list", "--due-within", "3", "--today", later])
        #expect(table.stdout.contains("OVERDUE"), "\(table.stdout)")
        let both = try inspect(["list", "--due-within", "15", "--today", later, "--json"])
        #expect(both.stdout.contains("\"id\":\(new)") && both.stdout.contains("\"id\":\(accepted)"), "\(both.stdout)")
        // On the day received, nothing is overdue and the decision is more than a day away.
        let today = try inspect(["list", "--due-within", "1", "--today", received, "--json"])
        #expect(!today.stdout.contains("\"id\":"), "\(today.stdout)")
    }

    @Test func remindPrintsCountsAndIdsOnly() throws {
        let (new, accepted, received) = try twoCases()
        let later = try day(received, plus: 20)
        let remind = try inspect(["remind", "--due-within", "15", "--today", later])
        #expect(remind.status == 0, "\(remind.stderr)")
        #expect(remind.stdout.contains("1 overdue"), "\(remind.stdout)")
        #expect(remind.stdout.contains("1 due within 15 days"), "\(remind.stdout)")
        #expect(remind.stdout.contains("#\(new)") && remind.stdout.contains("#\(accepted)"), "\(remind.stdout)")
        // No report text, no agency, no province: counts, ids and deadlines only.
        for text in Self.accounts + ["Ward office", "ha-noi", "Hà Nội", "hoi-lo"] {
            #expect(!remind.stdout.contains(text), "remind printed \(text)")
            #expect(!remind.stderr.contains(text), "remind printed \(text) on stderr")
        }
        // The default is 3 days; with nothing due it says so and still exits 0.
        let quiet = try inspect(["remind", "--today", received])
        #expect(quiet.status == 0, "\(quiet.stderr)")
        #expect(quiet.stdout.contains("0 overdue"), "\(quiet.stdout)")
        #expect(try inspect(["remind", "--due-within", "soon"]).status == 2)
    }
}
