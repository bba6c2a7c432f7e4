/// The receipt: the token, shown once, large and grouped, with plain advice to keep it safe.
func receiptPage(_ language: Language, groupedToken: String, receiptIndex: UInt64?, metadataStripped: Bool) -> String {
    let s = language.strings
    // Each group stays whole; a line may only break after a dash.
    let groups = HTML(
        trusted: groupedToken.split(separator: "-").map { "<span class=\"group\">\(escape(String($0)))</span>" }
            .joined(separator: "-<wbr>"))
    let advice = s.receiptKeepSafe.map { line -> HTML in "<li>\(line)</li>" }
    let stripped: HTML = metadataStripped ? "<p class=\"ok\">\(s.receiptMetadataNote)</p>" : ""
    let download: HTML =
        receiptIndex.map { index in
            """
            <h2>\(s.receiptDownload)</h2>
            <p>\(s.receiptDownloadHint)</p>
            <p><a class="button" href="/receipt/\(String(index))" download>\(s.receiptDownload)</a></p>
            """
        } ?? ""
    return page(
        language, title: s.receiptTitle, alternatePath: "/status",
        """
        <h1>\(s.receiptTitle)</h1>
        <p class="lead">\(s.receiptLead)</p>
        <p class="token" id="token" aria-label="\(s.receiptTokenLabel)">\(groups)</p>
        <ul>\(advice)</ul>
        \(stripped)
        \(download)
        <p><a href="\(language.prefix)/status">\(s.receiptCheckLink)</a></p>
        """)
}

/// The page for an error, in the citizen's language, with a way home.
func errorPage(_ language: Language, title: String, message: String) -> String {
    let s = language.strings
    return page(
        language, title: title, alternatePath: "/",
        """
        <h1>\(title)</h1>
        <p class="lead">\(message)</p>
        <p><a href="\(language.prefix)/">\(s.backHome)</a></p>
        """)
}
