import Casework
import Foundation
import Keys
import TestSupport
import Testing

@testable import CaseIndex

/// Each page has an order file beside it (CaseIndex.md, "Order files"): what an order by deadline reads.
/// It must say what the page says, go with the page, and never be trusted over it.
@Suite("CaseIndex: order files beside the pages")
struct CaseIndexOrderFileTests {
    let folder = TemporaryDirectory("order-files")

    func index() throws -> CaseIndex {
        var directory = IndexDirectory()
        let index = CaseIndex(
            folder: folder.path, keys: try IndexKeys(try InspectorPrivateKey.generate(name: "lan")),
            directory: directory, segments: MirrorSegments(folder: folder.child("intake")))
        let pages = try [
            index.writePage((0..<5).map { Self.summary(id: UInt64(10 + $0), status: .new, day: 20 - $0) }, file: 1),
            index.writePage([Self.summary(id: 40, status: .resolved, day: nil)], file: 2),
        ]
        directory.pages = pages
        return CaseIndex(folder: index.folder, keys: index.keys, directory: directory, segments: index.segments)
    }

    static func summary(id: UInt64, status: CaseProgress.Status, day: Int?) -> CaseSummary {
        CaseSummary(
            id: id, status: status, extensions: 1, flags: [.readable], dueKind: day == nil ? .none : .decision,
            dueDay: day.map { CalendarDay(year: 2026, month: 12, day: $0) },
            receivedOn: CalendarDay(year: 2026, month: 11, day: 30), decidedOn: nil, resolvedOn: nil,
            transferredOn: nil,
            assignee: "thanh-tra-1", province: "ca-mau", procedure: "khai-sinh", agency: "UBND xã", kinds: ["hoi-lo"],
            records: [RecordLocation(index: id, segment: 1, offset: 80)])
    }

    /// What an order needs of a summary.
    static func orderFields(_ item: CaseSummary) -> String {
        "\(item.id) \(item.status) \(item.flags.rawValue) \(item.dueKind) \(String(describing: item.dueDay))"
    }

    @Test func theOrderFileSaysWhatItsPageSays() throws {
        let index = try index()
        let fromOrder = Array(try index.foldOrder { $0 }.joined())
        let fromPages = Array(try index.foldPages(locations: false, texts: false) { $0 }.joined())
        #expect(fromOrder.map(Self.orderFields) == fromPages.map(Self.orderFields))
        #expect(fromOrder.count == 6)
        #expect(index.directory.pages.allSatisfy { index.orderPage($0) != nil })
    }

    @Test func aMissingOrDamagedOrderFileFallsBackToThePage() throws {
        let index = try index()
        let expected = Array(try index.foldOrder { $0 }.joined()).map(Self.orderFields)
        try FileManager.default.removeItem(atPath: CaseIndex.orderPath(folder.path, 1))
        var bytes = try #require(FileManager.default.contents(atPath: CaseIndex.orderPath(folder.path, 2)))
        bytes[bytes.count - 1] ^= 1
        try bytes.write(to: URL(fileURLWithPath: CaseIndex.orderPath(folder.path, 2)))
        #expect(index.directory.pages.allSatisfy { index.orderPage($0) == nil })
        #expect(Array(try index.foldOrder { $0 }.joined()).map(Self.orderFields) == expected)
    }

    @Test func anOrderFileOfAnotherPageDoesNotPassForIt() throws {
        let index = try index()
        // Page 2's order file put in place of page 1's: another number in its associated data.
        try FileManager.default.removeItem(atPath: CaseIndex.orderPath(folder.path, 1))
        try FileManager.default.copyItem(
            atPath: CaseIndex.orderPath(folder.path, 2), toPath: CaseIndex.orderPath(folder.path, 1))
        #expect(index.orderPage(index.directory.pages[0]) == nil)
    }

    @Test func aRemovedPageTakesItsOrderFileWithIt() throws {
        let index = try index()
        index.removePage(1)
        #expect(!FileManager.default.fileExists(atPath: CaseIndex.pagePath(folder.path, 1)))
        #expect(!FileManager.default.fileExists(atPath: CaseIndex.orderPath(folder.path, 1)))
        #expect(FileManager.default.fileExists(atPath: CaseIndex.orderPath(folder.path, 2)))
    }
}
