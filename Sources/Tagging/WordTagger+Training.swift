import Foundation
import TextScanning

extension WordTagger {
    /// A text and, for each of its words, whether a redactor removed it.
    package struct Example {
        package let scan: TextScan
        package let tagged: [Bool]

        /// The words of `text` that overlap one of `removed` (UTF-16 ranges of the text) are tagged.
        package init(_ scan: TextScan, removed: [NSRange]) {
            self.scan = scan
            tagged = scan.words.list.map { word in removed.contains { NSIntersectionRange($0, word.range).length > 0 } }
        }
    }

    /// The mean of `orders` averaged perceptrons, each trained on `examples` for `epochs` passes in an order
    /// shuffled by its own seed (`seed`, `seed + 1`, …): the same examples and seeds give the same weights.
    /// One order alone moves a batch's recall by up to 1.3 points from one seed to the next (Tagging.docc,
    /// "Training noise"); the mean of several is steadier. The word before is given its true tag.
    package static func train(
        _ examples: [Example], lexicons: TaggerLexicons, bits: Int = 20, epochs: Int = 10, seed: UInt64 = 1,
        orders: Int = 1, threshold: Float = 0
    ) -> WordTagger {
        let mask = UInt64((1 << bits) - 1)
        // Every word's features, worked out once: (first feature, count) into one flat list.
        var flat: [UInt32] = []
        var words: [(start: Int, count: Int, tagged: Bool)] = []
        var sentences: [Range<Int>] = []
        var features: [UInt64] = []
        for example in examples {
            let all = WordFeatures.of(example.scan, lexicons: lexicons)
            let first = words.count
            for i in all.indices {
                WordFeatures.features(
                    of: all, at: i, previousTagged: i > 0 && example.tagged[i - 1], into: &features)
                words.append((flat.count, features.count, example.tagged[i]))
                flat += features.map { UInt32($0 & mask) }
            }
            sentences.append(first..<words.count)
        }
        var mean = [Double](repeating: 0, count: 1 << bits)
        for k in 0..<max(orders, 1) {
            let averaged = averagedPerceptron(
                flat: flat, words: words, sentences: sentences, bits: bits, epochs: epochs, seed: seed &+ UInt64(k))
            for j in mean.indices { mean[j] += averaged[j] }
        }
        let weights = mean.map { Float($0 / Double(max(orders, 1))) }
        return WordTagger(weights: weights, bits: bits, threshold: threshold)
    }

    /// One perceptron's weights averaged over every step of its training, in the order `seed` shuffles.
    private static func averagedPerceptron(
        flat: [UInt32], words: [(start: Int, count: Int, tagged: Bool)], sentences: [Range<Int>], bits: Int,
        epochs: Int, seed: UInt64
    ) -> [Double] {
        var weights = [Float](repeating: 0, count: 1 << bits)
        var totals = [Double](repeating: 0, count: 1 << bits)
        var stamps = [Int](repeating: 0, count: 1 << bits)
        var clock = 0
        var order = Array(sentences.indices)
        var state = seed
        for _ in 0..<epochs {
            // Fisher–Yates with splitmix64, so that the order does not depend on the platform's generator.
            for k in stride(from: order.count - 1, to: 0, by: -1) {
                state = WordFeatures.mix(state, UInt64(k))
                order.swapAt(k, Int(state % UInt64(k + 1)))
            }
            for s in order {
                for w in sentences[s] {
                    clock += 1
                    let word = words[w]
                    let indices = flat[word.start..<(word.start + word.count)]
                    var score: Float = 0
                    for index in indices { score += weights[Int(index)] }
                    guard (score > 0) != word.tagged else { continue }
                    let step: Float = word.tagged ? 1 : -1
                    for index in indices {
                        let j = Int(index)
                        totals[j] += Double(clock - stamps[j]) * Double(weights[j])
                        stamps[j] = clock
                        weights[j] += step
                    }
                }
            }
        }
        return weights.indices.map { j in
            (totals[j] + Double(clock - stamps[j]) * Double(weights[j])) / Double(max(clock, 1))
        }
    }
}
