import Casework
import Commands
import Foundation
import Sanitization
import TextScanning

/// `candor-inspect sanitize [--json] [--lang vi|en] [--citizen-text FILE]... [--lexicon DIR]`: stdin to
/// stdout, offline.
///
/// Needs no key, no passphrase and no server, so that an inspector (or anyone) can try a summary before
/// `publish`, and so that the sanitizer can be checked on its own.
enum Sanitize {
    static func run(_ arguments: ParsedArguments) throws -> ExitCode {
        let json = arguments.flag("--json")
        let languageName = arguments.value("--lang") ?? "vi"
        guard let language = Sanitizer.Language(rawValue: languageName) else {
            throw Problem.usage("--lang must be vi or en, not \"\(languageName)\"")
        }
        let citizenFiles = arguments.values("--citizen-text")

        let citizenText = try citizenFiles.map { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Problem.usage("cannot read --citizen-text \(path)")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw Problem.usage("\(path) is not UTF-8 text")
            }
            return text
        }
        let input = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: input, encoding: .utf8) else {
            Tool.say("candor-inspect sanitize: the input on stdin is not UTF-8 text")
            return .failure
        }

        // The provinces come from the shipped catalogue, so it needs no catalogue files here.
        let sanitizer = Sanitizer(lexicon: try lexicon(arguments.value("--lexicon")))
        let result = sanitizer.sanitize(text, language: language, citizenText: citizenText)
        let output: Data
        if json {
            output = try JSONEncoder.sanitized.encode(Output(result)) + Data("\n".utf8)
        } else {
            output = Data(result.text.utf8)
        }
        FileHandle.standardOutput.write(output)
        let characters = Array(text)
        for flag in result.flags {
            Tool.say(
                "candor-inspect sanitize: kept but flagged as unsure (\(flag.reason.rawValue)) at "
                    + "\(flag.start)..<\(flag.end): \"\(String(characters[flag.start..<flag.end]))\"")
        }
        if !result.quotes.isEmpty {
            for quote in result.quotes {
                Tool.say(
                    "candor-inspect sanitize: flagged quote of the citizen's words at \(quote.start)..<\(quote.end): "
                        + "\"\(String(characters[quote.start..<quote.end]))\"")
            }
        }
        return .success
    }

    /// The shipped lexicon, with the lists of `folder` added when one is given (`--lexicon DIR`).
    static func lexicon(_ folder: String?) throws -> Lexicon {
        guard let folder else { return .shipped }
        do { return try Lexicon(adding: folder) } catch { throw Problem.usage("--lexicon: \(error)") }
    }

    /// The `--json` shape: `{"findings": [{"end", "kind", "start"}], "flags": [{"end", "reason", "start"}],
    /// "text"}`; positions count Characters.
    struct Output: Encodable {
        struct Finding: Encodable {
            let kind: String
            let start: Int
            let end: Int
        }
        struct Flag: Encodable {
            let reason: String
            let start: Int
            let end: Int
        }
        let text: String
        let findings: [Finding]
        let flags: [Flag]

        init(_ result: Sanitizer.SanitizedText) {
            text = result.text
            findings = result.findings.map { Finding(kind: $0.kind.rawValue, start: $0.start, end: $0.end) }
            flags = result.flags.map { Flag(reason: $0.reason.rawValue, start: $0.start, end: $0.end) }
        }
    }
}

extension JSONEncoder {
    fileprivate static var sanitized: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
