import Casework
import Catalogue
import Foundation
import HTTP
import Outcomes
import Testing

@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Web

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The Atom feeds, the JSON API, /verify, and the headers every public page carries.
@Suite("Public feeds and headers")
struct PublicFeedTests {
    /// Collects the element names, entry ids and link targets of an XML document.
    final class AtomReader: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var ids: [String] = []
        var text = ""
        var root: String?
        var namespace: String?

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if root == nil {
                root = name
                namespace = attributes["xmlns"]
            }
            elements.append(name)
            text = ""
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "id" { ids.append(text) }
        }
    }

    @Test(arguments: Language.allCases)
    func theAtomFeedIsWellFormedAtom(_ language: Language) throws {
        let fixture = try PublicSiteFixture()
        let response = try fixture.get(language.prefix + "/outcomes.atom")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "application/atom+xml; charset=utf-8")
        let reader = AtomReader()
        let parser = XMLParser(data: Data(response.body))
        parser.delegate = reader
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(reader.root == "feed")
        #expect(reader.namespace == "http://www.w3.org/2005/Atom")
        #expect(reader.elements.filter { $0 == "entry" }.count == 4)
        #expect(reader.elements.filter { $0 == "summary" }.count == 4)
        #expect(reader.ids.first == "urn:candor:outcomes:\(language.rawValue)")
        #expect(
            Array(reader.ids.dropFirst()) == [
                "urn:candor:outcome:00000000000000a1", "urn:candor:outcome:00000000000000a2",
                "urn:candor:outcome:00000000000000a0", "urn:candor:outcome:00000000000000a3",
            ])
        let xml = String(decoding: response.body, as: UTF8.self)
        #expect(xml.contains("<updated>2026-06-01T00:00:00Z</updated>"))
        #expect(xml.contains("href=\"\(language.prefix)/outcomes/00000000000000a2\""))
        #expect(xml.contains("&lt;script&gt;"))
    }

    @Test func theFeedHoldsTheNewestFifty() throws {
        let catalog = try Catalog.bundled()
        let many = (0..<60).map { n in
            (
                index: n,
                outcome: try! SignedOutcome(
                    entry: PublicSiteFixture.sample(
                        String(format: "00000000000002%02x", n), "hue", "UBND", "khac", ["khac"], "can-bo-canh-cao",
                        "2025-01", "2025-02", 5, true
                    ).entry(signedWith: PublicSiteFixture.samplesSigner))
            )
        }
        let xml = PublicSite.atomFeed(.vi, catalog: catalog, newest: many.reversed())
        #expect(xml.components(separatedBy: "<entry>").count == 51)
        #expect(xml.contains("urn:candor:outcome:000000000000023b"))
        #expect(!xml.contains("urn:candor:outcome:0000000000000209"))
    }

    /// Issue 12, L6: XML 1.0 forbids most C0 controls (and U+FFFE, U+FFFF), and a signed entry in the
    /// log may carry them whatever its publisher checked: every field of the feed is cleaned, so the
    /// feed stays well-formed and says the same words without them.
    @Test(arguments: Language.allCases)
    func controlCharactersAreCleanedFromEveryField(_ language: Language) throws {
        let catalog = try Catalog.bundled()
        let hostile = PublicSiteFixture.sample(
            "00000000000003a1", "hue", "UBND\u{1} phường\u{7F}\u{9B}", "khac", ["khac"], "can-bo-canh-cao",
            "2025-01", "2025-02", 5, true, summary: "Đã\u{0} xử\u{B} lý\u{1B}[31m \u{FFFE}xong\u{85}.\u{FFFF}")
        let signed = try SignedOutcome(entry: hostile.entry(signedWith: PublicSiteFixture.samplesSigner))
        let xml = PublicSite.atomFeed(language, catalog: catalog, newest: [(index: 0, outcome: signed)])
        let reader = AtomReader()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(xml.contains("UBND phường: Đã xử lý[31m xong."), "\(xml)")
        let forbidden = xml.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r") || (0x7F...0x9F).contains($0.value)
                || $0.value == 0xFFFE || $0.value == 0xFFFF
        }
        #expect(forbidden.isEmpty)
    }

    /// The schema test: each outcome of the API is the allowlist plus `index` and `keyID`, no more.
    @Test func theJSONHasExactlyTheAllowlistedFieldsAndIndexAndKeyID() throws {
        let fixture = try PublicSiteFixture()
        let response = try fixture.get("/api/v1/outcomes")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "application/json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        #expect(Set(json.keys) == ["size", "checkpoint", "outcomes"])
        #expect(json["size"] as? Int == 4)
        #expect((json["checkpoint"] as? String) == fixture.outcomes.signedCheckpoint)
        let outcomes = try #require(json["outcomes"] as? [[String: Any]])
        #expect(outcomes.count == 4)
        for (position, outcome) in outcomes.enumerated() {
            #expect(Set(outcome.keys) == PublicOutcome.allowlist.union(["index", "keyID"]))
            #expect(outcome["index"] as? Int == position)
            #expect(outcome["id"] as? String == PublicSiteFixture.samples[position].id)
            #expect(outcome["keyID"] as? String == PublicOutcome.keyID(of: fixture.inspector.signing.publicKey))
        }
        #expect(outcomes[1]["kinds"] as? [String] == ["sach-nhieu", "keo-dai"])
        #expect(outcomes[1]["deadlineMet"] as? Bool == false)
        #expect(outcomes[1]["resolvedWithin"] as? String == "31-45" && outcomes[1]["daysToResolve"] == nil)
    }

    @Test(arguments: [
        ("", [0, 1, 2, 3]), ("?limit=2", [0, 1]), ("?after=1", [2, 3]), ("?after=0&limit=2", [1, 2]),
        ("?after=3", []), ("?after=500", []), ("?limit=500", [0, 1, 2, 3]),
    ])
    func theAPIPages(_ query: String, _ expected: [Int]) throws {
        let fixture = try PublicSiteFixture()
        let response = try fixture.get("/api/v1/outcomes" + query)
        #expect(response.status == .ok)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        let outcomes = try #require(json["outcomes"] as? [[String: Any]])
        #expect(outcomes.map { $0["index"] as? Int } == expected)
    }

    @Test(arguments: [
        "?limit=0", "?limit=501", "?limit=x", "?after=-1", "?after=1.5", "?page=2", "?after=99999999999999999999",
    ])
    func badAPIQueriesAreJSON400(_ query: String) throws {
        let fixture = try PublicSiteFixture()
        let response = try fixture.get("/api/v1/outcomes" + query)
        #expect(response.status == .badRequest)
        #expect(response.headers["Content-Type"]?.hasPrefix("application/json") == true)
    }

    @Test(arguments: Language.allCases)
    func theVerifyPageSaysHowToCheck(_ language: Language) throws {
        let fixture = try PublicSiteFixture()
        let html = try fixture.text(language.prefix + "/verify")
        let s = language.strings
        #expect(html.contains(s.verifyTitle) && html.contains(s.verifyPromises[0]))
        #expect(html.contains("/checkpoint") && html.contains("/tile/entries/"))
        #expect(html.contains("candor-audit verify URL --key Keys/outcomes.key --keys Keys"))
        #expect(html.contains(escape(fixture.outcomes.verifierKey)))
        // Linked from the footer of every page, the home page included.
        #expect(try fixture.text(language.prefix + "/").contains("href=\"\(language.prefix)/verify\""))
    }

    @Test func theHomeButtonLeadsToTheOutcomes() throws {
        let fixture = try PublicSiteFixture()
        #expect(try fixture.text("/").contains("href=\"/outcomes\""))
        #expect(try fixture.text("/en/").contains("href=\"/en/outcomes\""))
        #expect(try fixture.get("/outcomes").status == .ok)
        #expect(try fixture.get("/en/outcomes").status == .ok)
    }

    @Test(arguments: [
        "/outcomes", "/en/outcomes", "/outcomes?province=ha-noi", "/outcomes/00000000000000a0",
        "/en/outcomes/00000000000000a0", "/outcomes/00000000000000a0/proof", "/stats", "/en/stats", "/verify",
        "/en/verify", "/outcomes.atom", "/en/outcomes.atom", "/api/v1/outcomes", "/outcomes?page=0",
        "/outcomes/ffffffffffffffff",
    ])
    func everyPublicPageHasTheSecurityHeadersAndNoCookie(_ path: String) throws {
        let fixture = try PublicSiteFixture()
        let response = try fixture.get(path)
        for (name, value) in HTTPHeaders.security {
            #expect(response.headers[name] == value, "\(path): \(name)")
        }
        #expect(!response.headers.contains("Set-Cookie"))
        let body = String(decoding: response.body, as: UTF8.self).lowercased()
        // HTML and Atom carry escaped text only; JSON carries the signed text as data (nosniff).
        if response.headers["Content-Type"] != "application/json" { #expect(!body.contains("<script")) }
        #expect(!body.contains("src=\"http"))
    }
}
