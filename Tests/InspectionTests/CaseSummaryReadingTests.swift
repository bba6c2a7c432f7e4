import Casework
import Deadlines
import Testing

@testable import CaseIndex
@testable import InspectorWorkspace

/// An order by deadline reads the index's entries without their texts; it must read every other field
/// as the full reading does, and pass over exactly the bytes the texts take.
@Suite("CaseIndex: an entry read without its texts")
struct CaseSummaryReadingTests {
    static func summary(id: UInt64, assignee: String?, kinds: [String]) -> CaseSummary {
        CaseSummary(
            id: id, status: .accepted, extensions: 2, flags: [.readable, .flaggedEvents], dueKind: .resolution,
            dueDay: CalendarDay(year: 2026, month: 12, day: 24), receivedOn: CalendarDay(year: 2026, month: 11, day: 2),
            decidedOn: CalendarDay(year: 2026, month: 11, day: 5), resolvedOn: nil,
            transferredOn: CalendarDay(year: 2026, month: 11, day: 3), assignee: assignee, province: "ca-mau",
            procedure: "giay-phep-lai-xe", agency: "Sở Giao thông vận tải Cà Mau", kinds: kinds,
            records: [
                RecordLocation(index: id, segment: 1, offset: 80),
                RecordLocation(index: id + 4, segment: 1, offset: 900),
            ])
    }

    @Test(
        arguments: [
            (nil, []), ("thanh-tra-1", ["bribe"]), ("Đặng Thị Hoà", ["bribe", "harassment", "delay"]),
        ] as [(String?, [String])])
    func everyFieldButTheTextsReadsAsTheFullReadingDoes(assignee: String?, kinds: [String]) throws {
        let entries = [
            Self.summary(id: 7, assignee: assignee, kinds: kinds), Self.summary(id: 9, assignee: nil, kinds: []),
        ]
        let bytes = entries.flatMap(\.encoded)
        var full = BinaryReader(bytes)
        var lean = BinaryReader(bytes)
        for entry in entries {
            #expect(try CaseSummary.read(&full) == entry)
            let read = try CaseSummary.read(&lean, locations: false, texts: false)
            #expect(read.id == entry.id && read.status == entry.status && read.extensions == entry.extensions)
            #expect(read.flags == entry.flags && read.dueKind == entry.dueKind && read.dueDay == entry.dueDay)
            #expect(read.receivedOn == entry.receivedOn && read.decidedOn == entry.decidedOn)
            #expect(read.resolvedOn == entry.resolvedOn && read.transferredOn == entry.transferredOn)
            #expect(read.assignee == nil && read.province.isEmpty && read.kinds.isEmpty && read.records.isEmpty)
        }
        #expect(full.isAtEnd && lean.isAtEnd)
    }

    @Test func anEntryCutInItsTextsIsDamageEitherWay() throws {
        let bytes = Self.summary(id: 7, assignee: "thanh-tra-1", kinds: ["bribe"]).encoded
        for cut in [bytes.count - 1, bytes.count - 3, bytes.count - 10] {
            var full = BinaryReader(Array(bytes.prefix(cut)))
            var lean = BinaryReader(Array(bytes.prefix(cut)))
            #expect(throws: IndexDamage.self) { try CaseSummary.read(&full) }
            #expect(throws: IndexDamage.self) { try CaseSummary.read(&lean, locations: false, texts: false) }
        }
    }

    @Test func sortKeysOrderOpenCasesByDayThenIdAndClosedOnesNewestFirst() {
        func due(_ day: Int) -> CaseDeadlines.Due {
            CaseDeadlines.Due(kind: .decision, day: CalendarDay(year: 2026, month: 12, day: day), daysLeft: day)
        }
        let open: [(id: UInt64, day: Int)] = [(40, 3), (9_000_000, 3), (2, 20), (1 << 39, 1)]
        let closed: [UInt64] = [5, 1 << 39, 77]
        var keys = open.map { CaseListing.sortKey(Self.summary(id: $0.id, assignee: nil, kinds: []), due($0.day)) }
        keys += closed.map { CaseListing.sortKey(Self.summary(id: $0, assignee: nil, kinds: []), nil) }
        let ordered = keys.sorted().map(CaseListing.id(ofSortKey:))
        #expect(ordered == [1 << 39, 40, 9_000_000, 2, 1 << 39, 77, 5])
    }
}
