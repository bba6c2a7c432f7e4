/// The page shell every citizen page shares: header with the language switch, main, footer.
///
/// It loads exactly one local stylesheet and nothing else: no script, no font, no image from anywhere.
package func page(_ language: Language, title: String, alternatePath: String, _ body: HTML) -> String {
    let s = language.strings
    let other = language.other
    let document: HTML = """
        <!doctype html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>\(title) · \(s.siteName)</title>
        <link rel="stylesheet" href="/static/candor.css">
        </head>
        <body>
        <a class="skip" href="#main">\(s.skipToContent)</a>
        <header><div class="bar">
        <a class="name" href="\(language.prefix)/">\(s.siteName)<span class="tagline">\(s.siteTagline)</span></a>
        <a class="lang" lang="\(other.rawValue)" hreflang="\(other.rawValue)" href="\(other.prefix)\(alternatePath)">\(s.otherLanguageLink)</a>
        </div></header>
        <main id="main">
        \(body)
        </main>
        <footer><p>\(s.footerPrivacy)</p>
        <p><a href="\(language.prefix)/outcomes">\(s.outcomesTitle)</a> · <a href="\(language.prefix)/stats">\(s.statsTitle)</a> · <a href="\(language.prefix)/verify">\(s.verifyTitle)</a></p></footer>
        </body>
        </html>

        """
    return document.rendered
}
