import Casework
import Foundation

/// The index's file, `DATA/feedback-index.json`, written atomically at each daily batch (keys sorted,
/// no white space; groups sorted by province, agency, procedure, month):
///
/// ```json
/// {"format":"candor-feedback-index-v1","groups":[{"agency":"cong-an","count":12,"month":"2026-05","procedure":"dang-ky-khai-sinh","province":"hue","satisfied":{"extras":11,"overall":9,"staff":10,"timeliness":8}}],"through":"2026-05-04"}
/// ```
extension FeedbackIndex {
    public static let format = "candor-feedback-index-v1"

    /// The file's bytes.
    public func encoded() -> [UInt8] {
        let groups = self.groups.keys.sorted().map { group -> [String: Any] in
            let counts = self.groups[group]!
            return [
                "province": group.province, "agency": group.agency, "procedure": group.procedure,
                "month": group.month.description, "count": counts.count,
                "satisfied": Dictionary(
                    uniqueKeysWithValues: ServiceFeedback.Criterion.allCases.map {
                        ($0.rawValue, counts.satisfied[$0] ?? 0)
                    }),
            ]
        }
        var object: [String: Any] = ["format": Self.format, "groups": groups]
        if let through { object["through"] = through.description }
        // Strings and integers only: serialising them cannot fail.
        return Array(try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
    }

    /// Reads ``encoded()`` bytes; nil for anything else (a group twice, a negative count, more
    /// satisfied than counted, an unknown format).
    public init?(json bytes: [UInt8]) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
            object["format"] as? String == Self.format, let list = object["groups"] as? [[String: Any]]
        else { return nil }
        var index = FeedbackIndex()
        if let text = object["through"] {
            guard let text = text as? String, let day = CalendarDay(iso: text) else { return nil }
            index.through = day
        }
        for item in list {
            guard let province = item["province"] as? String, let agency = item["agency"] as? String,
                let procedure = item["procedure"] as? String, let monthText = item["month"] as? String,
                let month = VisitMonth(text: monthText), let count = item["count"] as? Int, count > 0,
                let satisfiedObject = item["satisfied"] as? [String: Int]
            else { return nil }
            var counts = Counts(count: count)
            for criterion in ServiceFeedback.Criterion.allCases {
                guard let value = satisfiedObject[criterion.rawValue], (0...count).contains(value) else { return nil }
                counts.satisfied[criterion] = value
            }
            let group = Group(province: province, agency: agency, procedure: procedure, month: month)
            guard index.groups.updateValue(counts, forKey: group) == nil else { return nil }
        }
        self = index
    }
}
