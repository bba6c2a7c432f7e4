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

/// The Unlock page: the key file opened with its passphrase (Unlocking, as candor-inspect does).
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
            \(oldKeyFields(exchange))
            <button type="submit">\(s.unlockButton)</button>
            </form>
            """)
    }

    /// The older keys of `--old-key`, each with its own passphrase field: left empty, the key's passphrase
    /// is tried.
    func oldKeyFields(_ exchange: Exchange) -> HTML {
        let fields: [HTML] = configuration.oldKeyPaths.enumerated().map { number, path in
            """
            <label for="old-passphrase-\(number + 1)">\(exchange.strings.oldKeyPassphrase(path))</label>
            <input id="old-passphrase-\(number + 1)" name="old-passphrase-\(number + 1)" type="password" autocomplete="off">
            """
        }
        return "\(fields)"
    }

    /// Opens the key file, then each older key (its own field's passphrase, or the key's); the
    /// passphrases' bytes are wiped once the keys are derived (the form's own copies, Swift strings,
    /// cannot be: Workbench.docc says so). One key that does not open unlocks nothing.
    func unlock(_ exchange: Exchange, _ state: inout SessionState) -> HTTPResponse {
        let passphrase = Passphrase.bytes(exchange.field("passphrase") ?? "")
        let key: InspectorPrivateKey
        var oldKeys: [InspectorPrivateKey] = []
        var path = configuration.keyPath
        do {
            key = try KeyFile.open(
                try KeyFile.read(path: configuration.keyPath), passphrase: passphrase, path: configuration.keyPath)
            for (number, oldPath) in configuration.oldKeyPaths.enumerated() {
                path = oldPath
                let own = exchange.field("old-passphrase-\(number + 1)") ?? ""
                oldKeys.append(
                    try KeyFile.open(
                        try KeyFile.read(path: oldPath), passphrase: own.isEmpty ? passphrase : Passphrase.bytes(own),
                        path: oldPath))
            }
        } catch .wrongPassphrase {
            let said =
                path == configuration.keyPath
                ? exchange.strings.wrongPassphrase : exchange.strings.wrongOldPassphrase(path)
            return .html(unlockPage(exchange, state, error: said), status: .forbidden)
        } catch {
            return .html(unlockPage(exchange, state, error: error.description), status: .forbidden)
        }
        state.key = key
        state.oldKeys = oldKeys
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
                key: key, oldKeys: state.oldKeys, keysDirectory: configuration.keysDirectory,
                mirrorDirectory: configuration.mirrorDirectory, holidays: configuration.holidays,
                today: CalendarDay(Date()), catalogDirectory: configuration.catalogDirectory)
        } catch {
            state.workspace = nil
            state.notice = ("\(error)", true)
        }
    }
}
