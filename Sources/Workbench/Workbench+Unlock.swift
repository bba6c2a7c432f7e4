import Casework
import Foundation
import HTTP
import InspectorWorkspace
import Keys
import Mirroring
import Sodium
import System
import Unlocking
import Web

/// The Unlock page and the Sync button: the key file opened with its passphrase (Unlocking, as
/// candor-inspect does), and the same sync as `candor-inspect sync`.
extension Workbench {
    /// The file in the mirror that keeps the size of the log at the inspector's last visit: a count of
    /// records, never report data.
    static let lastVisitFileName = "workbench-last-visit"

    var lastVisitPath: String {
        (configuration.mirrorDirectory as NSString).appendingPathComponent(Self.lastVisitFileName)
    }

    /// Records that the inbox was seen with `size` records: the next unlock marks only later cases new.
    func markVisit(_ size: UInt64) {
        try? AtomicFile.write(Array("\(size)\n".utf8), to: lastVisitPath)
    }

    func unlockPage(_ exchange: Exchange, _ state: SessionState, error: String?) -> String {
        let s = exchange.strings
        let prefix = exchange.language.prefix
        let idle: HTML = state.lockedByIdle ? "<p class=\"notice\">\(s.lockedByIdle)</p>" : ""
        let problem: HTML = error.map { "<p class=\"error\" role=\"alert\">\($0)</p>" } ?? ""
        return WorkbenchPage.render(
            exchange, title: s.unlockTitle, csrf: state.csrf, unlocked: false,
            """
            <h1>\(s.unlockTitle)</h1>
            \(idle)\(problem)
            <p>\(s.unlockLead)</p>
            <p><code>\(configuration.keyPath)</code></p>
            <form method="post" action="\(prefix)/unlock">
            <input type="hidden" name="csrf" value="\(state.csrf)">
            <label for="passphrase">\(s.passphrase)</label>
            <input id="passphrase" name="passphrase" type="password" autocomplete="current-password" required>
            <button type="submit">\(s.unlockButton)</button>
            </form>
            """)
    }

    /// Opens the key file; the passphrase's bytes are wiped once the key is derived (the form's own
    /// copy, a Swift string, cannot be: Workbench.docc says so).
    func unlock(_ exchange: Exchange, _ state: inout SessionState) -> HTTPResponse {
        let passphrase = Passphrase.bytes(exchange.field("passphrase") ?? "")
        let key: InspectorPrivateKey
        do {
            key = try KeyFile.open(
                try KeyFile.read(path: configuration.keyPath), passphrase: passphrase, path: configuration.keyPath)
        } catch .wrongPassphrase {
            return .html(unlockPage(exchange, state, error: exchange.strings.wrongPassphrase), status: .forbidden)
        } catch {
            return .html(unlockPage(exchange, state, error: error.description), status: .forbidden)
        }
        state.key = key
        state.lockedByIdle = false
        state.csrf = Random.sessionSecret()
        let mark = FileManager.default.contents(atPath: lastVisitPath).flatMap {
            UInt64(String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        state.newFrom = mark ?? 0
        reopen(&state)
        return .redirect(to: exchange.language.prefix + "/")
    }

    /// Reads the workspace again (after an unlock, a sync or an action): nil until the mirror has
    /// verified records, with the reason as the notice.
    func reopen(_ state: inout SessionState) {
        guard let key = state.key else { return }
        state.orders = [:]
        do {
            state.workspace = try Workspace.open(
                key: key, oldKeys: [], keysDirectory: configuration.keysDirectory,
                mirrorDirectory: configuration.mirrorDirectory, holidays: configuration.holidays,
                today: CalendarDay(Date()), catalogDirectory: configuration.catalogDirectory)
        } catch {
            state.workspace = nil
            state.notice = ("\(error)", true)
        }
    }

    /// Runs `candor-inspect sync`'s sync; a verification failure is said exactly as the command says it,
    /// with what did not match and where the evidence is kept.
    func sync(_ exchange: Exchange, _ state: inout SessionState, _ key: InspectorPrivateKey) -> HTTPResponse {
        do {
            let mirror = try Mirror(directory: configuration.mirrorDirectory)
            defer { mirror.close() }
            let plan = try MirrorSync(
                mirror: mirror, serverText: configuration.server, keysDirectory: configuration.keysDirectory,
                logKeyText: nil, catalogDirectory: configuration.catalogDirectory)
            let outcome = try plan.run(key: key, oldKeys: [])
            state.notice = (MirrorSync.sentence(outcome), false)
        } catch let error as MirroringError {
            state.notice = ("candor-inspect sync: \(error)", true)
        } catch {
            state.notice = ("candor-inspect sync: \(error)", true)
        }
        let notice = state.notice
        reopen(&state)
        if notice?.isFailure == true || state.notice == nil { state.notice = notice }
        return .redirect(to: exchange.language.prefix + "/")
    }
}
