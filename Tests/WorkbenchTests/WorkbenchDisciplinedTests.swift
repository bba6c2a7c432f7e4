import Foundation
import TestSupport
import Testing
import Workbench

/// Publishing from the workbench with the disciplined official's field (Outcomes.md, "The disciplined
/// official"), as `publish --disciplined-position/--disciplined-unit --confirm-disciplined` does: shown
/// first in the preview, confirmed by its own box, the name refused where the deployment allows none.
@Suite("Workbench: the disciplined official in a published outcome", .serialized)
final class WorkbenchDisciplinedTests {
    let server: CandorServer
    let fixture: WorkbenchFixture

    init() throws {
        (fixture, server) = try WorkbenchFixture.withServer()
    }

    deinit { server.stop() }

    func act(_ action: String, on id: Int, _ fields: [(String, String)] = []) throws {
        let path = "/case/\(id)/act/\(action)"
        let csrf = try #require(HTMLForms.hiddenValue("csrf", in: try fixture.browser.get(path).text))
        let sent = try fixture.browser.post(path, [("csrf", csrf)] + fields + [("confirm", "yes")])
        #expect(sent.status == 303, "\(sent.status) \(sent.text.prefix(600))")
    }

    @Test func theOfficialIsShownFirstConfirmedApartAndPublished() throws {
        _ = try WorkbenchFixture.report("The officer at the land office asked for 2 million dong.", to: server)
        try fixture.signIn()
        try fixture.unlock()
        _ = try fixture.sync()
        let inbox = try fixture.browser.get("/en/").text
        let link = try #require(inbox.range(of: "href=\"/en/case/"))
        let id = try #require(Int(inbox[link.upperBound...].prefix { $0.isNumber }))
        try act("accept", on: id)
        try act("resolve", on: id, [("outcome", "can-bo-khien-trach"), ("summary", "The officer was reprimanded.")])

        let publish = "/en/case/\(id)/publish"
        let form = try fixture.browser.get(publish).text
        #expect(form.contains("name=\"disciplined-position\"") && form.contains("name=\"disciplined-unit\""))
        // This deployment allows no names (no Keys/outcomes.names): the form has no name field, and a
        // name sent anyway is refused before anything is drafted.
        #expect(!form.contains("name=\"disciplined-name\""))
        let csrf = try fixture.csrf(publish)
        let summary = [("csrf", csrf), ("summary", "The ward reprimanded the land officer after the inspection.")]
        let official = [
            ("disciplined-position", "Land registry officer"), ("disciplined-unit", "Ward 3 People's Committee"),
        ]
        let named = try fixture.browser.post(publish, summary + official + [("disciplined-name", "Trần Văn Bình")])
        #expect(named.status == 422 && named.text.contains("does not publish officials"), "\(named.text)")
        let half = try fixture.browser.post(publish, summary + [("disciplined-position", "Land registry officer")])
        #expect(half.status == 422 && half.text.contains("go together"))

        let preview = try fixture.browser.post(publish, summary + official)
        #expect(preview.status == 200, "\(preview.text.prefix(800))")
        let box = try #require(preview.text.range(of: "<section class=\"disciplined\""))
        let record = try #require(preview.text.range(of: "The public record, exactly as it will be published"))
        #expect(box.lowerBound < record.lowerBound)
        #expect(preview.text.contains("Land registry officer") && preview.text.contains("name=\"confirm-disciplined\""))
        let outcomeID = try #require(HTMLForms.hiddenValue("id", in: preview.text))
        let unconfirmed = try fixture.browser.post(
            publish, summary + official + [("id", outcomeID), ("confirm", "yes")])
        #expect(unconfirmed.status == 422 && unconfirmed.text.contains("Nothing was published."))
        #expect(!(try server.request("GET", "/en/outcomes").text.contains(outcomeID)))

        let published = try fixture.browser.post(
            publish, summary + official + [("id", outcomeID), ("confirm", "yes"), ("confirm-disciplined", "yes")])
        #expect(published.status == 303, "\(published.text.prefix(800))")
        let page = try server.request("GET", "/en/outcomes/\(outcomeID)")
        #expect(page.text.contains("Land registry officer") && page.text.contains("Ward 3 People"), "\(page.text)")
    }
}
