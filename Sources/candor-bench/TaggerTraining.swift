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
    /// `--seed N`: the order of training's seed (1, the shipped model's), to measure how much the order moves it.
    let seed: UInt64
    /// `--orders K`: the mean of K perceptrons, trained in orders shuffled by seeds seed to seed + K - 1.
    let orders: Int

    init(_ arguments: ParsedArguments) throws(Problem) {
        out = arguments.value("--out") ?? "Sources/Tagging/Model/word-tagger.bin"
        excluded = Set((arguments.value("--exclude") ?? "").split(separator: ",").map { "heldout-\($0)" })
        epochs = try arguments.count("--epochs", default: 10)
        guard let threshold = Float(arguments.value("--threshold") ?? "5"), threshold.isFinite else {
            throw .usage("--threshold must be a number")
        }
        self.threshold = threshold
        seed = UInt64(try arguments.count("--seed", default: 1))
        orders = try arguments.count("--orders", default: 5)
    }

    func run() throws {
        let tagger = try SanitizerEvaluation.trainedTagger(
            excluding: excluded, epochs: epochs, threshold: threshold, seed: seed, orders: orders)
        let file = tagger.file()
        try Data(file).write(to: URL(fileURLWithPath: out))
        Command.say("\(file.count) bytes written to \(out)")
    }
}
