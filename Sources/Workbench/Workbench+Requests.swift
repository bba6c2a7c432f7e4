import Foundation
import HTTP
import InspectorWorkspace
import Sodium
import Web

/// Every request passes the same checks, in this order, before anything is read, signed or sent
/// (Workbench.docc, "Security model"): the peer, the Host, the Origin of a POST, the session cookie,
/// the idle lock, and the CSRF token of a POST. Each refusal is a 403.
extension Workbench {
    static let cookieName = "candor-workbench"

    /// What a route handler gets: the request's language and path, its form (for a POST), and the session.
    struct Exchange {
        let request: HTTPRequest
        let language: Language
        let path: String
        let form: [(String, String)]

        func field(_ name: String) -> String? { form.first { $0.0 == name }?.1 }
        var strings: WorkbenchStrings { language.workbench }
    }

    func respond(to request: HTTPRequest) throws -> HTTPResponse {
        let (language, path) = Language.split(path: request.path)
        let strings = language.workbench
        // The listener is on loopback only; the peer is checked too, in case a proxy or a changed
        // listener ever passes a request from elsewhere.
        guard request.peerIsLoopback == true else { return refusal(strings.refusedPeer, language) }
        guard isAllowedHost(request.headers["Host"]) else {
            return refusal(strings.refusedHost, language)
        }
        if path == "/static/candor.css" { return .bytes(try Stylesheet.bytes(), contentType: "text/css") }
        if path == "/static/workbench.css" {
            return .bytes(Array(WorkbenchPage.stylesheet.utf8), contentType: "text/css")
        }
        if request.method == .post, !isAllowedOrigin(request.headers["Origin"]) {
            return refusal(strings.refusedOrigin, language)
        }
        if path == "/login" { return try login(request, language) }
        return try state.withLock { state in
            guard SessionState.matches(cookie(request), state.sessionID) else {
                return refusal(strings.refusedSession, language)
            }
            if state.key != nil, state.idle(longerThan: configuration.idleLock) {
                state.lock()
                state.lockedByIdle = true
            }
            state.lastActivity = .now
            var form: [(String, String)] = []
            if request.method == .post {
                form = try request.form()
                let offered = form.first { $0.0 == "csrf" }?.1
                guard SessionState.matches(offered, state.csrf) else {
                    return refusal(strings.refusedCSRF, language)
                }
            }
            let exchange = Exchange(request: request, language: language, path: path, form: form)
            return try route(exchange, &state)
        }
    }

    /// The routes behind the checks: the unlock page while locked, the inbox, a case and its actions.
    func route(_ exchange: Exchange, _ state: inout SessionState) throws -> HTTPResponse {
        let post = exchange.request.method == .post
        let path = exchange.path
        if post, path == "/unlock" { return unlock(exchange, &state) }
        if post, path == "/lock" {
            state.lock()
            return .redirect(to: exchange.language.prefix + "/")
        }
        guard let key = state.key else {
            let page = unlockPage(exchange, state, error: nil)
            if path == "/", !post { return .html(page) }
            return .html(page, status: .forbidden)
        }
        if post, path == "/sync" { return startSync(exchange, &state, key) }
        if !post, path == "/sync" { return syncPage(exchange, &state) }
        if let busy = whileSyncing(exchange, state) { return busy }
        guard let workspace = state.workspace else {
            return .html(
                WorkbenchPage.render(
                    exchange, title: exchange.strings.inboxTitle, csrf: state.csrf, unlocked: true,
                    inboxHead(exchange, &state, nil)))
        }
        if !post, path == "/" { return try inbox(exchange, &state, workspace) }
        if !post, path == "/dashboard" { return try dashboard(exchange, state, workspace) }
        if path == "/feedback" || path.hasPrefix("/feedback/") { return try feedback(exchange, &state, workspace) }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[1] == "case", let id = UInt64(parts[2]) else {
            return .html(WorkbenchPage.message("404", exchange, csrf: state.csrf), status: .notFound)
        }
        if parts.count == 3, !post { return try casePage(id, exchange, &state, workspace) }
        if parts.count == 5, parts[3] == "file", !post, let number = Int(parts[4]) {
            return try attachment(number, of: id, exchange, workspace)
        }
        if parts.count == 4, parts[3] == "export", post { return export(id, exchange, state, workspace) }
        if parts.count == 4, parts[3] == "publish" { return try publish(id, exchange, &state, workspace) }
        if parts.count == 5, parts[3] == "act", let action = ActionForm.Kind(rawValue: String(parts[4])) {
            return try act(action, on: id, exchange, &state, workspace)
        }
        return .html(WorkbenchPage.message("404", exchange, csrf: state.csrf), status: .notFound)
    }

    /// The one-time URL: its token becomes the session (an HttpOnly, SameSite=Strict cookie) and is spent.
    func login(_ request: HTTPRequest, _ language: Language) throws -> HTTPResponse {
        let token = try request.queryItems().first { $0.0 == "token" }?.1
        return state.withLock { state in
            guard request.method == .get, SessionState.matches(token, state.oneTimeToken) else {
                return refusal(language.workbench.refusedToken, language)
            }
            let session = Random.sessionSecret()
            state.oneTimeToken = nil
            state.sessionID = session
            state.lastActivity = .now
            var response = HTTPResponse.redirect(to: language.prefix + "/")
            response.headers["Set-Cookie"] = "\(Self.cookieName)=\(session); HttpOnly; SameSite=Strict; Path=/"
            return response
        }
    }

    /// Only `127.0.0.1:PORT`, `localhost:PORT` and `[::1]:PORT`: a name that another machine's DNS
    /// answers with 127.0.0.1 (DNS rebinding) is refused.
    func isAllowedHost(_ host: String?) -> Bool {
        guard let host else { return false }
        return ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"].contains(host.lowercased())
    }

    /// A POST's Origin is one of the allowed hosts over http; a POST without one is refused.
    func isAllowedOrigin(_ origin: String?) -> Bool {
        guard let origin, origin.hasPrefix("http://") else { return false }
        return isAllowedHost(String(origin.dropFirst("http://".count)))
    }

    func cookie(_ request: HTTPRequest) -> String? {
        for field in request.headers.values(for: "Cookie") {
            for pair in field.split(separator: ";") {
                let parts = pair.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0] == Self.cookieName { return String(parts[1]) }
            }
        }
        return nil
    }

    func refusal(_ text: String, _ language: Language) -> HTTPResponse {
        .html(WorkbenchPage.refusal(text, language), status: .forbidden)
    }
}

extension Random {
    /// 32 random bytes as hex: a session cookie, a CSRF token or the one-time URL's secret.
    static func sessionSecret() -> String { bytes(count: 32).hexString }
}
