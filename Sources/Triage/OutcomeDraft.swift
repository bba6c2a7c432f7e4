import Casework
import Catalogue
import Deadlines
import Foundation
import Outcomes
import Sanitization
import TextScanning

/// The public record of a resolved case, before the inspector signs it: the ``PublicOutcome`` that
/// `candor-inspect publish` would send, and what the sanitizer found on the way (Outcomes.md).
///
/// Only the summary and the agency are free text, so only they pass through the sanitizer; every other
/// field is a catalogue id, a month or a number taken from the case. The citizen's own texts (the report's
/// account and the follow-ups) are the quote sources: a run of their words in the summary can identify
/// them as surely as a name, so it is flagged and publishing refuses it until it is rewritten or accepted.
public struct OutcomeDraft: Sendable {
    /// Why a case cannot be published.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    /// The entry to sign, with the sanitized texts.
    public let outcome: PublicOutcome
    /// The sanitizer's result on the summary as written (findings are positions in that text).
    public let summary: Sanitizer.SanitizedText
    /// The sanitizer's result on the agency (the report's, or the inspector's override).
    public let agency: Sanitizer.SanitizedText
    /// The sanitizer's results on the disciplined official's position and unit, when the inspector gave
    /// them (``OutcomeDraft/disciplinedQuotes``); the name is not sanitized: it is a name on purpose.
    public let disciplinedPosition: Sanitizer.SanitizedText?
    public let disciplinedUnit: Sanitizer.SanitizedText?
    /// What the inspector wrote, kept in memory only to show the flagged quotes.
    public let writtenSummary: String
    public let writtenAgency: String

    /// Flagged quotes of the citizen's words, in the summary or the agency.
    public var quotes: [Sanitizer.Finding] { summary.quotes + agency.quotes }
    /// Spans the sanitizer kept but is unsure of, in the summary, the agency or the disciplined official's
    /// position and unit: publishing them needs the inspector's explicit choice, as quotes do.
    public var flags: [Sanitizer.Flag] {
        summary.flags + agency.flags + (disciplinedPosition?.flags ?? []) + (disciplinedUnit?.flags ?? [])
    }

    /// Builds the draft from the facts of a case.
    ///
    /// - Parameters:
    ///   - report: the citizen's report (province, procedure, kinds, agency, account).
    ///   - followUps: the texts of the citizen's follow-ups, quote sources with the account.
    ///   - receivedOn: the day the intake received the report (its day mark, ``CaseBook/Case/receivedOn``).
    ///   - resolvedOn: the day of the valid resolve event.
    ///   - outcomeCode: the outcome code of the resolve event.
    ///   - daysToResolve, deadlineMet: from the case's deadlines (``CaseDeadlines``).
    ///   - summary: the public summary the inspector wrote.
    ///   - agencyOverride: the inspector's wording of the agency, instead of the citizen's.
    ///   - disciplined: the disciplined official as the inspector typed them: never from the report.
    ///   - namesAllowed: the deployment's `Keys/outcomes.names` setting.
    public init(
        report: Report, followUps: [String], receivedOn: CalendarDay, resolvedOn: CalendarDay, outcomeCode: String,
        daysToResolve: Int, deadlineMet: Bool, summary text: String, agencyOverride: String? = nil,
        disciplined: DisciplinedOfficial? = nil, namesAllowed: Bool = false, catalog: Catalog,
        lexicon: Lexicon = .shipped, id: String = PublicOutcome.newID()
    ) throws(Refusal) {
        guard let label = catalog.outcomes[outcomeCode]?.vi else {
            throw Refusal("the case's outcome \"\(outcomeCode)\" is not an outcome code of the catalogue")
        }
        let sanitizer = Sanitizer(catalog: catalog, lexicon: lexicon)
        let citizenText = [report.account] + followUps
        writtenSummary = text.trimmingCharacters(in: .whitespacesAndNewlines)
        summary = sanitizer.sanitize(writtenSummary, language: .vi, citizenText: citizenText)
        // The agency is checked against the account and follow-ups, not against itself: the citizen's
        // agency field is where it comes from.
        writtenAgency = (agencyOverride ?? report.agency).trimmingCharacters(in: .whitespacesAndNewlines)
        agency = sanitizer.sanitize(writtenAgency, language: .vi, citizenText: citizenText)
        let official = try Self.official(disciplined, report: report, sanitizer: sanitizer, citizenText: citizenText)
        (disciplinedPosition, disciplinedUnit) = (official?.position, official?.unit)
        outcome = PublicOutcome(
            id: id, province: report.province, agency: agency.text, procedure: report.procedure,
            kinds: report.misconduct, outcome: outcomeCode, outcomeLabel: label, summary: summary.text,
            monthReceived: Self.month(receivedOn), monthResolved: Self.month(resolvedOn), daysToResolve: daysToResolve,
            deadlineMet: deadlineMet, disciplined: official?.field)
        let problems = outcome.problems(catalog: catalog, namesAllowed: namesAllowed)
        guard problems.isEmpty else {
            throw Refusal("the public record is not valid: " + problems.joined(separator: "; "))
        }
    }

    /// Builds the draft from a case of the mirror: it must be resolved by a valid resolve event whose
    /// details this inspector can open, and its report must be open too.
    public init(
        case item: CaseBook.Case, deadlines: CaseDeadlines?, summary: String, agencyOverride: String? = nil,
        disciplined: DisciplinedOfficial? = nil, namesAllowed: Bool = false, catalog: Catalog,
        lexicon: Lexicon = .shipped, id: String = PublicOutcome.newID()
    ) throws(Refusal) {
        guard item.progress.status == .resolved else {
            throw Refusal("case \(item.id) is \(item.progress.status), not resolved: only a resolved case is published")
        }
        guard let report = item.reportBody else {
            throw Refusal("case \(item.id): your keys do not open its report, so it cannot be published from here")
        }
        // The intake's day mark; only a log older than day marks falls back to the report's own word.
        guard let receivedOn = item.receivedOn else {
            throw Refusal(
                "case \(item.id): the day it was received is unknown (no day mark before it, none in the report)")
        }
        guard let resolve = item.events.last(where: { $0.verdict == .valid && $0.event.action == .resolve }) else {
            throw Refusal("case \(item.id) has no valid resolve event")
        }
        guard let outcomeCode = resolve.details?.outcome else {
            throw Refusal("case \(item.id): your keys do not open the resolve event's details (its outcome code)")
        }
        guard let deadlines, let days = deadlines.daysToResolve, let met = deadlines.metResolutionDeadline else {
            throw Refusal("case \(item.id): its deadlines cannot be computed (no acceptance or resolution day)")
        }
        let followUps = item.messages.compactMap { entry -> String? in
            if case .followUp(let followUp)? = entry.message?.body { return followUp.text }
            return nil
        }
        try self.init(
            report: report, followUps: followUps, receivedOn: receivedOn, resolvedOn: CalendarDay(resolve.event.date),
            outcomeCode: outcomeCode, daysToResolve: days, deadlineMet: met, summary: summary,
            agencyOverride: agencyOverride, disciplined: disciplined, namesAllowed: namesAllowed, catalog: catalog,
            lexicon: lexicon, id: id)
    }

    /// `YYYY-MM`.
    static func month(_ day: CalendarDay) -> String { String(day.description.prefix(7)) }

    /// The public record as the inspector reviews it: every field exactly as it will be published, the
    /// exact JSON line to sign, each redaction (kind and position in what the inspector wrote) and each
    /// flagged quote, shown between »«. It holds nothing that is not published, except the positions.
    public func review() -> String {
        var lines = disciplinedReview() + ["The public record (exactly what will be published):"]
        let fields: [(String, String)] = [
            ("id", outcome.id), ("province", outcome.province), ("agency", marked(agency, writtenAgency)),
            ("procedure", outcome.procedure), ("kinds", outcome.kinds.joined(separator: ", ")),
            ("outcome", outcome.outcome), ("outcomeLabel", outcome.outcomeLabel),
            ("summary", marked(summary, writtenSummary)),
            ("monthReceived", outcome.monthReceived), ("monthResolved", outcome.monthResolved),
            ("resolvedWithin", (outcome.resolvedWithin?.label ?? "–") + " days"),
            ("deadlineMet", outcome.deadlineMet ? "yes" : "no"),
            ("disciplined", disciplinedText),
        ]
        for (name, value) in fields {
            lines.append("  " + (name + ":").padding(toLength: 15, withPad: " ", startingAt: 0) + value)
        }
        lines.append("")
        lines.append("The JSON line to sign:")
        lines.append("  " + String(decoding: outcome.jsonLine(), as: UTF8.self))
        for (name, result, written) in [("agency", agency, writtenAgency), ("summary", summary, writtenSummary)] {
            let redactions = result.findings.filter { $0.kind != .quote }
            lines.append("")
            if redactions.isEmpty {
                lines.append("Redactions in the \(name): none")
            } else {
                lines.append(
                    "Redactions in the \(name) (\(redactions.count), each now \(Sanitizer.Language.vi.marker) or a month):"
                )
                for finding in redactions {
                    lines.append(
                        "  - \(finding.kind.rawValue) at characters \(finding.start)..<\(finding.end) of what you wrote"
                    )
                }
            }
            if !result.flags.isEmpty {
                lines.append(
                    "Flagged as unsure in the \(name) (\(result.flags.count)), kept as written: check each, rewrite it "
                        + "or pass --accept-flags:")
                let characters = Array(written)
                for flag in result.flags where flag.end <= characters.count {
                    lines.append(
                        "  - \(flag.reason.rawValue) at characters \(flag.start)..<\(flag.end): "
                            + "«\(String(characters[flag.start..<flag.end]))»")
                }
            }
            if !result.quotes.isEmpty {
                lines.append(
                    "Flagged quotes of the citizen's words in the \(name) (\(result.quotes.count)), marked »…«:")
                for quote in result.quotes {
                    lines.append("  - characters \(quote.start)..<\(quote.end): »\(quoteText(quote, of: written))«")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The sanitized text with every flagged quote wrapped in »…« (the marks are not published).
    func marked(_ result: Sanitizer.SanitizedText, _ written: String) -> String {
        var text = result.text
        for quote in result.quotes {
            let shown = quoteText(quote, of: written)
            if let range = text.range(of: shown) {
                text.replaceSubrange(range, with: "»" + shown + "«")
            }
        }
        return text
    }

    /// A quote as it reads in the sanitized text: the quoted words with any redaction inside applied.
    func quoteText(_ quote: Sanitizer.Finding, of written: String) -> String {
        let characters = Array(written)
        guard quote.start < quote.end, quote.end <= characters.count else { return "" }
        return Sanitizer().sanitize(String(characters[quote.start..<quote.end]), language: .vi).text
    }
}
