import Web

/// Every string the workbench shows an inspector, one table per language (`WorkbenchStrings+Vietnamese.swift`,
/// `WorkbenchStrings+English.swift`), as the citizen's pages keep theirs (Web's `Strings`).
struct WorkbenchStrings: Sendable {
    let title: String
    let otherLanguageLink: String
    let skipToContent: String
    let footer: String

    // Refusals (403)
    let refusedTitle: String
    let refusedPeer: String
    let refusedHost: String
    let refusedOrigin: String
    let refusedSession: String
    let refusedToken: String
    let refusedCSRF: String
    let refusedLocked: String

    // Unlocking
    let unlockTitle: String
    let unlockLead: String
    let passphrase: String
    let unlockButton: String
    let lockButton: String
    let wrongPassphrase: String
    let oldKeyPassphrase: @Sendable (_ path: String) -> String
    let wrongOldPassphrase: @Sendable (_ path: String) -> String
    let lockedByIdle: String

    // Inbox
    let inboxTitle: String
    let syncButton: String
    let syncFailed: String
    let syncRunning: String
    let syncConnecting: String
    let syncProgress: @Sendable (_ have: UInt64, _ total: UInt64) -> String
    let syncRefreshes: String
    let syncDone: String
    let syncBusy: String
    let counts: @Sendable (_ cases: Int, _ new: Int, _ overdue: Int, _ soon: Int) -> String
    let newSinceLastVisit: String
    let remindersTitle: @Sendable (_ overdue: Int, _ due: Int, _ days: Int) -> String
    let reminderLine: @Sendable (_ decision: Bool, _ day: String, _ daysLeft: Int) -> String
    let remindersMore: @Sendable (_ shown: Int) -> String
    let filterButton: String
    let anyValue: String
    let onlyOverdue: String
    let dueWithinDays: String
    let columnID: String
    let columnStatus: String
    let columnDue: String
    let columnLeft: String
    let columnProvince: String
    let columnProcedure: String
    let columnAssignee: String
    let daysLeft: @Sendable (Int) -> String
    let daysLate: @Sendable (Int) -> String
    let noCase: String
    let previousPage: String
    let nextPage: String
    let cannotOpen: String

    // Case page
    let caseTitle: @Sendable (UInt64) -> String
    let backToInbox: String
    let received: String
    let decisionDue: String
    let resolutionDue: String
    let notSealedToYou: String
    let notFromCitizen: String
    let flaggedEventsWarning: String
    let fieldProvince: String
    let fieldProcedure: String
    let fieldAgency: String
    let fieldCommune: String
    let fieldOfficial: String
    let fieldMisconduct: String
    let fieldWhen: String
    let fieldContact: String
    let attachmentsTitle: String
    let metadataStripped: String
    let metadataKept: String
    let download: String
    let followUpsTitle: String
    let rating: String
    let timelineTitle: String
    let noEvents: String
    let signatureVerified: String
    let flagged: String
    let actionsTitle: String

    // Export
    let exportTitle: String
    let exportLead: String
    let exportOpen: String
    let exportButton: String
    let exportFailed: String
    let exportedTitle: String
    let exportedFolder: String
    let exportedRecords: String
    let exportedVerify: String
    let exportedOpenWarning: String

    // Actions
    let actionNames: [String: String]
    let fieldReason: String
    let fieldAssignee: String
    let fieldText: String
    let fieldOutcome: String
    let fieldSummary: String
    let fieldReasonForInspectors: String
    let fieldUnit: String
    let keysHandedOver: String
    let grantAll: String
    let grantAllNothing: @Sendable (_ name: String) -> String
    let replyWarning: String
    let citizenReads: String
    let inspectorsOnly: String
    let reviewButton: String
    let confirmTitle: String
    let confirmLead: String
    let signedBy: String
    let sealedTo: String
    let sendTo: String
    let confirmButton: String
    let cancel: String
    let done: @Sendable (String, Int?) -> String

    // Publishing
    let publishTitle: String
    let publishLead: String
    let fieldPublicSummary: String
    let fieldAgencyOverride: String
    let recordTitle: String
    let writtenTitle: String
    let publishedTitle: String
    let jsonLineTitle: String
    let markCounts: @Sendable (_ redactions: Int, _ quotes: Int, _ flags: Int) -> String
    let acceptQuotes: String
    let acceptFlags: String
    let confirmPublish: @Sendable (String) -> String
    let publishButton: String
    let refusedQuotes: String
    let refusedFlags: String
    let disciplinedTitle: String
    let disciplinedLead: String
    let fieldDisciplinedPosition: String
    let fieldDisciplinedUnit: String
    let fieldDisciplinedName: String
    let namesNotAllowed: String
    let confirmDisciplined: String
    let refusedDisciplined: String
    let refusedDisciplinedQuotes: String
    let published: @Sendable (_ id: String, _ index: Int, _ verified: Bool) -> String

    // Dashboard
    let dashboardTitle: String
    let dashboardCount: String
    let dashboardByStatus: String
    let dashboardDue: String
    let dashboardOverdue: String
    let dashboardThisWeek: String
    let dashboardNextWeek: String
    let dashboardWorkload: String
    let dashboardUnassigned: String
    let dashboardMedianDecide: String
    let dashboardMedianResolve: String
    let dashboardWithinDeadline: String
}

extension Language {
    var workbench: WorkbenchStrings { self == .vi ? .vietnamese : .english }
}
