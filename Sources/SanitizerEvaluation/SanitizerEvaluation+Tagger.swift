import Foundation
import Sanitization
import Tagging

extension SanitizerEvaluation {
    /// The sanitizer's word tagger trained on the shipped set and held-out batches, less the batches
    /// named in `excluded` ("heldout-55"), to score it on text it has not seen. Each word is tagged if
    /// it overlaps one of its sentence's remove spans, wherever that span stands in the sentence. The
    /// shipped `Model/word-tagger.bin` is this with the defaults; the same data and seed give the same file.
    package static func trainedTagger(
        excluding excluded: Set<String> = [], epochs: Int = 10, threshold: Float = 5, seed: UInt64 = 1,
        orders: Int = 5
    ) throws -> WordTagger {
        let sanitizer = Sanitizer()
        var sentences = try shippedSet()
        for (name, batch) in try shippedHeldOutSets() where !excluded.contains(name) { sentences += batch }
        let examples = sentences.map { sentence in
            let scan = sanitizer.scanned(sentence.text)
            let text = scan.text as NSString
            var removed: [NSRange] = []
            for span in sentence.remove where !span.isEmpty {
                var from = 0
                while from < text.length {
                    let found = text.range(of: span, range: NSRange(location: from, length: text.length - from))
                    guard found.location != NSNotFound else { break }
                    removed.append(found)
                    from = NSMaxRange(found)
                }
            }
            return WordTagger.Example(scan, removed: removed)
        }
        return WordTagger.train(
            examples, lexicons: sanitizer.taggerLexicons, epochs: epochs, seed: seed, orders: orders,
            threshold: threshold)
    }
}
