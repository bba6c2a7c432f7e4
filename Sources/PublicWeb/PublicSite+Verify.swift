import Casework
import Web

/// `/verify`: what the public log promises and how anyone can check it, in plain words.
extension PublicSite {
    static func verifyPage(_ language: Language, _ context: Context) -> String {
        verifyPage(language, verifierKey: context.outcomes.verifierKey)
    }

    static func verifyPage(_ language: Language, verifierKey: String) -> String {
        let s = language.strings
        let promises = s.verifyPromises.map { line -> HTML in "<li>\(line)</li>" }
        return page(
            language, title: s.verifyTitle, alternatePath: "/verify",
            """
            <h1>\(s.verifyTitle)</h1>
            <p class="lead">\(s.verifyLead)</p>
            \(publicLinks(language))
            <h2>\(s.verifyPromisesTitle)</h2>
            <ul>\(promises)</ul>
            <h2>\(s.verifyAddressesTitle)</h2>
            <ul class="addresses">
            <li><a href="/checkpoint"><code>/checkpoint</code></a>: \(s.verifyCheckpoint)</li>
            <li><code>/tile/&lt;L&gt;/&lt;N&gt;</code>: \(s.verifyTiles)</li>
            <li><code>/tile/entries/&lt;N&gt;</code>: \(s.verifyEntries)</li>
            <li><code>/outcomes/&lt;id&gt;/proof</code>: \(s.verifyProofs)</li>
            <li><code>/api/v1/outcomes</code>: \(s.apiLink)</li>
            </ul>
            <p>\(s.verifyKey):</p>
            <pre class="key">\(verifierKey)</pre>
            <h2>\(s.verifyHowTitle)</h2>
            <p>\(s.verifyHow)</p>
            <pre>candor-audit verify URL --key Keys/outcomes.key --keys Keys</pre>
            <p>\(s.verifyOtherTools)</p>
            """)
    }
}
