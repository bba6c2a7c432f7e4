import Web

/// The page shell of the workbench: its own header (the Lock button while unlocked, the language
/// switch), main and footer; two local stylesheets and nothing else, no script.
enum WorkbenchPage {
    static func render(
        _ exchange: Workbench.Exchange, title: String, csrf: String?, unlocked: Bool, _ body: HTML,
        refresh seconds: Int? = nil
    ) -> String {
        shell(
            exchange.language, path: exchange.path, title: title, csrf: csrf, unlocked: unlocked, body,
            refresh: seconds)
    }

    /// `refresh`: the page reloads itself after that many seconds (a meta refresh: no script, and
    /// the CSP governs no navigation).
    static func shell(
        _ language: Language, path: String, title: String, csrf: String?, unlocked: Bool, _ body: HTML,
        refresh seconds: Int? = nil
    ) -> String {
        let s = language.workbench
        let other: Language = language == .vi ? .en : .vi
        let lock: HTML =
            unlocked && csrf != nil
            ? """
            <form method="post" action="\(language.prefix)/lock" class="lockform"><input type="hidden" name="csrf" value="\(csrf ?? "")"><button type="submit">\(s.lockButton)</button></form>
            """ : ""
        let document: HTML = """
            <!doctype html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            \(seconds.map { HTML(trusted: "<meta http-equiv=\"refresh\" content=\"\($0)\">\n") } ?? "")\
            <title>\(title) · \(s.title)</title>
            <link rel="stylesheet" href="/static/candor.css">
            <link rel="stylesheet" href="/static/workbench.css">
            </head>
            <body>
            <a class="skip" href="#main">\(s.skipToContent)</a>
            <header><div class="bar">
            <a class="name" href="\(language.prefix)/">\(s.title)</a>
            \(lock)
            <a class="lang" lang="\(other.rawValue)" hreflang="\(other.rawValue)" href="\(other.prefix)\(path)">\(s.otherLanguageLink)</a>
            </div></header>
            <main id="main">
            \(body)
            </main>
            <footer><p>\(s.footer)</p></footer>
            </body>
            </html>

            """
        return document.rendered
    }

    static func refusal(_ text: String, _ language: Language) -> String {
        let s = language.workbench
        return shell(
            language, path: "/", title: s.refusedTitle, csrf: nil, unlocked: false,
            "<h1>\(s.refusedTitle)</h1><p class=\"error\">\(text)</p>")
    }

    static func message(_ text: String, _ exchange: Workbench.Exchange, csrf: String) -> String {
        render(exchange, title: text, csrf: csrf, unlocked: true, "<h1>\(text)</h1>")
    }

    /// The workbench's additions to the citizen's stylesheet: the inbox's deadline colours, flags.
    static let stylesheet = """
        .lockform { display: inline; margin-left: auto; margin-right: 1em; }
        .overdue { background: #fde2e1; color: #8a1c14; }
        .soon { background: #fff1cc; color: #6b4a00; }
        .new-mark { font-weight: bold; color: #0b5394; }
        .flagged { background: #fde2e1; color: #8a1c14; font-weight: bold; }
        .error { color: #8a1c14; font-weight: bold; }
        .notice { border-left: 4px solid #0b5394; padding: 0.5em 1em; white-space: pre-wrap; }
        .notice.failure { border-color: #8a1c14; color: #8a1c14; }
        .warning { border: 2px solid #8a1c14; padding: 0.5em 1em; }
        .account { white-space: pre-wrap; }
        main { max-width: 72rem; }
        .filters { display: flex; flex-wrap: wrap; gap: 0 1em; align-items: flex-end; }
        .filters label { margin: 6px 0 2px; }
        .filters select, .filters input[type=number] { width: auto; max-width: 14rem; }
        mark.redacted { background: #d9e8fb; }
        mark.quote { background: #fde2e1; outline: 1px solid #8a1c14; }
        mark.flag { background: #fff1cc; outline: 1px dashed #6b4a00; }
        table.cases { border-collapse: collapse; width: 100%; }
        table.cases td, table.cases th { padding: 0.25em 0.5em; border-bottom: 1px solid #ccc; text-align: left; }
        img.attachment { max-width: 100%; height: auto; }
        .signed dt { font-weight: bold; }
        .signed dd { white-space: pre-wrap; margin-bottom: 0.5em; }
        """
}
