import Foundation
import InspectorWorkspace
import Testing
import Web

@testable import CaseIndex

/// A sync summarizes its new cases with their reports sealed (CaseIndex.md, "Reports opened when
/// needed"): the events count, the report's fields wait until a page shows them or a filter reads them.
extension PartialMirrorAttachmentTests {
    @Test("a sync leaves its new reports sealed; a page opens them in memory, a filter opens them into the index")
    func reportsOpenWhenNeeded() throws {
        let store = try openStore()
        defer { store.close() }
        let server = try serve(store)
        defer { server.shutdown() }
        _ = try Self.submit(store)
        let lines = Locked<[String]>([])
        try syncAndIndex(server, as: cuong, lines: lines)
        let context = try indexContextOutsideSync(cuong, lines: lines)
        let index = try CaseIndex.read(context)
        let sealed = try index.summaries()
        #expect(sealed.count == 1, "only the Cà Mau case")
        #expect(sealed.allSatisfy { $0.isReportSealed && !$0.isReadable && $0.province.isEmpty && $0.kinds.isEmpty })
        #expect(try index.hasSealedReports())

        // A page of `list`: opened in memory, the index unchanged.
        let shown = try index.opened(sealed, context)
        #expect(
            shown.allSatisfy { !$0.isReportSealed && $0.isReadable && $0.province == "ca-mau" && !$0.kinds.isEmpty })
        #expect(shown.map(\.status) == sealed.map(\.status))
        // The report alone was opened, the events kept as checked: the same as opening the whole case.
        let whole = try sealed.map { try #require(try index.summarize($0.id, $0.records, context)) }
        #expect(shown == whole)
        #expect(try CaseIndex.read(context).hasSealedReports())

        // A filter on the report's fields: every sealed report opened once, and written.
        let written = try CaseIndex.openingReports(context, index)
        #expect(try !written.hasSealedReports())
        #expect(try written.summaries() == shown)
        #expect(lines.withLock { $0 }.contains { $0.contains("opening the reports") })
        #expect(try CaseIndex.openingReports(context, written).summaries() == shown, "nothing left to open")

        // A command still holding the old directory finds its pages gone, and reads the index as it is now.
        #expect(throws: IndexDamage.self) { try index.summaries() }
        let verified = try Workspace.verifiedCheckpoint(mirrorPath)
        #expect(try index.reread(context, size: verified.size, rootHash: verified.rootHash)?.summaries() == shown)
        #expect(written.reread(context, size: verified.size, rootHash: verified.rootHash) == nil, "already current")
    }
}
