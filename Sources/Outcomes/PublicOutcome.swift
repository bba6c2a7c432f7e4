import Casework
import Catalogue
import Foundation
import Sodium

/// A published outcome: the only thing about a case that reaches the public outcomes log, and exactly
/// the allowlisted fields (Outcomes.md).
///
/// An entry of the log is three lines of UTF-8 text, signed by the inspector who published it:
///
/// ```
/// candor-outcome-v2
/// {"agency":"…","deadlineMet":true,"id":"9f3c…","kinds":["hoi-lo"],…,"resolvedWithin":"16-30",…}
/// 5b0e4a2c9d71f3a8 <base64 Ed25519 signature>
/// ```
///
/// Version 2 publishes the time to resolve as a range (``ResolutionTime``); version 1 entries, in
/// older logs, carry the exact `daysToResolve` and still parse and verify byte for byte.
///
/// The signature covers the first two lines, each with its newline. The third line is the inspector's
/// key id (``keyID(of:)``) and the signature. Nothing but the allowlisted keys may appear in the JSON:
/// ``init(entry:)`` refuses any other key, so no field can ever carry a citizen's data by accident.
public struct PublicOutcome: Sendable, Equatable {
    /// The first line of every new entry.
    public static let header = "candor-outcome-v2"
    /// The first line of the entries written before ranges: still read and verified.
    public static let headerVersion1 = "candor-outcome-v1"
    /// The JSON keys of a new entry, exactly: the allowlist.
    public static let allowlist: Set<String> = [
        "id", "province", "agency", "procedure", "kinds", "outcome", "outcomeLabel", "summary", "monthReceived",
        "monthResolved", "resolvedWithin", "deadlineMet",
    ]
    /// The key a version 2 entry may add to the allowlist: the disciplined official (``DisciplinedOfficial``).
    public static let disciplinedKey = "disciplined"
    /// The JSON keys of a version 1 entry, exactly.
    public static let allowlistVersion1 = allowlist.subtracting(["resolvedWithin"]).union(["daysToResolve"])
    public static let maximumSummaryLength = 4000
    public static let maximumAgencyLength = Report.Limits.agency
    /// An entry must fit a C2SP tlog-tiles entry bundle (a 16-bit length).
    public static let maximumEntryByteCount = 65_535

    /// 16 lowercase hex digits, random: never derived from the case, so an outcome cannot be linked to
    /// the intake log's records.
    public var id: String
    /// Catalogue ids.
    public var province: String
    /// The agency or unit, sanitized.
    public var agency: String
    public var procedure: String
    /// Misconduct kind ids, at least one.
    public var kinds: [String]
    /// An outcome code of the catalogue and its Vietnamese label.
    public var outcome: String
    public var outcomeLabel: String
    /// The sanitized summary.
    public var summary: String
    /// `YYYY-MM`.
    public var monthReceived: String
    public var monthResolved: String
    /// The exact days from acceptance to resolution: what the inspector's tool knows, and what a
    /// version 1 entry published. A new entry publishes only its range (``resolvedWithin``); nil for an
    /// outcome read from a version 2 entry.
    public var daysToResolve: Int?
    /// The range a version 2 entry publishes: the range of ``daysToResolve`` when that is known.
    public var resolvedWithin: ResolutionTime? { daysToResolve.map(ResolutionTime.init(days:)) ?? publishedRange }
    /// The range read from a version 2 entry.
    var publishedRange: ResolutionTime?
    /// 2 for a new entry; 1 for an outcome read from a version 1 entry.
    public internal(set) var version = 2
    /// Whether the case was resolved within the statutory deadline (with its extensions).
    public var deadlineMet: Bool
    /// The official the discipline applied to, when the inspector gives them: version 2 only.
    public var disciplined: DisciplinedOfficial?

    public init(
        id: String, province: String, agency: String, procedure: String, kinds: [String], outcome: String,
        outcomeLabel: String, summary: String, monthReceived: String, monthResolved: String, daysToResolve: Int?,
        deadlineMet: Bool, disciplined: DisciplinedOfficial? = nil
    ) {
        self.id = id
        self.province = province
        self.agency = agency
        self.procedure = procedure
        self.kinds = kinds
        self.outcome = outcome
        self.outcomeLabel = outcomeLabel
        self.summary = summary
        self.monthReceived = monthReceived
        self.monthResolved = monthResolved
        self.daysToResolve = daysToResolve
        self.deadlineMet = deadlineMet
        self.disciplined = disciplined
    }

    /// A fresh random outcome id.
    public static func newID(random: some RandomSource = SystemRandom()) -> String {
        random.bytes(count: 8).hexString
    }

    /// The key id of an inspector's Ed25519 signing key: the first 8 bytes of its SHA-256, in hex.
    public static func keyID(of key: Signing.PublicKey) -> String {
        Array(SHA256.hash(key.rawRepresentation).prefix(8)).hexString
    }

    /// Every problem with the fields, checked against `catalog`; empty when the outcome may be published.
    /// `namesAllowed` is the deployment's setting (`Keys/outcomes.names`): without it, the disciplined
    /// official's name is refused.
    public func problems(catalog: Catalog, namesAllowed: Bool = false) -> [String] {
        var problems: [String] = []
        if let disciplined {
            problems += disciplined.problems()
            if disciplined.name != nil && !namesAllowed {
                problems.append(
                    "disciplined.name is not allowed: this deployment does not publish officials' names "
                        + "(Keys/outcomes.names)")
            }
        }
        if [UInt8](hexString: id, lowercaseOnly: true)?.count != 8 {
            problems.append("id must be 16 lowercase hex digits")
        }
        if !catalog.isValidProvince(province) { problems.append("province \"\(province)\" is not in the catalogue") }
        if !catalog.isValidProcedure(procedure) {
            problems.append("procedure \"\(procedure)\" is not in the catalogue")
        }
        if kinds.isEmpty || !kinds.allSatisfy(catalog.isValidMisconductKind) || Set(kinds).count != kinds.count {
            problems.append("kinds must be one or more distinct misconduct ids of the catalogue")
        }
        if let entry = catalog.outcomes[outcome] {
            if entry.vi != outcomeLabel {
                problems.append("outcomeLabel must be the catalogue's label \"\(entry.vi)\"")
            }
        } else {
            problems.append("outcome \"\(outcome)\" is not an outcome code of the catalogue")
        }
        let agencyText = agency.trimmingCharacters(in: .whitespacesAndNewlines)
        if agencyText.isEmpty || agency.count > Self.maximumAgencyLength {
            problems.append("agency must be 1 to \(Self.maximumAgencyLength) characters")
        }
        if summary.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || summary.count > Self.maximumSummaryLength
        {
            problems.append("summary must be 1 to \(Self.maximumSummaryLength) characters")
        }
        if agency.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            problems.append("agency must be one line of text")
        }
        for (name, month) in [("monthReceived", monthReceived), ("monthResolved", monthResolved)]
        where CalendarDay(iso: month + "-01") == nil {
            problems.append("\(name) must be YYYY-MM")
        }
        if monthResolved < monthReceived { problems.append("monthResolved is before monthReceived") }
        if let days = daysToResolve, days < 0 || days > 3660 { problems.append("daysToResolve must be 0 to 3660") }
        if resolvedWithin == nil { problems.append("the time to resolve is missing") }
        return problems
    }

    /// The JSON line of the outcome's version: keys sorted, no insignificant white space, no raw new
    /// line (``encode(to:)``).
    public func jsonLine() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try! encoder.encode(self))
    }

    /// The header line of the outcome's version.
    var headerLine: String { version == 1 ? Self.headerVersion1 : Self.header }

    /// The bytes an inspector signs: the header line and the JSON line, each ending in a new line.
    func signedPart(jsonLine: [UInt8]) -> [UInt8] {
        Array((headerLine + "\n").utf8) + jsonLine + [0x0A]
    }

    /// The log entry: signed with `signingKey`.
    public func entry(signedWith signingKey: Signing.PrivateKey) -> [UInt8] {
        let signed = signedPart(jsonLine: jsonLine())
        let signature = Data(signingKey.signature(for: signed)).base64EncodedString()
        return signed + Array("\(Self.keyID(of: signingKey.publicKey)) \(signature)\n".utf8)
    }
}

/// A parsed entry of the outcomes log: the outcome, who signed it, and whether the signature holds.
public struct SignedOutcome: Sendable, Equatable {
    public let outcome: PublicOutcome
    /// ``PublicOutcome/keyID(of:)`` of the signer's Ed25519 key.
    public let keyID: String
    public let signature: [UInt8]
    /// The exact entry bytes, as in the log.
    public let entry: [UInt8]
    let signedPart: [UInt8]

    /// Parses an entry strictly: the three lines, a JSON object with exactly the allowlisted keys of the
    /// right types, a 16-hex-digit key id and a canonical base64 signature of 64 bytes.
    public init(entry: [UInt8]) throws(CaseworkError) {
        func fail(_ why: String) -> CaseworkError { .malformedPlaintext("outcome entry: " + why) }
        guard entry.count <= PublicOutcome.maximumEntryByteCount else { throw fail("longer than 65 535 bytes") }
        guard entry.last == 0x0A else { throw fail("it must end with a new line") }
        let lines = entry.dropLast().split(separator: 0x0A, omittingEmptySubsequences: false)
        guard lines.count == 3 else { throw fail("expected 3 lines, found \(lines.count)") }
        let version: Int
        switch Array(lines[0]) {
        case Array(PublicOutcome.header.utf8): version = 2
        case Array(PublicOutcome.headerVersion1.utf8): version = 1
        default: throw fail("the first line is not \(PublicOutcome.header) (or \(PublicOutcome.headerVersion1))")
        }
        var allowlist = version == 1 ? PublicOutcome.allowlistVersion1 : PublicOutcome.allowlist
        let json = Array(lines[1])
        guard let object = try? JSONSerialization.jsonObject(with: Data(json)) as? [String: Any] else {
            throw fail("the second line is not a JSON object")
        }
        let keys = Set(object.keys)
        // The one optional key: the disciplined official, in version 2 only.
        if version == 2 && keys.contains(PublicOutcome.disciplinedKey) {
            allowlist.insert(PublicOutcome.disciplinedKey)
        }
        guard keys == allowlist else {
            let extra = keys.subtracting(allowlist).sorted()
            let missing = allowlist.subtracting(keys).sorted()
            throw fail(
                "the fields must be exactly the allowlist"
                    + (extra.isEmpty ? "" : "; not allowed: \(extra.joined(separator: ", "))")
                    + (missing.isEmpty ? "" : "; missing: \(missing.joined(separator: ", "))"))
        }
        var outcome: PublicOutcome
        do {
            outcome = try JSONDecoder().decode(PublicOutcome.self, from: Data(json))
        } catch {
            throw fail("a field has the wrong type")
        }
        outcome.version = version
        if let disciplined = object[PublicOutcome.disciplinedKey] {
            guard let fields = disciplined as? [String: Any],
                Set(fields.keys).isSubset(of: DisciplinedOfficial.keys), fields["position"] != nil,
                fields["unit"] != nil
            else { throw fail("disciplined must be an object of position, unit and, optionally, name") }
        }
        if let problems = outcome.disciplined?.problems(), !problems.isEmpty {
            throw fail(problems.joined(separator: "; "))
        }
        // One spelling only: the canonical line Candor writes. It rules out 1 for true, 21.0 for 21,
        // duplicate keys, and any other way to make two entries that read the same.
        guard outcome.jsonLine() == json else {
            throw fail(
                "the JSON line is not in canonical form (keys sorted, no white space, as PublicOutcome writes it)")
        }
        let parts = lines[2].split(separator: 0x20, omittingEmptySubsequences: false)
        guard parts.count == 2, let keyID = String(validating: parts[0], as: UTF8.self),
            [UInt8](hexString: keyID, lowercaseOnly: true)?.count == 8
        else { throw fail("the third line must be a 16-hex-digit key id, a space and the signature") }
        guard let text = String(validating: parts[1], as: UTF8.self), let signature = Data(base64Encoded: text),
            signature.count == Signing.signatureByteCount, signature.base64EncodedString() == text
        else { throw fail("the signature is not canonical base64 of 64 bytes") }
        self.outcome = outcome
        self.keyID = keyID
        self.signature = Array(signature)
        self.entry = entry
        signedPart = outcome.signedPart(jsonLine: json)
    }

    /// Whether `key` made the signature (and has the entry's key id).
    public func isSigned(by key: Signing.PublicKey) -> Bool {
        PublicOutcome.keyID(of: key) == keyID && key.isValidSignature(signature, for: signedPart)
    }
}
