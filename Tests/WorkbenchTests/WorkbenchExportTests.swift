import Foundation
import TestSupport
import Testing
import Workbench

/// Workbench+Export.swift: the case page's Export button writes the bundle `candor-inspect export`
/// writes, into a new folder under `--exports`, and names the command that verifies it.
@Suite("Workbench: Export writes a bundle candor-audit verifies", .serialized)
final class WorkbenchExportTests {
    let server: CandorServer
    let fixture: WorkbenchFixture

    init() throws {
        (fixture, server) = try WorkbenchFixture.withServer()
        _ = try WorkbenchFixture.report("The clerk asked for 200,000 dong to file the form. Export test.", to: server)
        try fixture.signIn()
        try fixture.unlock()
        try fixture.sync()
    }

    deinit { server.stop() }

    func verify(_ folder: String) throws -> Transcript {
        try ChildProcess.run(
            try BuiltProducts.path("candor-audit"), ["verify-bundle", folder, "--keys", fixture.keys],
            in: fixture.folder.path, environment: WorkbenchFixture.environment)
    }

    @Test func theButtonWritesABundleThatVerifies() throws {
        let id = try fixture.firstCaseID()
        let page = try fixture.browser.get("/en/case/\(id)")
        #expect(page.text.contains("action=\"/en/case/\(id)/export\""))
        #expect(page.text.contains("that copy holds the report in plaintext"))
        let csrf = try #require(HTMLForms.hiddenValue("csrf", in: page.text))
        let result = try fixture.browser.post("/en/case/\(id)/export", [("csrf", csrf)])
        #expect(result.status == 200, "\(result.text.prefix(800))")
        let folder = try #require(
            result.text.components(separatedBy: "<code id=\"export-folder\">").dropFirst().first?
                .components(separatedBy: "</code>").first)
        #expect(folder.hasPrefix(fixture.folder.child("exports") + "/case-\(id)-"))
        #expect(result.text.contains("candor-audit verify-bundle \(folder) --keys \(fixture.keys)"))
        #expect(!result.text.contains("plaintext"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/open"))
        let verified = try verify(folder)
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")

        // --open: a new folder, with the plaintext under open/, and the page says so.
        let open = try fixture.browser.post("/en/case/\(id)/export", [("csrf", csrf), ("open", "yes")])
        #expect(open.status == 200)
        #expect(open.text.contains("in plaintext under open/"))
        let openFolder = try #require(
            open.text.components(separatedBy: "<code id=\"export-folder\">").dropFirst().first?
                .components(separatedBy: "</code>").first)
        #expect(openFolder != folder && openFolder.contains("-open"))
        #expect(FileManager.default.fileExists(atPath: openFolder + "/open/case.json"))
        #expect(try verify(openFolder).status == 0)
        let vietnamese = try fixture.browser.get("/case/\(id)")
        #expect(vietnamese.text.contains("bản này chứa báo cáo ở dạng văn bản rõ"))
    }

    @Test func refusalsAre4xxAndWriteNothing() throws {
        let id = try fixture.firstCaseID()
        let csrf = try fixture.csrf("/en/case/\(id)")
        #expect(try fixture.browser.post("/en/case/\(id)/export", []).status == 403)
        #expect(try fixture.browser.post("/en/case/\(id)/export", [("csrf", "0")]).status == 403)
        #expect(try fixture.browser.post("/en/case/999999/export", [("csrf", csrf)]).status == 404)
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.child("exports")))
        // An exports folder that cannot be made (a file is in the way): 409 with the reason.
        try Data().write(to: URL(fileURLWithPath: fixture.folder.child("exports")))
        let blocked = try fixture.browser.post("/en/case/\(id)/export", [("csrf", csrf)])
        #expect(blocked.status == 409, "\(blocked.text.prefix(500))")
        #expect(blocked.text.contains("The export was not written"))
    }
}
