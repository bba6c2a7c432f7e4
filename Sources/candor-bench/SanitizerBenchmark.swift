import Commands
import Foundation
import Sanitization
import SanitizerEvaluation
import Tagging
import TextScanning

/// `candor-bench sanitizer`: recall and keep rate per family on the sanitizer's evaluation set, flags
/// per 200 words on its keep-only sentences, and sentences sanitized per second.
struct SanitizerBenchmark {
    let json: Bool
    let setPath: String?
    let lexiconPath: String?
    let showFailures: Bool
    let seconds: Double
    /// `--tagger FILE` scores with another word tagger's file, `--tagger off` without one.
    let taggerPath: String?

    init(_ arguments: ParsedArguments) throws(Problem) {
        json = arguments.flag("--json")
        setPath = arguments.value("--set")
        lexiconPath = arguments.value("--lexicon")
        showFailures = arguments.flag("--show-failures")
        seconds = Double(try arguments.count("--seconds", default: 2))
        taggerPath = arguments.value("--tagger")
    }

    func run() throws {
        let sentences: [SanitizerEvaluation.Sentence]
        if let setPath {
            sentences = try SanitizerEvaluation.sentences(String(contentsOfFile: setPath, encoding: .utf8))
        } else {
            sentences = try SanitizerEvaluation.shippedSet()
        }
        var sanitizer = Sanitizer(lexicon: try lexiconPath.map { path throws in try Lexicon(adding: path) } ?? .shipped)
        if let taggerPath {
            sanitizer.tagger =
                taggerPath == "off"
                ? nil : try WordTagger(file: Array(Data(contentsOf: URL(fileURLWithPath: taggerPath))))
        }
        let scores = SanitizerEvaluation.score(sentences, with: sanitizer)
        if showFailures {
            for failure in scores.failures {
                Command.say(failure.text + "\n    " + failure.problems.joined(separator: "; "))
            }
        }
        // Throughput: the whole set, over and over, for `seconds`.
        // Wall time, and this thread's CPU time: on a shared machine the second says what the code costs.
        var count = 0
        let start = now()
        let cpuStart = Self.threadCPUSeconds()
        while now() - start < seconds {
            for sentence in sentences { _ = sanitizer.sanitize(sentence.text) }
            count += sentences.count
        }
        let rate = Double(count) / (now() - start)
        let cpuRate = Double(count) / (Self.threadCPUSeconds() - cpuStart)
        let overall = scores.overall
        var rows: [(String, Any)] = [
            ("sentences", sentences.count),
            ("recall", overall.recall),
            ("keepRate", overall.keepRate),
            ("keepOnlyFlagsPer200Words", scores.keepOnlyFlagsPer200Words),
            ("sentencesPerSecond", rate),
            ("sentencesPerCPUSecond", cpuRate),
        ]
        for (family, tally) in scores.families.sorted(by: { $0.key < $1.key }) {
            rows.append(("\(family).sentences", tally.sentences))
            rows.append(("\(family).recall", tally.recall))
            rows.append(("\(family).keepRate", tally.keepRate))
            rows.append(("\(family).flagged", tally.flaggedOnly))
        }
        // The held-out batches, scored apart: the set is a sample, they are the check that it generalises.
        if setPath == nil {
            for (name, batch) in try SanitizerEvaluation.shippedHeldOutSets() {
                let batchScores = SanitizerEvaluation.score(batch, with: sanitizer)
                rows.append(("\(name).sentences", batch.count))
                rows.append(("\(name).recall", batchScores.overall.recall))
                rows.append(("\(name).keepRate", batchScores.overall.keepRate))
                rows.append(("\(name).keepOnlyFlagsPer200Words", batchScores.keepOnlyFlagsPer200Words))
            }
        }
        report(rows, json: json, title: "candor-bench sanitizer (\(sentences.count) sentences)")
    }

    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
