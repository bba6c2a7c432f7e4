import Foundation
import Transparency

/// A deployment's witnesses: `Keys/witnesses/policy`, one directive a line.
///
/// ```
/// # comments and blank lines are ignored
/// witness <vkey> <URL>        the witness's cosignature/v1 vkey and its submission prefix, http://HOST:PORT[/PATH]
/// quorum <N>                  how many distinct witnesses must cosign (0 ≤ N ≤ the number of witnesses)
/// short-of-quorum withhold    or `publish`: what /checkpoint serves when the quorum is not met (default withhold)
/// submit-timeout <seconds>    each submission's connect and read timeout (default 5, from 0.1 to 60)
/// receipt-wait <seconds>      how long a new report's receipt waits for a quorum (default 2, from 0 to 10)
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
    /// The connect and the read timeout of each add-checkpoint request, in seconds.
    public let submitTimeout: Double
    /// How long the answer to a new report may wait for a quorum on a checkpoint that covers it, in
    /// seconds (0: it does not wait); API.docc/Witnesses.md, "Receipts".
    public let receiptWait: Double

    /// Parses the file's text; throws a message naming the line for anything else.
    public init(text: String, file: String = relativePath) throws(HTTPClientError) {
        var entries: [Entry] = []
        var quorum: Int?
        var publishes: Bool?
        var submitTimeout: Double?
        var receiptWait: Double?
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
                guard publishes == nil else { throw fail("short-of-quorum is given once") }
                publishes = words[1] == "publish"
            case ("submit-timeout", 2):
                guard submitTimeout == nil, let seconds = Self.seconds(words[1]), seconds >= 0.1, seconds <= 60 else {
                    throw fail("submit-timeout takes seconds from 0.1 to 60 (\"5\", \"0.5\"), once")
                }
                submitTimeout = seconds
            case ("receipt-wait", 2):
                guard receiptWait == nil, let seconds = Self.seconds(words[1]), seconds <= 10 else {
                    throw fail("receipt-wait takes seconds from 0 to 10 (\"2\", \"0.5\"), once")
                }
                receiptWait = seconds
            default:
                throw fail(
                    "expected \"witness VKEY URL\", \"quorum N\", \"short-of-quorum publish|withhold\", "
                        + "\"submit-timeout SECONDS\" or \"receipt-wait SECONDS\"")
            }
        }
        guard let quorum else { throw .usage("\(file) has no \"quorum N\" line") }
        do {
            policy = try WitnessPolicy(witnesses: entries.map(\.verifier), quorum: quorum)
        } catch {
            throw .usage("\(file): \(error.description)")
        }
        self.entries = entries
        self.publishesShortOfQuorum = publishes ?? false
        self.submitTimeout = submitTimeout ?? 5
        self.receiptWait = receiptWait ?? 2
    }

    /// Seconds as the file writes them: a whole part of one or two ASCII digits (no leading zero but
    /// "0"), and optionally a point and one to three digits. No sign, exponent or spaces.
    static func seconds(_ text: String) -> Double? {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        func digits(_ part: Substring, _ counts: ClosedRange<Int>) -> Bool {
            counts.contains(part.count) && part.allSatisfy { ("0"..."9").contains($0) }
        }
        guard digits(parts[0], 1...2), !(parts[0].count == 2 && parts[0].first == "0"),
            parts.count == 1 || digits(parts[1], 1...3)
        else { return nil }
        return Double(text)
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
