import Foundation

/// The sealed plaintext of service feedback (Envelope.md, "Service feedback"): one JSON object, keys
/// sorted, no white space:
///
/// ```json
/// {"agency":"cong-an","comment":"…","extras":5,"format":"candor-feedback-v1","month":"2026-05","overall":4,"procedure":"dang-ky-khai-sinh","province":"hue","staff":4,"timeliness":3}
/// ```
///
/// `comment` is absent when there is none. A reader refuses anything else: another format, a
/// missing or extra key, a level that is not an integer, a month not `YYYY-MM`.
extension ServiceFeedback {
    public static let format = "candor-feedback-v1"

    /// The JSON bytes that are sealed.
    public func encoded() -> [UInt8] {
        var object: [String: Any] = [
            "format": Self.format, "province": province, "agency": agency, "procedure": procedure,
            "month": month.description,
        ]
        for criterion in Criterion.allCases { object[criterion.rawValue] = levels[criterion] ?? 0 }
        if let comment { object["comment"] = comment }
        // Strings and integers only: serialising them cannot fail.
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return Array(data)
    }

    /// Reads ``encoded()`` bytes back; nil for anything that is not exactly that shape.
    public init?(json bytes: [UInt8]) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
            object["format"] as? String == Self.format
        else { return nil }
        let known: Set<String> = Set(["format", "province", "agency", "procedure", "month", "comment"])
            .union(Criterion.allCases.map(\.rawValue))
        guard Set(object.keys).isSubset(of: known), let province = object["province"] as? String,
            let agency = object["agency"] as? String, let procedure = object["procedure"] as? String,
            let monthText = object["month"] as? String, let month = VisitMonth(text: monthText)
        else { return nil }
        var levels: [Criterion: Int] = [:]
        for criterion in Criterion.allCases {
            guard let level = object[criterion.rawValue] as? Int else { return nil }
            levels[criterion] = level
        }
        let comment = object["comment"]
        guard comment == nil || comment is String else { return nil }
        self.init(
            province: province, agency: agency, procedure: procedure, month: month, levels: levels,
            comment: comment as? String)
    }
}
