import Foundation
import HTTP
import InspectorWorkspace
import Keys
import Mirroring
import System
import Web

/// What a Sync started from the button has done so far: read by the Sync page, written by its thread.
struct SyncProgress: Sendable {
    /// Records of the log the mirror holds, downloaded and checked against the log's leaf hashes.
    var have: UInt64 = 0
    /// The size of the server's new checkpoint; 0 until it is known.
    var total: UInt64 = 0
    /// The command's closing sentence, or its failure as the command says it; nil while it runs.
    var result: (text: String, isFailure: Bool)?
}

/// The Sync button: `candor-inspect sync`'s sync, run on a thread of its own so that the Sync page can
/// show its progress, refreshing itself (a `<meta http-equiv="refresh">`, which needs no script).
extension Workbench {
    /// Seconds between two refreshes of the Sync page while a sync runs.
    static let syncRefreshSeconds = 1

    /// POST: starts a sync unless one runs; 303 to the Sync page.
    func startSync(_ exchange: Exchange, _ state: inout SessionState, _ key: InspectorPrivateKey) -> HTTPResponse {
        let page = HTTPResponse.redirect(to: exchange.language.prefix + "/sync")
        let started = syncing.withLock { progress in
            if progress != nil, progress?.result == nil { return false }
            progress = SyncProgress()
            return true
        }
        guard started else { return page }
        let oldKeys = state.oldKeys
        let spawned = Threads.spawn { [weak self] in self?.runSync(key, oldKeys) }
        if !spawned {
            syncing.withLock { $0?.result = ("candor-inspect sync: no thread to run it on; try again", true) }
        }
        return page
    }

    /// The sync itself; the key's copy held here lives until the sync ends, even if the workbench is
    /// locked meanwhile (Workbench.docc, "What stays in memory").
    func runSync(_ key: InspectorPrivateKey, _ oldKeys: [InspectorPrivateKey]) {
        var result: (text: String, isFailure: Bool)
        do {
            let mirror = try Mirror(directory: configuration.mirrorDirectory)
            defer { mirror.close() }
            let plan = try MirrorSync(
                mirror: mirror, serverText: configuration.server, keysDirectory: configuration.keysDirectory,
                logKeyText: nil, catalogDirectory: configuration.catalogDirectory)
            let outcome = try plan.run(
                key: key, oldKeys: oldKeys,
                progress: { [weak self] have, total in
                    self?.syncing.withLock {
                        $0?.have = have
                        $0?.total = total
                    }
                })
            result = (MirrorSync.sentence(outcome), false)
        } catch {
            result = ("candor-inspect sync: \(error)", true)
        }
        state.withLock { state in
            guard state.key != nil else { return }
            state.notice = nil
            reopen(&state)
            if result.isFailure || state.notice == nil { state.notice = result }
        }
        syncing.withLock { $0?.result = result }
    }

    /// While a sync runs the mirror is its alone (a second opener is refused): a page is a 303 to the
    /// Sync page, and a form (other than Lock) a 409 that says to wait. Nil when no sync runs.
    func whileSyncing(_ exchange: Exchange, _ state: SessionState) -> HTTPResponse? {
        guard syncing.withLock({ $0 != nil && $0?.result == nil }) else { return nil }
        guard exchange.request.method == .post else { return .redirect(to: exchange.language.prefix + "/sync") }
        return .html(
            WorkbenchPage.message(exchange.strings.syncBusy, exchange, csrf: state.csrf), status: .conflict)
    }

    /// GET: the running sync's progress, refreshing itself; once it ended, its sentence or its failure
    /// (what did not match, where the evidence is kept). With no sync this session: 303 to the inbox.
    func syncPage(_ exchange: Exchange, _ state: inout SessionState) -> HTTPResponse {
        let s = exchange.strings
        guard let progress = syncing.withLock({ $0 }) else {
            return .redirect(to: exchange.language.prefix + "/")
        }
        let back: HTML = "<p><a href=\"\(exchange.language.prefix)/\">\(s.backToInbox)</a></p>"
        guard let (text, failure) = progress.result else {
            let counted: HTML =
                progress.total == 0
                ? "<p role=\"status\">\(s.syncConnecting)</p>"
                : """
                <p role="status">\(s.syncProgress(progress.have, progress.total))</p>
                <progress aria-label="\(s.syncRunning)" value="\(Int(progress.have))" max="\(Int(progress.total))">\(Int(progress.have))/\(Int(progress.total))</progress>
                """
            return .html(
                WorkbenchPage.render(
                    exchange, title: s.syncRunning, csrf: state.csrf, unlocked: true,
                    "<h1>\(s.syncRunning)</h1>\(counted)<p>\(s.syncRefreshes)</p>\(back)",
                    refresh: Self.syncRefreshSeconds))
        }
        // The result is shown here; the inbox need not say it again.
        state.notice = nil
        return .html(
            WorkbenchPage.render(
                exchange, title: failure ? s.syncFailed : s.syncDone, csrf: state.csrf, unlocked: true,
                """
                <h1>\(failure ? s.syncFailed : s.syncDone)</h1>
                <p class="notice\(failure ? " failure" : "")" role="status">\(text)</p>
                \(back)
                """))
    }
}
