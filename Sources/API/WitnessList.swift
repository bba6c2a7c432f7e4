import Foundation
import Transparency

/// A deployment's witnesses: `Keys/witnesses/policy`, one directive a line.
///
/// ```
/// # comments and blank lines are ignored
/// witness <vkey> <URL>        the witness's cosignature/v1 vkey and its submission prefix, http://HOST:PORT[/PATH]
/// quorum <N>                  how many distinct witnesses must cosign (0 ≤ N ≤ the number of witnesses)
/// short-of-quorum withhold    or `publish`: what /checkpoint serves when the quorum is not met (default withhold)
/// ```
///
/// The log POSTs each new checkpoint to `<URL>/add-checkpoint` (C2SP tlog-witness).
public struct WitnessList: Sendable {
    public static let relativePath = "witnesses/policy"

    /// One witness: its key and where to reach it.
    public struct Entry: Sendable {
        public let verifier: CosignatureVerifier
        public let server: HTTPClient.ServerURL
        /// The submission prefix's path, without a final `/` ("" for the root).
        public let prefix: String
    }

    public let entries: [Entry]
    public let policy: WitnessPolicy
    /// Whether a checkpoint short of the quorum is published (fail-open) or withheld (fail-closed).
    public let publishesShortOfQuorum: Bool

    /// Parses the file's text; throws a message naming the line for anything else.
    public init(text: String, file: String = relativePath) throws(HTTPClientError) {
        var entries: [Entry] = []
        var quorum: Int?
        var publishes = false
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            func fail(_ why: String) -> HTTPClientError { .usage("\(file) line \(number + 1): \(why)") }
            let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            switch (words.first, words.count) {
            case ("witness", 3):
                let verifier: CosignatureVerifier
                do {
                    verifier = try CosignatureVerifier(verifierKey: words[1])
                } catch {
                    throw fail("not a cosignature/v1 vkey: \(error.description)")
                }
                var url = words[2]
                while url.hasSuffix("/") { url.removeLast() }
                let afterScheme = url.dropFirst(min(url.count, "http://".count))
                let slash = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
                let server = try HTTPClient.ServerURL(String(url[..<slash]))
                entries.append(Entry(verifier: verifier, server: server, prefix: String(url[slash...])))
            case ("quorum", 2):
                guard quorum == nil, let number = Int(words[1]), number >= 0 else {
                    throw fail("quorum takes one whole number, once")
                }
                quorum = number
            case ("short-of-quorum", 2) where words[1] == "publish" || words[1] == "withhold":
                publishes = words[1] == "publish"
            default:
                throw fail("expected \"witness VKEY URL\", \"quorum N\" or \"short-of-quorum publish|withhold\"")
            }
        }
        guard let quorum else { throw .usage("\(file) has no \"quorum N\" line") }
        do {
            policy = try WitnessPolicy(witnesses: entries.map(\.verifier), quorum: quorum)
        } catch {
            throw .usage("\(file): \(error.description)")
        }
        self.entries = entries
        self.publishesShortOfQuorum = publishes
    }

    /// The list in `KEYS/witnesses/policy`, or nil when there is no such file (no witnesses).
    public static func load(keys: String) throws(HTTPClientError) -> WitnessList? {
        let path = (keys as NSString).appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { throw .usage("cannot read \(path)") }
        return try WitnessList(text: text, file: path)
    }
}

extension WitnessPolicy {
    /// The policy of the tools' `--witness VKEY|FILE …` and `--quorum N` (all the witnesses when N is not
    /// given): a vkey, or a file whose first line that is neither empty nor a `#` comment is one.
    public static func parse(witnesses: [String], quorum: String?) throws(HTTPClientError) -> WitnessPolicy {
        var verifiers: [CosignatureVerifier] = []
        for given in witnesses {
            var text = given
            if !given.contains("+"), let data = FileManager.default.contents(atPath: given),
                let contents = String(data: data, encoding: .utf8)
            {
                text =
                    contents.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                    .first { !$0.isEmpty && !$0.hasPrefix("#") } ?? ""
            }
            do {
                verifiers.append(try CosignatureVerifier(verifierKey: text))
            } catch {
                throw .usage("--witness \(given) is not a witness's cosignature/v1 vkey (or a file of one): \(error)")
            }
        }
        var count = verifiers.count
        if let quorum {
            guard let number = Int(quorum), number >= 0 else {
                throw .usage("--quorum needs a whole number, not \"\(quorum)\"")
            }
            count = number
        }
        do {
            return try WitnessPolicy(witnesses: verifiers, quorum: count)
        } catch {
            throw .usage("--quorum \(count) with \(verifiers.count) --witness keys: \(error)")
        }
    }
}
