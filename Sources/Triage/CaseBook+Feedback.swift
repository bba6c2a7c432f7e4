import Casework

extension CaseBook {
    /// The report of a case opened from feedback: the feedback's province, procedure and agency, its
    /// comment as the account, its month, and no misconduct kind (the inspector has not named one);
    /// received on the day of the opening (Deadlines.md, "Cases opened from feedback"). nil when the
    /// plaintext is not feedback or carries no comment.
    static func report(feedback plaintext: [UInt8], openedOn day: CalendarDay?) -> CaseMessage? {
        guard let feedback = ServiceFeedback(json: plaintext), let comment = feedback.comment else { return nil }
        let report = Report(
            province: feedback.province, procedure: feedback.procedure, agency: feedback.agency, misconduct: [],
            account: comment, month: feedback.month.month, year: feedback.month.year)
        return CaseMessage(body: .report(report), receivedOn: day)
    }
}
