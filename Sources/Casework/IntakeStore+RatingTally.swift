import Foundation

/// The public tally of satisfaction levels: how many ratings of each level the intake has sealed.
///
/// A rating is sealed like every citizen message, so the intake log cannot tell its level afterwards.
/// The intake does see the level for the instant it seals a rating sent through the web form or the
/// JSON API, and counts it here, in `DATA/rating-tally.json`: five numbers and nothing else — no case,
/// no day, no comment — so the published statistics can show how satisfied people are without any
/// rating being linked to its case. Ratings sealed on the citizen's own device are counted in the log
/// (``ratingCount(in:)``) but not by level: the intake never sees them.
///
/// The file is replaced atomically after each rating; a crash between the rating's append and the
/// file's write loses that one increment (the rating itself is durable).
extension IntakeStore {
    public static let ratingTallyFileName = "rating-tally.json"

    /// The number of ratings of each level that this intake sealed.
    public var ratingLevels: [Rating.Level: Int] {
        ratingTallyLock.lock()
        defer { ratingTallyLock.unlock() }
        return loadRatingTally()
    }

    /// Adds one rating of `level` to the tally file.
    func countRating(_ level: Rating.Level) {
        ratingTallyLock.lock()
        defer { ratingTallyLock.unlock() }
        var tally = loadRatingTally()
        tally[level, default: 0] += 1
        let object: [String: Any] = [
            "format": "candor-rating-tally-v1",
            "counts": Dictionary(uniqueKeysWithValues: Rating.Level.allCases.map { ($0.rawValue, tally[$0] ?? 0) }),
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return }
        try? data.write(to: URL(fileURLWithPath: ratingTallyPath), options: .atomic)
    }

    private var ratingTallyPath: String { dataDirectory + "/" + Self.ratingTallyFileName }

    private func loadRatingTally() -> [Rating.Level: Int] {
        guard let data = FileManager.default.contents(atPath: ratingTallyPath),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            object["format"] as? String == "candor-rating-tally-v1", let counts = object["counts"] as? [String: Int]
        else { return [:] }
        var tally: [Rating.Level: Int] = [:]
        for level in Rating.Level.allCases { tally[level] = max(0, counts[level.rawValue] ?? 0) }
        return tally
    }
}
