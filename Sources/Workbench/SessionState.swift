import Foundation
import InspectorWorkspace
import Keys
import Sodium

/// The one session of the workbench: its cookie, its CSRF token, and the unlocked workspace (which
/// holds the private key) while it is unlocked.
struct SessionState {
    /// The secret of the one-time URL; nil once it was exchanged for the session.
    var oneTimeToken: String?
    /// The session cookie's value; nil until the one-time URL is opened.
    var sessionID: String?
    /// The token every form that changes something carries; renewed at each unlock and lock, so a form
    /// from before is stale.
    var csrf = Random.sessionSecret()
    var lastActivity = ContinuousClock.now
    /// The unlocked key: nil while locked.
    var key: InspectorPrivateKey?
    /// The older keys of `serve --old-key`, unlocked with the key: they open the records sealed to them.
    var oldKeys: [InspectorPrivateKey] = []
    /// The keys, index and mirror, while unlocked and once the mirror has verified records.
    var workspace: Workspace?
    /// The inbox's order for each filter asked this session, until the index changes (a sync, an action).
    var orders: [CaseListing.Filter: CaseListing.Order] = [:]
    /// Cases from this id on came after the inspector's last visit.
    var newFrom: UInt64 = 0
    /// One line to show on the next page (a sync's or an action's result), then dropped.
    var notice: (text: String, isFailure: Bool)?
    var lockedByIdle = false

    init(oneTimeToken: String) {
        self.oneTimeToken = oneTimeToken
    }

    func idle(longerThan limit: Duration) -> Bool { ContinuousClock.now - lastActivity > limit }

    /// Drops the workspace: its keys are `SecureBytes`, zeroed (`sodium_memzero`) as the last copy goes.
    /// A new CSRF token makes every form rendered before stale.
    mutating func lock() {
        key = nil
        oldKeys = []
        workspace = nil
        orders = [:]
        csrf = Random.sessionSecret()
        notice = nil
    }

    /// Whether `offered` is `secret`, compared in constant time.
    static func matches(_ offered: String?, _ secret: String?) -> Bool {
        guard let offered, let secret else { return false }
        return SecureBytes(Array(offered.utf8)) == SecureBytes(Array(secret.utf8))
    }
}
