import Web

/// The home page: what happens to a report, what stays secret, what is published, and four actions.
func homePage(_ language: Language) -> String {
    let s = language.strings
    let p = language.prefix
    let f = FeedbackStrings.of(language)
    let steps = s.homeSteps.map { step -> HTML in "<li>\(step)</li>" }
    return page(
        language, title: s.homeTitle, alternatePath: "/",
        """
        <h1>\(s.homeTitle)</h1>
        <p class="lead">\(s.homeLead)</p>
        <nav class="actions">
        <a class="action" href="\(p)/report">\(s.actionReport)<small>\(s.actionReportHint)</small></a>
        <a class="action secondary" href="\(p)/status">\(s.actionCheck)<small>\(s.actionCheckHint)</small></a>
        <a class="action secondary" href="\(p)/outcomes">\(s.actionOutcomes)<small>\(s.actionOutcomesHint)</small></a>
        <a class="action secondary" href="\(p)/feedback">\(f.action)<small>\(f.actionHint)</small></a>
        </nav>
        <h2>\(s.homeStepsTitle)</h2>
        <ol>\(steps)</ol>
        <div class="box"><h2>\(s.homeSecretTitle)</h2><p>\(s.homeSecret)</p></div>
        <div class="box"><h2>\(s.homePublicTitle)</h2><p>\(s.homePublic)</p></div>
        """)
}
