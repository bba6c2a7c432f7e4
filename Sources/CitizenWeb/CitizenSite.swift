import API
import Casework
import Catalogue
import Foundation
import HTTP
import Ledger
import Sodium
import Stores
import Web

/// The citizen's side of Candor over HTTP: the pages (vi, en), the JSON API and the stylesheet.
///
/// It turns requests into `IntakeStore` calls and results into HTML or JSON. It sets no cookie, loads
/// nothing from another site, needs no JavaScript, and never logs a request's content or address.
public final class CitizenSite: Sendable {
    /// Limits and guards of the citizen's paths.
    public struct Configuration: Sendable {
        /// Files a report or follow-up may carry, and the size of each.
        public var maxFiles = 3
        public var maxFileBytes = 20 << 20
        /// Single-use form tickets (minimum fill time, maximum age).
        public var tickets: FormTicketIssuer
        /// Proof of work for API submissions, and its difficulty range: it rises as the budget empties.
        public var proofOfWork: ProofOfWork
        public var proofOfWorkBits: ClosedRange<Int> = 16...22
        /// The global intake budget shared by the form and the API, in requests and in bytes.
        public var budget: IntakeBudget
        /// The global budget of status reads, in records opened.
        public var readBudget = ReadBudget(recordsPerSecond: 2_000, burst: 20_000)
        /// The free-disk reserve below which new writes are refused (the server measures its data folder).
        public var diskReserve = DiskReserve.none
        /// The witnesses' cosignatures, appended to a receipt's checkpoint once they have cosigned it.
        public var witnessing: CheckpointWitnessing?

        /// Guards keyed from one server secret (32 bytes), with sub-keys derived by `crypto_kdf`.
        public init(secret: SecureBytes, clock: any WallClock = SystemWallClock()) throws {
            let ticketKey = try KeyDerivation.deriveKey(from: secret, id: 1, context: "candorTK")
            let powKey = try KeyDerivation.deriveKey(from: secret, id: 2, context: "candorTK")
            tickets = FormTicketIssuer(key: ticketKey, clock: clock)
            proofOfWork = ProofOfWork(key: powKey, clock: clock)
            budget = IntakeBudget(
                perSecond: 20, burst: 600, bytesPerSecond: 2 * 1_048_576, byteBurst: 128 * 1_048_576, clock: clock)
            readBudget = ReadBudget(recordsPerSecond: 2_000, burst: 20_000, clock: clock)
        }
    }

    let store: IntakeStore
    let catalog: Catalog
    let configuration: Configuration
    let stylesheet: [UInt8]

    public init(store: IntakeStore, configuration: Configuration) throws {
        self.store = store
        catalog = store.configuration.catalog
        self.configuration = configuration
        stylesheet = try Stylesheet.bytes()
    }

    /// Every route of the citizen's side.
    public func router() -> Router {
        var router = Router()
        router.defaultHeaders = HTTPHeaders.security
        router.errorPage = { [self] status, request in errorResponse(status, request) }
        let uploadLimit = configuration.maxFiles * configuration.maxFileBytes + (256 << 10)
        for language in Language.allCases {
            let p = language.prefix
            // The home page and the empty status form depend on the language only: rendered once.
            let home = HTTPResponse.html(homePage(language))
            let statusForm = HTTPResponse.html(statusFormPage(language))
            router.route(.get, p.isEmpty ? "/" : p + "/") { _ in home }
            if !p.isEmpty { router.route(.get, p) { _ in .redirect(to: p + "/", status: .movedPermanently) } }
            router.route(.get, p + "/report") { [self] _ in reportForm(language) }
            // Every write: the disk reserve first, then the handler, whose storage failure is a 503 page.
            router.route(.post, p + "/report", maxBodyBytes: uploadLimit) { [self] request in
                try diskGuarded(request, refusal: diskFull(language)) {
                    try storageGuarded(language) { try submitReport(request, language) }
                }
            }
            router.route(.get, p + "/feedback") { [self] _ in feedbackForm(language) }
            router.route(.post, p + "/feedback", maxBodyBytes: 16 << 10) { [self] request in
                try diskGuarded(request, refusal: diskFull(language)) {
                    try storageGuarded(language) { try submitFeedback(request, language) }
                }
            }
            router.route(.get, p + "/status") { _ in statusForm }
            router.route(.post, p + "/status", maxBodyBytes: 4096) { [self] in try showCase($0, language) }
            router.route(.post, p + "/status/add", maxBodyBytes: uploadLimit) { [self] request in
                try diskGuarded(request, refusal: diskFull(language)) {
                    try storageGuarded(language) { try addFollowUp(request, language) }
                }
            }
            router.route(.post, p + "/status/rate", maxBodyBytes: 4096) { [self] request in
                try diskGuarded(request, refusal: diskFull(language)) {
                    try storageGuarded(language) { try rate(request, language) }
                }
            }
        }
        router.route(.get, prefix: "/receipt/") { [self] request in try storageGuarded(.vi) { try receipt(request) } }
        router.route(.get, "/static/candor.css") { [self] _ in
            var response = HTTPResponse.bytes(stylesheet, contentType: "text/css; charset=utf-8")
            response.headers["Cache-Control"] = "public, max-age=86400"
            return response
        }
        installAPI(into: &router)
        OpenAPIDocument.install(into: &router)
        return router
    }

    /// Error pages in the language of the path, or JSON under /api/.
    func errorResponse(_ status: HTTPStatus, _ request: HTTPRequest?) -> HTTPResponse {
        let path = request?.path ?? "/"
        if path.hasPrefix("/api/") {
            let code = status.code == 404 ? "not_found" : status.code == 413 ? "too_large" : "http_\(status.code)"
            return apiError(status, code, status.reasonPhrase)
        }
        let language = Language.split(path: path).0
        let s = language.strings
        let message =
            switch status.code {
            case 404, 405: s.notFound
            case 413: s.tooLarge
            case 503: s.busy
            case 500...: s.serverError
            default: s.badRequest
            }
        var response = HTTPResponse.html(
            errorPage(language, title: status.code == 503 ? s.busyTitle : s.errorPageTitle, message: message),
            status: status)
        for (name, value) in HTTPHeaders.security { response.headers[name] = value }
        return response
    }

    /// Runs a handler that writes to the intake log. A storage failure becomes the "not accepting
    /// reports" page (503) instead of the generic 500, whose "try again later" would not say that
    /// nothing more can be stored until the server restarts, nor that what already has a code is safe.
    func storageGuarded(_ language: Language, _ handler: () throws -> HTTPResponse) throws -> HTTPResponse {
        do {
            return try handler()
        } catch let error as StoreError {
            switch error {
            case .ledger, .storage: break
            default: throw error
            }
            let s = language.strings
            var response = HTTPResponse.html(
                errorPage(language, title: s.storageFailedTitle, message: s.storageFailed), status: .serviceUnavailable)
            for (name, value) in HTTPHeaders.security { response.headers[name] = value }
            return response
        }
    }

    /// The citizen's "busy" page: 503 with Retry-After, and a plain promise that nothing was sent (or,
    /// for a status read, `message`).
    func busy(_ language: Language, retryAfter: Double, message: String? = nil) -> HTTPResponse {
        let s = language.strings
        var response = HTTPResponse.html(
            errorPage(language, title: s.busyTitle, message: message ?? s.busy), status: .serviceUnavailable)
        response.headers["Retry-After"] = String(max(1, Int(retryAfter.rounded(.up))))
        return response
    }

    /// "11/2026": Candor shows time to the month, like it publishes it.
    static func monthYear(_ day: CalendarDay?) -> String {
        guard let day else { return "" }
        return "\(day.month)/\(day.year)"
    }
}
