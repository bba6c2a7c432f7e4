import Web

/// The strings of the Feedback page, one table per language, apart from ``WorkbenchStrings`` so that
/// the page adds no line to the main tables.
struct FeedbackStrings: Sendable {
    let title: String
    let lead: String
    let none: String
    let columnProcedure: String
    let columnCount: String
    let criteria: [String: String]
    let commentsTitle: String
    let overall: String
    let openedAs: @Sendable (UInt64) -> String
    let reasonLabel: String
    let openButton: String
    let confirmTitle: String
    let confirmLead: String
    let noCitizen: String
    let confirmButton: String
    let cancel: String
    let done: @Sendable (Int?) -> String
    let link: String
    /// The confirmation's rows: the feedback, the comment that becomes the report, the reason.
    let rowFeedback: String
    let rowComment: String
    let rowReason: String

    static let vietnamese = FeedbackStrings(
        title: "Góp ý",
        lead: "Góp ý về dịch vụ gửi đến đơn vị của bạn, theo cơ quan và thủ tục, tách khỏi các vụ việc. "
            + "Mức trung bình từ 1 (rất kém) đến 5 (rất tốt).",
        none: "Chưa có góp ý nào mà khoá của bạn mở được.", columnProcedure: "Thủ tục", columnCount: "Số lượt",
        criteria: [
            "staff": "Thái độ cán bộ", "timeliness": "Đúng hẹn", "extras": "Không đòi thêm giấy tờ, phí",
            "overall": "Chung",
        ],
        commentsTitle: "Ý kiến", overall: "Chung", openedAs: { "Đã mở thành vụ việc \($0)" },
        reasonLabel: "Lý do mở vụ việc (chỉ thanh tra đọc)", openButton: "Xem lại để mở vụ việc",
        confirmTitle: "Xác nhận mở vụ việc từ góp ý",
        confirmLead: "Kiểm tra đúng những gì sẽ được ký và gửi. Mỗi ý kiến chỉ mở thành vụ việc một lần.",
        noCitizen: "Vụ việc không có người dân: không thể trả lời, và không ai được báo.",
        confirmButton: "Ký và gửi", cancel: "Huỷ", done: { "Đã mở vụ việc \($0.map(String.init) ?? "?")." },
        link: "Góp ý", rowFeedback: "Góp ý", rowComment: "Ý kiến (nội dung phản ánh của vụ việc)",
        rowReason: "Lý do (niêm phong)")

    static let english = FeedbackStrings(
        title: "Feedback",
        lead: "Service feedback sent to your unit, per agency and procedure, apart from the cases. "
            + "Mean levels from 1 (very bad) to 5 (very good).",
        none: "No service feedback that your keys open.", columnProcedure: "Procedure", columnCount: "Ratings",
        criteria: [
            "staff": "Staff", "timeliness": "On time", "extras": "No extra papers or fees", "overall": "Overall",
        ],
        commentsTitle: "Comments", overall: "Overall", openedAs: { "Opened as case \($0)" },
        reasonLabel: "Why this comment becomes a case (inspectors only)", openButton: "Review opening a case",
        confirmTitle: "Confirm: open a case from feedback",
        confirmLead: "Check exactly what will be signed and sent. A comment is opened as a case once.",
        noCitizen: "The case has no citizen: no reply can be sent, and nobody is told.",
        confirmButton: "Sign and send", cancel: "Cancel", done: { "Case \($0.map(String.init) ?? "?") opened." },
        link: "Feedback", rowFeedback: "Feedback", rowComment: "Comment (the case's report text)",
        rowReason: "Reason (sealed)")
}

extension Language {
    var feedback: FeedbackStrings { self == .vi ? .vietnamese : .english }
}
