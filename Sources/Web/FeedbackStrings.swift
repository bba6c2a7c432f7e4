/// Every string of service feedback and the public satisfaction index, one table per language
/// (``vietnamese``, ``english``). Kept apart from ``Strings`` so the feedback pages read as one unit.
public struct FeedbackStrings: Sendable {
    package let action: String
    package let actionHint: String
    package let title: String
    package let intro: String
    package let anonymousNote: String
    package let fieldProvince: String
    package let fieldAgency: String
    package let fieldAgencyChoose: String
    package let fieldProcedure: String
    package let fieldMonth: String
    /// The four questions, in the order of ``/Casework/ServiceFeedback/Criterion``.
    package let questions: [String]
    /// The five answers to each question, best (5) first.
    package let answers: [[String]]
    package let fieldComment: String
    package let fieldCommentHint: String
    package let submit: String
    package let thanksTitle: String
    package let thanks: String
    package let thanksIndexLink: String
    package let again: String
    // The public index
    package let indexTitle: String
    package let indexLead: String
    package let indexNote: String
    package let indexNone: String
    package let indexThrough: String
    package let byProvince: String
    package let byAgency: String
    package let byProcedure: String
    package let byGroup: String
    package let byMonth: String
    package let columnRatings: String
    package let columnSatisfied: String
    package let columnInterval: String
    package let columnMonth: String
    package let columnTrend: String
    package let hiddenGroups: String
    package let openDataLink: String

    /// The table in `language`.
    package static func of(_ language: Language) -> FeedbackStrings { language == .vi ? .vietnamese : .english }
}

extension FeedbackStrings {
    static let vietnamese = FeedbackStrings(
        action: "Góp ý, đánh giá",
        actionHint: "Một phút: chấm điểm một lần đến làm thủ tục, không cần phản ánh",
        title: "Góp ý, đánh giá cơ quan",
        intro: "Bạn vừa đến làm thủ tục ở một cơ quan? Cho biết bạn được phục vụ thế nào. Mất khoảng một phút.",
        anonymousNote:
            "Không cần tên, số điện thoại hay mã hồ sơ. Điểm của bạn chỉ được cộng vào số liệu chung, mỗi ngày một lần. Ý kiến (nếu có) được niêm phong, chỉ thanh tra của địa phương đọc được.",
        fieldProvince: "Tỉnh, thành phố",
        fieldAgency: "Cơ quan",
        fieldAgencyChoose: "— Chọn cơ quan —",
        fieldProcedure: "Thủ tục",
        fieldMonth: "Tháng bạn đến",
        questions: [
            "Cán bộ đối xử với bạn thế nào?",
            "Hồ sơ có được giải quyết đúng hẹn không?",
            "Có bị đòi thêm giấy tờ hoặc tiền ngoài quy định không?",
            "Nhìn chung, bạn hài lòng không?",
        ],
        answers: [
            ["Rất tốt", "Tốt", "Bình thường", "Kém", "Rất kém"],
            ["Đúng hẹn, nhanh hơn hẹn", "Đúng hẹn", "Trễ ít", "Trễ nhiều", "Chưa xong, không hẹn"],
            [
                "Không", "Có hỏi, nhưng đúng quy định", "Không rõ", "Có, giấy tờ ngoài quy định",
                "Có, tiền ngoài quy định",
            ],
            ["Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng", "Rất không hài lòng"],
        ],
        fieldComment: "Ý kiến thêm (không bắt buộc)",
        fieldCommentHint:
            "Chỉ thanh tra đọc. Đừng ghi tên, số điện thoại của bạn. Nếu bị đòi tiền hoặc gây khó dễ, bạn có thể gửi phản ánh để được theo dõi.",
        submit: "Gửi đánh giá",
        thanksTitle: "Cảm ơn bạn đã đánh giá",
        thanks:
            "Đánh giá đã được lưu và niêm phong. Số liệu công khai được cập nhật mỗi ngày một lần, nên điểm của bạn sẽ xuất hiện từ ngày mai.",
        thanksIndexLink: "Xem chỉ số hài lòng",
        again: "Đánh giá một lần khác",
        indexTitle: "Chỉ số hài lòng",
        indexLead:
            "Người dân đánh giá các lần đến làm thủ tục: bao nhiêu người hài lòng, theo tỉnh, cơ quan và thủ tục.",
        indexNote:
            "Số liệu này chỉ gồm những người tự nguyện đánh giá, không phải một cuộc khảo sát: người gặp chuyện rất tốt hoặc rất tệ thường đánh giá nhiều hơn. Nó cho thấy ý kiến của những người đã gửi, không phải của mọi người dân. Nhóm dưới 10 đánh giá không được hiển thị. Số liệu cập nhật mỗi ngày một lần. “Hài lòng” là mức 4 hoặc 5 (trên 5) của câu hỏi chung; khoảng tin cậy 95% (Wilson) cho biết tỉ lệ có thể dao động bao nhiêu.",
        indexNone: "Chưa có nhóm nào đủ 10 đánh giá.",
        indexThrough: "Số liệu tính đến hết ngày",
        byProvince: "Theo tỉnh, thành phố",
        byAgency: "Theo cơ quan",
        byProcedure: "Theo thủ tục",
        byGroup: "Theo tỉnh, cơ quan và thủ tục",
        byMonth: "Theo tháng đến làm thủ tục",
        columnRatings: "Số đánh giá",
        columnSatisfied: "Hài lòng",
        columnInterval: "Khoảng tin cậy 95%",
        columnMonth: "Tháng",
        columnTrend: "Theo tháng (tỉ lệ hài lòng, số đánh giá)",
        hiddenGroups: "Nhóm dưới 10 đánh giá không hiển thị:",
        openDataLink: "Dữ liệu mở (CSV, JSON)")

    static let english = FeedbackStrings(
        action: "Rate a service",
        actionHint: "One minute: rate a visit to an agency, no complaint needed",
        title: "Rate an agency's service",
        intro: "Did you just deal with an agency? Tell us how you were served. It takes about a minute.",
        anonymousNote:
            "No name, phone number or case code needed. Your rating is only added to the public figures, once a day. A comment, if you write one, is sealed: only the local inspectors can read it.",
        fieldProvince: "Province or city",
        fieldAgency: "Agency",
        fieldAgencyChoose: "— Choose the agency —",
        fieldProcedure: "Procedure",
        fieldMonth: "Month of your visit",
        questions: [
            "How did the staff treat you?",
            "Was it done in the promised time?",
            "Were you asked for papers or money beyond the rules?",
            "Overall, are you satisfied?",
        ],
        answers: [
            ["Very well", "Well", "Neither well nor badly", "Badly", "Very badly"],
            ["On time or early", "On time", "A little late", "Very late", "Not done, no date given"],
            [
                "No", "Asked, but within the rules", "Not sure", "Yes, papers beyond the rules",
                "Yes, money beyond the rules",
            ],
            ["Very satisfied", "Satisfied", "Neither satisfied nor dissatisfied", "Dissatisfied", "Very dissatisfied"],
        ],
        fieldComment: "Anything to add (optional)",
        fieldCommentHint:
            "Only inspectors read it. Do not write your name or phone number. If you were asked for money or obstructed, you can send a report to have it followed up.",
        submit: "Send the rating",
        thanksTitle: "Thank you for your rating",
        thanks:
            "Your rating is stored and sealed. The public figures are updated once a day, so it will count from tomorrow.",
        thanksIndexLink: "See the satisfaction index",
        again: "Rate another visit",
        indexTitle: "Satisfaction index",
        indexLead: "People rate their visits to agencies: how many were satisfied, by province, agency and procedure.",
        indexNote:
            "These figures count only the people who chose to rate a visit. They are not a survey: people with a very good or a very bad experience rate more often. They show what those people said, not what every citizen thinks. A group with fewer than 10 ratings is not shown. The figures are updated once a day. “Satisfied” means level 4 or 5 (out of 5) on the overall question; the 95% interval (Wilson) shows how far the share could be off.",
        indexNone: "No group has 10 ratings yet.",
        indexThrough: "Figures up to the end of",
        byProvince: "By province or city",
        byAgency: "By agency",
        byProcedure: "By procedure",
        byGroup: "By province, agency and procedure",
        byMonth: "By month of visit",
        columnRatings: "Ratings",
        columnSatisfied: "Satisfied",
        columnInterval: "95% interval",
        columnMonth: "Month",
        columnTrend: "By month (share satisfied, ratings)",
        hiddenGroups: "Groups with fewer than 10 ratings are not shown:",
        openDataLink: "Open data (CSV, JSON)")
}
