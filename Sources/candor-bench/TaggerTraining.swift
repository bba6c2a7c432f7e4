import Commands
import Foundation
import SanitizerEvaluation
import Tagging

/// `candor-bench train-tagger`: trains the sanitizer's word tagger on the evaluation set and the held-out
/// batches (less those `--exclude` names, to score it on text it has not seen) and writes its file.
/// The same data give the same file: the order of training is shuffled by a fixed seed.
struct TaggerTraining {
    let out: String
    let excluded: Set<String>
    let epochs: Int
    let threshold: Float

    init(_ arguments: ParsedArguments) throws(Problem) {
        out = arguments.value("--out") ?? "Sources/Tagging/Model/word-tagger.bin"
        excluded = Set((arguments.value("--exclude") ?? "").split(separator: ",").map { "heldout-\($0)" })
        epochs = try arguments.count("--epochs", default: 10)
        guard let threshold = Float(arguments.value("--threshold") ?? "5"), threshold.isFinite else {
            throw .usage("--threshold must be a number")
        }
        self.threshold = threshold
    }

    func run() throws {
        let tagger = try SanitizerEvaluation.trainedTagger(excluding: excluded, epochs: epochs, threshold: threshold)
        let file = tagger.file()
        try Data(file).write(to: URL(fileURLWithPath: out))
        Command.say("\(file.count) bytes written to \(out)")
    }
}
