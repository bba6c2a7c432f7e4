import Web

/// `/open-data/`: the files, and what every field means (the same definitions as OpenData.md).
extension PublicSite {
    /// One documented field: its name, and its meaning in Vietnamese and English.
    private struct FieldDefinition {
        let name: String
        let vi: String
        let en: String
    }

    private static let satisfactionFields = [
        FieldDefinition(
            name: "dimension",
            vi:
                "Cách nhóm: province, agency, procedure, group (cả ba), month (tháng đến) hoặc cell (cả bốn: xu hướng theo tháng)",
            en:
                "How the ratings are grouped: province, agency, procedure, group (all three), month (of the visit) or cell (all four: the trend by month)"
        ),
        FieldDefinition(
            name: "province, agency, procedure",
            vi: "Mã trong danh mục (tỉnh, cơ quan, thủ tục); trống nếu không nhóm theo đó",
            en: "Catalogue ids (province, agency, procedure); empty when not grouped by it"),
        FieldDefinition(name: "month", vi: "Tháng đến làm thủ tục, YYYY-MM", en: "Month of the visit, YYYY-MM"),
        FieldDefinition(name: "count", vi: "Số đánh giá (ít nhất 10)", en: "Ratings (at least 10)"),
        FieldDefinition(
            name: "satisfied", vi: "Số đánh giá mức 4 hoặc 5 ở câu hỏi chung",
            en: "Ratings of level 4 or 5 on the overall question"),
        FieldDefinition(
            name: "share", vi: "satisfied / count, 4 chữ số thập phân", en: "satisfied / count, 4 decimals"),
        FieldDefinition(
            name: "ci95_lower, ci95_upper (JSON: lower, upper)", vi: "Khoảng tin cậy 95% Wilson của share",
            en: "The 95% Wilson interval of share"),
        FieldDefinition(
            name: "through", vi: "Ngày cuối cùng được tính (YYYY-MM-DD); cập nhật mỗi ngày một lần",
            en: "The last day counted (YYYY-MM-DD); updated once a day"),
    ]

    private static let outcomeFields = [
        FieldDefinition(name: "id", vi: "Mã kết quả (16 chữ số hex)", en: "The outcome's id (16 hex digits)"),
        FieldDefinition(
            name: "province, procedure, kinds, outcome",
            vi: "Mã trong danh mục; kinds cách nhau bởi dấu ;", en: "Catalogue ids; kinds separated by ;"),
        FieldDefinition(
            name: "agency, summary", vi: "Văn bản đã được lọc thông tin cá nhân trước khi công bố",
            en: "Text sanitized of personal data before publication"),
        FieldDefinition(
            name: "month_received, month_resolved", vi: "Tháng nhận và tháng giải quyết, YYYY-MM",
            en: "Months received and resolved, YYYY-MM"),
        FieldDefinition(
            name: "resolved_within", vi: "Khoảng số ngày giải quyết: 0-15, 16-30, 31-45, 46-60, 61-90, 91+",
            en: "Days to resolve, as a range: 0-15, 16-30, 31-45, 46-60, 61-90, 91+"),
        FieldDefinition(
            name: "deadline_met", vi: "true nếu đúng hạn luật định", en: "true if within the statutory deadline"),
    ]

    private static let statisticsFields = [
        FieldDefinition(
            name: "dimension", vi: "total, on-time (đúng hạn), province, kind (loại vi phạm) hoặc outcome",
            en: "total, on-time, province, kind (of misconduct) or outcome"),
        FieldDefinition(
            name: "id", vi: "Mã trong danh mục; trống cho total, on-time", en: "Catalogue id; empty for total, on-time"),
        FieldDefinition(name: "count", vi: "Số kết quả đã công bố", en: "Published outcomes"),
    ]

    static func openDataPage(_ language: Language) -> String {
        let f = FeedbackStrings.of(language)
        let vi = language == .vi
        func table(_ caption: String, _ fields: [FieldDefinition]) -> HTML {
            let rows = fields.map { field -> HTML in
                "<tr><th scope=\"row\"><code>\(field.name)</code></th><td>\(vi ? field.vi : field.en)</td></tr>"
            }
            return """
                <table class="figures"><caption>\(caption)</caption>
                <thead><tr><th scope="col">\(vi ? "Trường" : "Field")</th><th scope="col">\(vi ? "Ý nghĩa" : "Meaning")</th></tr></thead>
                <tbody>\(rows)</tbody></table>
                """
        }
        return page(
            language, title: f.openDataLink, alternatePath: "/open-data/",
            """
            <h1>\(f.openDataLink)</h1>
            <p class="lead">\(vi
                ? "Số liệu công khai của Candor, để ai cũng tải về và kiểm tra. CSV theo RFC 4180 (UTF-8, dòng đầu là tên cột); JSON qua API, mô tả trong openapi.json."
                : "Candor's public figures, for anyone to download and check. CSV as RFC 4180 (UTF-8, a header row); JSON from the API, described in openapi.json.")</p>
            \(publicLinks(language))
            <ul>
            <li><a href="/open-data/satisfaction.csv">satisfaction.csv</a> · <a href="/api/v1/satisfaction">/api/v1/satisfaction</a> (JSON): \(f.indexTitle)</li>
            <li><a href="/open-data/outcomes.csv">outcomes.csv</a> · <a href="/api/v1/outcomes">/api/v1/outcomes</a> (JSON)</li>
            <li><a href="/open-data/statistics.csv">statistics.csv</a> · <a href="/api/v1/statistics">/api/v1/statistics</a> (JSON)</li>
            <li><a href="/api/v1/openapi.json">openapi.json</a></li>
            </ul>
            <p class="box">\(f.indexNote)</p>
            \(table("satisfaction.csv", satisfactionFields))
            \(table("outcomes.csv", outcomeFields))
            \(table("statistics.csv", statisticsFields))
            """)
    }
}
