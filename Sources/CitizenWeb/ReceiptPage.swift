import API
import Casework
import Foundation
import Stores
import Web

/// The receipt: the token, shown once, large and grouped, with plain advice to keep it safe; and the
/// signed receipt itself (``receiptText(_:logKey:)``), to copy or save, beside the link that downloads it.
///
/// The receipt is on the page, not only behind the link: a citizen on a phone may not be able to keep a
/// download, and the page is all they get before they leave (it is `no-store`).
func receiptPage(
    _ language: Language, groupedToken: String, receiptIndex: UInt64?, receiptText: String?, metadataStripped: Bool,
    handlingUnit: String? = nil, witnesses: WitnessStanding? = nil
) -> String {
    let s = language.strings
    // Each group stays whole; a line may only break after a dash.
    let groups = HTML(
        trusted: groupedToken.split(separator: "-").map { "<span class=\"group\">\(escape(String($0)))</span>" }
            .joined(separator: "-<wbr>"))
    let advice = s.receiptKeepSafe.map { line -> HTML in "<li>\(line)</li>" }
    let unit: HTML = handlingUnit.map { "<p id=\"unit\">\(s.caseHandledBy) <strong>\($0)</strong></p>" } ?? ""
    let stripped: HTML = metadataStripped ? "<p class=\"ok\">\(s.receiptMetadataNote)</p>" : ""
    let text: HTML =
        receiptText.map { text in
            """
            <details><summary>\(s.receiptShowText)</summary>
            <pre id="receipt">\(text)</pre></details>
            """
        } ?? ""
    let witnessed: HTML =
        witnesses.map { "<p id=\"witnesses\" class=\"\($0.isMet ? "ok" : "warning")\">\($0.sentence(language))</p>" }
        ?? ""
    let download: HTML =
        receiptIndex.map { index in
            """
            <h2>\(s.receiptDownload)</h2>
            <p>\(s.receiptDownloadHint)</p>
            <p><a class="button" href="/receipt/\(String(index))" download>\(s.receiptDownload)</a></p>
            \(witnessed)
            \(text)
            """
        } ?? ""
    return page(
        language, title: s.receiptTitle, alternatePath: "/status",
        """
        <h1>\(s.receiptTitle)</h1>
        <p class="lead">\(s.receiptLead)</p>
        <p class="token" id="token" aria-label="\(s.receiptTokenLabel)">\(groups)</p>
        <ul>\(advice)</ul>
        \(unit)
        \(stripped)
        \(download)
        <p><a href="\(language.prefix)/status">\(s.receiptCheckLink)</a></p>
        """)
}

/// The signed receipt of a record, as text (`GET /receipt/INDEX` and the receipt page; ``ReceiptFile``,
/// CitizenWeb.docc/Receipts.md): enough to show later that the log held the record, and nothing about
/// who sent it or what it says. With witnesses, the `checkpoint` given (the inclusion's, with the
/// cosignature lines it has) and its `witnesses:` line.
func receiptText(
    _ inclusion: LogInclusion, logKey: String?, checkpoint: String? = nil, standing: WitnessStanding? = nil
) -> String {
    ReceiptFile(
        origin: inclusion.checkpoint.origin, index: inclusion.leafIndex, leafHash: inclusion.leafHash,
        treeSize: inclusion.checkpoint.size, proof: inclusion.proof.hashes, logKey: logKey,
        witnesses: standing?.text(index: inclusion.leafIndex), checkpoint: checkpoint ?? inclusion.signedCheckpoint
    ).serialized
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
