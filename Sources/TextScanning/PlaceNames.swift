import Foundation

/// Names of places that must stay although they begin like personal names (provinces, a deployment's
/// keep-list), prepared for finding them among a text's words.
package struct PlaceNames: Sendable {
    /// Each name folded and split into words.
    private let folded: Set<[String]>
    /// Each name's words lower-cased and folded, by its first word folded, longest first.
    private let byFirst: [String: [[PlaceWord]]]

    /// A word of a place's name, lower-cased and folded.
    struct PlaceWord: Sendable {
        let lower: String
        let folded: String
    }

    /// Place names kept besides the catalogue's provinces and the lexicon's keep-list: the English forms.
    /// The country is as coarse as a province and stays even after an honorific: "Mẹ Việt Nam anh hùng".
    package static let builtIn: [String] = [
        "Hanoi", "Ho Chi Minh City", "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh", "Việt Nam", "Vietnam",
    ]

    package init(_ names: [String]) {
        folded = Set(names.map { Folding.words(Folding.fold($0)) }.filter { !$0.isEmpty })
        let split = names.map { name in
            Folding.words(name.lowercased()).map { PlaceWord(lower: Folding.lexiconTone($0), folded: Folding.fold($0)) }
        }
        byFirst = Dictionary(grouping: split.filter { !$0.isEmpty }, by: { $0[0].folded }).mapValues {
            $0.sorted { $0.count > $1.count }
        }
    }

    /// Whether `name` is one of the places, compared folded.
    package func contains(_ name: String) -> Bool { folded.contains(Folding.words(Folding.fold(name))) }

    /// The length in words of the longest place that starts at word `index`, or 0.
    /// Words are compared with their marks, or folded when the whole run is typed without them ("Hue" is
    /// Huế, "Huệ" is not): a run with marks elsewhere was typed with them, so its bare words are as
    /// meant ("Ba Đen" is a nickname, not the mountain Bà Đen).
    package func length(in words: Words, at index: Int) -> Int {
        guard let candidates = byFirst[words[index].folded] else { return 0 }
        return candidates.first { place in
            guard index + place.count <= words.count else { return false }
            let run = words.list[index..<index + place.count]
            let unmarked = run.allSatisfy(\.isASCII)
            return zip(place, run).allSatisfy { unmarked ? $0.folded == $1.folded : $0.lower == $1.lower }
        }?.count ?? 0
    }
}
