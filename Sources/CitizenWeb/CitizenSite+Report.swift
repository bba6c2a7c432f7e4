import Attachments
import Casework
import Catalogue
import Foundation
import HTTP
import Stores
import Web

extension CitizenSite {
    func choices(_ language: Language) -> ReportFormChoices {
        func options(_ list: CatalogList) -> [Option] {
            list.entries.map { Option(id: $0.id, label: language == .vi ? $0.vi : $0.en) }
        }
        let year = CalendarDay(Date()).year
        return ReportFormChoices(
            provinces: options(catalog.provinces), procedures: options(catalog.procedures),
            kinds: options(catalog.misconductKinds), years: Array((year - 4...year).reversed()),
            maxFiles: configuration.maxFiles, routesToUnits: !store.inspectorates.isFlat)
    }

    func reportForm(_ language: Language, state: ReportFormState = ReportFormState(), status: HTTPStatus = .ok)
        -> HTTPResponse
    {
        .html(
            reportFormPage(language, choices: choices(language), state: state, ticket: configuration.tickets.issue()),
            status: status)
    }

    /// Receives the report form: fields first, then files streamed into sealed attachments.
    ///
    /// The disk reserve, the ticket, every text field and the budget (one request and the body's
    /// declared bytes) are checked before the first file byte is sealed, so a form that comes back with
    /// errors stored nothing. Fields sent after the first file are not read. Files cannot be kept across
    /// a round trip (a browser will not refill a file input), and the page says so.
    func submitReport(_ request: HTTPRequest, _ language: Language) throws -> HTTPResponse {
        let s = language.strings
        let reader = try request.multipart()
        var fields: [String: [String]] = [:]
        var attachments: [SealedAttachment] = []
        var admitted = false
        var state = ReportFormState()
        var report: Report?

        /// Runs once, before the first file or at the end: ticket, budget, fields.
        func admit() -> HTTPResponse? {
            admitted = true
            state = formState(fields)
            do {
                try configuration.tickets.redeem(fields["ticket"]?.first ?? "")
            } catch {
                state.errors["ticket"] = s.errorTicket
                return reportForm(language, state: state, status: .badRequest)
            }
            let draft = makeReport(state)
            let problems = draft.normalized().validate(catalog: catalog, today: CalendarDay(Date()))
            if !problems.isEmpty {
                for problem in problems { state.errors[formFieldName(problem.field)] = s.message(for: problem) }
                return reportForm(language, state: state, status: .unprocessableContent)
            }
            if let wait = configuration.budget.take(bytes: Self.bodyBytes(request)) {
                return busy(language, retryAfter: wait)
            }
            report = draft
            return nil
        }

        while let part = try reader.nextPart() {
            guard let filename = part.filename else {
                fields[part.name, default: []].append(try part.text(limit: 64 << 10))
                continue
            }
            if !admitted, let refusal = admit() { return refusal }
            switch try storeAttachment(part, name: filename, alreadyStored: attachments.count) {
            case nil: continue
            case .success(let attachment)?: attachments.append(attachment)
            case .failure(let problem)?: return refuseFiles(language, state, s.message(for: problem))
            }
        }
        if !admitted, let refusal = admit() { return refusal }
        guard let report else { return reportForm(language, state: state, status: .badRequest) }
        do throws(StoreError) {
            let receipt = try store.submit(report: report, attachments: attachments)
            let stripped = attachments.contains { $0.metadata == .removed }
            let signed = signedReceipt(receipt)
            return .html(
                receiptPage(
                    language, groupedToken: receipt.token.grouped,
                    receiptIndex: store.checkpointVerifierKey == nil ? nil : receipt.logIndex,
                    receiptText: signed?.text, metadataStripped: stripped,
                    handlingUnit: receipt.handlingUnit.map { language == .vi ? $0.vi : $0.en },
                    witnesses: signed?.standing))
        } catch .invalid(let problems) {
            for problem in problems { state.errors[formFieldName(problem.field)] = s.message(for: problem) }
            return reportForm(language, state: state, status: .unprocessableContent)
        } catch {
            throw error
        }
    }

    /// The signed receipt of a new report, for its page: signed now if no checkpoint covers it yet (one
    /// signature serves every report waiting for one; ``IntakeStore/inclusion(of:)``), as a form is
    /// sent by a person; with witnesses, cosigned if a quorum comes within the list's `receipt-wait`.
    /// nil without a signer, and if signing fails: the report is durable and its page must still show
    /// the token (the failed log stops the server, whose restart recovers it).
    private func signedReceipt(_ receipt: Receipt) -> SignedReceipt? {
        (try? signedReceipt(of: receipt.logIndex, fresh: receipt.inclusion, waiting: true)) ?? nil
    }

    /// The form again, with a file problem and the note that files must be chosen again.
    private func refuseFiles(_ language: Language, _ state: ReportFormState, _ message: String) -> HTTPResponse {
        var state = state
        state.errors["attachments"] = message + " " + language.strings.errorFilesAgain
        return reportForm(language, state: state, status: .unprocessableContent)
    }

    func formState(_ fields: [String: [String]]) -> ReportFormState {
        func one(_ name: String) -> String { fields[name]?.first ?? "" }
        var state = ReportFormState()
        state.province = one("province")
        state.procedure = one("procedure")
        state.agency = one("agency")
        state.commune = one("commune")
        state.official = one("official")
        state.misconduct = fields["misconduct"] ?? []
        state.account = one("account")
        state.month = one("month")
        state.year = one("year")
        state.contact = one("contact")
        state.localAuthorityInvolved = one("localAuthorityInvolved") == "yes"
        return state
    }

    func makeReport(_ state: ReportFormState) -> Report {
        func optional(_ text: String) -> String? {
            text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text
        }
        return Report(
            province: state.province, procedure: state.procedure, agency: state.agency,
            commune: optional(state.commune), official: optional(state.official), misconduct: state.misconduct,
            account: state.account, month: Int(state.month), year: Int(state.year) ?? 0,
            contact: optional(state.contact), localAuthorityInvolved: state.localAuthorityInvolved ? true : nil)
    }
}
