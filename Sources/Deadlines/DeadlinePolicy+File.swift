import Casework
import Catalogue
import Foundation

// The holidays file: a catalogue file of kind `holidays` (Deadlines.md: the holidays file), read
// strictly. A deadline computed from a misspelt key or an impossible date would be silently wrong, so
// every unknown key and every bad value stops the load with the place it is at.

extension DeadlinePolicy {
    /// The file name of the holidays file in a catalogue folder.
    public static let fileName = "holidays.json"

    /// The law's rules over the calendar shipped with Catalogue (`Catalog/holidays.json`).
    ///
    /// The file is read on every call; keep the result. It lists the holidays known when the code was
    /// released: a deployment keeps its own copy up to date and loads it with ``init(path:)``.
    public static func bundled() throws(CatalogueError) -> DeadlinePolicy {
        guard let directory = Catalog.bundledDirectory else {
            throw .missing(path: Catalog.expectedBundledDirectory + "/" + fileName)
        }
        return try DeadlinePolicy(path: (directory as NSString).appendingPathComponent(fileName))
    }

    /// Reads a holidays file.
    ///
    /// Throws ``/Catalogue/CatalogueError/missing(path:)`` when there is no file at `path`, and
    /// ``/Catalogue/CatalogueError/malformed(file:reason:)`` when it is not valid.
    public init(path: String) throws(CatalogueError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .missing(path: path) }
        try self.init(json: Array(data), name: path)
    }

    /// Parses and checks a holidays file; `name` is only for messages.
    ///
    /// Rules the file leaves out keep the law's values. Throws
    /// ``/Catalogue/CatalogueError/malformed(file:reason:)`` with what is wrong and where: not JSON, a wrong
    /// `format` or `kind`, an unknown or missing key, a value of the wrong type, a date that does not
    /// exist, a duplicate day, a number out of range, a worked day that is not on the weekend.
    public init(json: [UInt8], name: String = DeadlinePolicy.fileName) throws(CatalogueError) {
        func fail(_ reason: String) -> CatalogueError { .malformed(file: name, reason: reason) }
        let file: HolidaysFile
        do {
            file = try JSONDecoder().decode(HolidaysFile.self, from: Data(json))
        } catch let error as UnknownKey {
            throw fail("unknown key \"\(error.path)\"; check its spelling against Deadlines.md")
        } catch let DecodingError.keyNotFound(key, context) {
            throw fail("the key \"\(keyPath(context.codingPath + [key]))\" is missing")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw fail("wrong type at \(keyPath(context.codingPath))")
        } catch let DecodingError.dataCorrupted(context) where !context.codingPath.isEmpty {
            throw fail("invalid value at \(keyPath(context.codingPath))")
        } catch {
            throw fail("not valid JSON")
        }
        guard file.format == HolidaysFile.format else { throw fail("\"format\" must be \"\(HolidaysFile.format)\"") }
        guard file.kind == HolidaysFile.kind else {
            throw fail("\"kind\" is \"\(file.kind)\", expected \"\(HolidaysFile.kind)\"")
        }

        var policy = DeadlinePolicy()
        if let rules = file.rules {
            func number(_ value: Double?, _ key: String, in range: ClosedRange<Int>) throws(CatalogueError) -> Int? {
                guard let value else { return nil }
                guard value.rounded() == value, value >= Double(range.lowerBound), value <= Double(range.upperBound)
                else {
                    let shown = value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
                    throw fail(
                        "rules.\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound), "
                            + "not \(shown)")
                }
                return Int(value)
            }
            // The bounds keep a typo (300 working days, 9 extensions) from passing for a rule.
            policy.decisionWorkingDays =
                try number(rules.decisionWorkingDays, "decisionWorkingDays", in: 1...60) ?? policy.decisionWorkingDays
            policy.resolutionDays =
                try number(rules.resolutionDays, "resolutionDays", in: 1...365) ?? policy.resolutionDays
            policy.extensionDays = try number(rules.extensionDays, "extensionDays", in: 1...365) ?? policy.extensionDays
            policy.maximumExtensions =
                try number(rules.maximumExtensions, "maximumExtensions", in: 0...10) ?? policy.maximumExtensions
            if let weekend = rules.weekend {
                guard weekend.allSatisfy({ (1...7).contains($0) }) else {
                    throw fail("rules.weekend lists ISO weekdays, 1 (Monday) to 7 (Sunday)")
                }
                guard Set(weekend).count == weekend.count else { throw fail("rules.weekend repeats a weekday") }
                guard weekend.count < 7 else { throw fail("rules.weekend leaves no working day") }
                policy.weekend = Set(weekend)
            }
            policy.rollsOverNonWorkingDays = rules.rollsOverNonWorkingDays ?? policy.rollsOverNonWorkingDays
        }

        guard !file.entries.isEmpty else { throw fail("no holidays: list the public holidays of each year") }
        policy.holidays = try Self.days(file.entries, key: "entries", fail)
        let worked = try Self.days(file.workingWeekendDays ?? [], key: "workingWeekendDays", fail)
        for day in worked.sorted() {
            guard policy.weekend.contains(day.isoWeekday) else {
                throw fail("workingWeekendDays: \(day) is not on the weekend, so it is worked anyway")
            }
            guard !policy.holidays.contains(day) else {
                throw fail("\(day) is both a holiday and a worked weekend day")
            }
        }
        policy.workingWeekendDays = worked
        self = policy
    }

    /// The days of a list, each an existing date with two NFC labels, none twice.
    private static func days(
        _ entries: [HolidaysFile.Entry], key: String, _ fail: (String) -> CatalogueError
    ) throws(CatalogueError) -> Set<CalendarDay> {
        var days: Set<CalendarDay> = []
        for (index, entry) in entries.enumerated() {
            let place = "\(key)[\(index)]"
            guard let day = CalendarDay(iso: entry.day), day.isValid else {
                throw fail("\(place): \"\(entry.day)\" is not a date written YYYY-MM-DD")
            }
            guard days.insert(day).inserted else { throw fail("\(place): \(day) is listed twice") }
            for (language, label) in [("vi", entry.vi), ("en", entry.en)] {
                guard !label.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    throw fail("\(place) has an empty \(language) label")
                }
                // Compared scalar by scalar: String's == treats NFC and NFD as equal, which is the point.
                guard label.unicodeScalars.elementsEqual(label.precomposedStringWithCanonicalMapping.unicodeScalars)
                else { throw fail("the \(language) label of \(place) is not in Unicode NFC") }
            }
        }
        return days
    }

}

/// `entries[3].day` for a coding path.
private func keyPath(_ codingPath: [any CodingKey]) -> String {
    codingPath.reduce("") { path, key in
        if let index = key.intValue { return path + "[\(index)]" }
        return path.isEmpty ? key.stringValue : path + "." + key.stringValue
    }
}

/// The holidays file as it is written (Deadlines.md: the holidays file).
private struct HolidaysFile: Decodable {
    static let format = "candor-catalog-v1"
    static let kind = "holidays"

    var format: String
    var kind: String
    var rules: Rules?
    var entries: [Entry]
    var workingWeekendDays: [Entry]?

    /// The counts are read as `Double` and checked to be whole afterwards: Foundation's decoder
    /// reports `30.5` for an `Int` as "not valid JSON", with no place.
    struct Rules: Decodable {
        var decisionWorkingDays: Double?
        var resolutionDays: Double?
        var extensionDays: Double?
        var maximumExtensions: Double?
        var weekend: [Int]?
        var rollsOverNonWorkingDays: Bool?

        private enum CodingKeys: String, CodingKey, CaseIterable {
            case decisionWorkingDays, resolutionDays, extensionDays, maximumExtensions, weekend
            case rollsOverNonWorkingDays
        }

        init(from decoder: any Decoder) throws {
            try UnknownKey.check(decoder, allowed: CodingKeys.allCases)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            decisionWorkingDays = try container.decodeIfPresent(Double.self, forKey: .decisionWorkingDays)
            resolutionDays = try container.decodeIfPresent(Double.self, forKey: .resolutionDays)
            extensionDays = try container.decodeIfPresent(Double.self, forKey: .extensionDays)
            maximumExtensions = try container.decodeIfPresent(Double.self, forKey: .maximumExtensions)
            weekend = try container.decodeIfPresent([Int].self, forKey: .weekend)
            rollsOverNonWorkingDays = try container.decodeIfPresent(Bool.self, forKey: .rollsOverNonWorkingDays)
        }
    }

    /// A day with its name. `provisional` marks a day the government had not announced when the file
    /// was written; it changes nothing in the computation and is there for whoever edits the file.
    struct Entry: Decodable {
        var day: String
        var vi: String
        var en: String
        var provisional: Bool?

        private enum CodingKeys: String, CodingKey, CaseIterable { case day, vi, en, provisional }

        init(from decoder: any Decoder) throws {
            try UnknownKey.check(decoder, allowed: CodingKeys.allCases)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            day = try container.decode(String.self, forKey: .day)
            vi = try container.decode(String.self, forKey: .vi)
            en = try container.decode(String.self, forKey: .en)
            provisional = try container.decodeIfPresent(Bool.self, forKey: .provisional)
        }
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case format, kind, rules, entries, workingWeekendDays
    }

    init(from decoder: any Decoder) throws {
        try UnknownKey.check(decoder, allowed: CodingKeys.allCases)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(String.self, forKey: .format)
        kind = try container.decode(String.self, forKey: .kind)
        rules = try container.decodeIfPresent(Rules.self, forKey: .rules)
        entries = try container.decode([Entry].self, forKey: .entries)
        workingWeekendDays = try container.decodeIfPresent([Entry].self, forKey: .workingWeekendDays)
    }
}

/// A key the holidays file does not define, found while decoding.
private struct UnknownKey: Error {
    var path: String

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Throws for the first key of the object being decoded that is not in `allowed` (in sorted order,
    /// so the message does not depend on hashing).
    static func check<Key: CodingKey>(_ decoder: any Decoder, allowed: [Key]) throws {
        let known = Set(allowed.map(\.stringValue))
        let keys = try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue).sorted()
        guard let unknown = keys.first(where: { !known.contains($0) }) else { return }
        let place = keyPath(decoder.codingPath)
        throw UnknownKey(path: place.isEmpty ? unknown : place + "." + unknown)
    }
}
