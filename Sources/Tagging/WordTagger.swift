import Foundation
import TextScanning

/// A learned second opinion on which words of a text are personal data: an averaged perceptron over
/// each word's shape, its neighbours and the lexicons it is in, trained on the project's annotated
/// sentences (every remove span of the evaluation set and the held-out batches). The rules say why they
/// remove a span; the tagger only says that text like this was removed before. The sanitizer removes
/// what it tags after its own place, company and keep checks (Sanitizer.md, "The word tagger").
///
/// Features are hashed into a table of `1 << bits` weights; a word's features are its own folded and
/// lower-cased form, its shape, first and last three letters, the two words before and after it, the
/// separators around it, whether it starts the text or a kept place, the lexicons it and its neighbours
/// are in, and the tag given to the word before it (tags go left to right).
public struct WordTagger: Sendable, Equatable {
    /// The weights, indexed by a feature's hash masked to `bits`.
    public let weights: [Float]
    public let bits: Int
    /// A word is tagged when its score is above this.
    public let threshold: Float

    public init(weights: [Float], bits: Int, threshold: Float) {
        precondition(weights.count == 1 << bits)
        self.weights = weights
        self.bits = bits
        self.threshold = threshold
    }

    /// The score of each word of the scan, left to right: above `threshold`, the word is personal data.
    package func scores(in scan: TextScan, lexicons: TaggerLexicons) -> [Float] {
        let words = WordFeatures.of(scan, lexicons: lexicons)
        var scores: [Float] = []
        scores.reserveCapacity(words.count)
        var previous = false
        var features: [UInt64] = []
        let mask = UInt64(weights.count - 1)
        for i in words.indices {
            WordFeatures.features(of: words, at: i, previousTagged: previous, into: &features)
            var score: Float = 0
            for feature in features { score += weights[Int(feature & mask)] }
            scores.append(score)
            previous = score > threshold
        }
        return scores
    }

    /// Whether two tagged words go in one run: only spaces or a number's or a handle's separators
    /// (. - / _ @ ') stand between them, three at most.
    static func joins(_ scan: TextScan, from: Int, to: Int) -> Bool {
        guard to - from <= 3 else { return false }
        return scan.units[from..<to].allSatisfy { [0x20, 0x2E, 0x2D, 0x2F, 0x5F, 0x40, 0x27].contains($0) }
    }
}

/// The lexicons the tagger's features ask about, folded once from a ``Vocabulary``: each folded word
/// with one bit for each list it is in.
package struct TaggerLexicons: Sendable {
    let bitsByWord: [String: UInt32]

    package init(_ vocabulary: Vocabulary) {
        let lists: [[String]] = [
            Array(vocabulary.families), Array(vocabulary.highland), Array(vocabulary.givenFolded),
            Array(vocabulary.middlesFolded), Array(vocabulary.honorificSingles), Array(vocabulary.nicknamesFolded),
            Array(vocabulary.saints), Array(vocabulary.officesFolded), Array(vocabulary.westernGiven),
            Array(vocabulary.asianFamilies), Array(vocabulary.asianGiven),
            vocabulary.roles.compactMap { $0.count == 1 ? $0[0] : nil },
        ]
        var bitsByWord: [String: UInt32] = [:]
        for (k, list) in lists.enumerated() {
            for word in list { bitsByWord[Folding.fold(word), default: 0] |= 1 << UInt32(k) }
        }
        self.bitsByWord = bitsByWord
    }

    /// The bits of the family names' list and of the office words' list (`office-words.txt`, folded).
    static let familyBit: UInt32 = 1 << 0
    static let officeBit: UInt32 = 1 << 7

    /// One bit for each list the folded word is in.
    func bits(_ folded: String) -> UInt32 { bitsByWord[folded] ?? 0 }
}
