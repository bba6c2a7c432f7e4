extension WorkbenchStrings {
    static let english = WorkbenchStrings(
        title: "Inspectors' workbench", otherLanguageLink: "Tiếng Việt", skipToContent: "Skip to content",
        footer: "Runs on your machine; the private key never leaves it.",
        refusedTitle: "Refused", refusedPeer: "The request did not come from this machine.",
        refusedHost: "The Host is not the workbench's address.",
        refusedOrigin: "The request came from another site.",
        refusedSession: "No valid session: open the one-time address candor-inspect serve printed.",
        refusedToken: "This one-time address was already used or is wrong.",
        refusedCSRF: "The form is stale or lacks its protection token: reload the page and try again.",
        refusedLocked: "The workbench is locked: enter the passphrase to unlock it.",
        unlockTitle: "Unlock",
        unlockLead: "Enter the key file's passphrase. The key stays in memory only while unlocked.",
        passphrase: "Passphrase", unlockButton: "Unlock", lockButton: "Lock",
        wrongPassphrase: "The passphrase does not open the key file.",
        oldKeyPassphrase: { "Passphrase of your older key \($0) (leave empty if it is the same)" },
        wrongOldPassphrase: { "The passphrase does not open your older key \($0): give its own below." },
        lockedByIdle: "The workbench locked itself after being idle.",
        inboxTitle: "Inbox", syncButton: "Sync", syncFailed: "Sync failed",
        syncRunning: "Syncing", syncConnecting: "Asking the server for its signed checkpoint…",
        syncProgress: { "\($0) of \($1) records downloaded and verified so far" },
        syncRefreshes: "This page refreshes itself until the sync ends.", syncDone: "Sync finished",
        syncBusy: "A sync is running: wait for it to end, then send the form again. Nothing was sent.",
        counts: { "\($0) cases: \($1) new, \($2) overdue, \($3) due within 3 days" },
        newSinceLastVisit: "new",
        remindersTitle: { "Reminders: \($0) overdue, \($1) due within \($2) days" },
        reminderLine: { decision, day, left in
            (decision ? "decision" : "resolution")
                + (left < 0 ? " was due \(day), \(-left) days late" : " due \(day), in \(left) days")
        },
        remindersMore: { "The first \($0) are listed; the filter below lists them all." }, filterButton: "Filter",
        anyValue: "(any)", onlyOverdue: "Overdue only",
        dueWithinDays: "Due within (days)", columnID: "ID", columnStatus: "Status", columnDue: "Due",
        columnLeft: "Left", columnProvince: "Province", columnProcedure: "Procedure", columnAssignee: "Assignee",
        daysLeft: { "\($0) days" }, daysLate: { "\($0) days late" }, noCase: "No case matches.",
        previousPage: "Previous page", nextPage: "Next page", cannotOpen: "(cannot open)",
        caseTitle: { "Case \($0)" }, backToInbox: "Back to the inbox", received: "Received",
        decisionDue: "Decision due",
        resolutionDue: "Resolution due",
        notSealedToYou: "The report is not sealed to your key (it was received before your key was added).",
        notFromCitizen: "NOT THE CITIZEN'S WORDS",
        flaggedEventsWarning:
            "Some events failed verification: keep the mirror as evidence and tell the other inspectors.",
        fieldProvince: "Province", fieldProcedure: "Procedure", fieldAgency: "Agency", fieldCommune: "Commune",
        fieldOfficial: "Official", fieldMisconduct: "Misconduct", fieldWhen: "When",
        fieldContact: "Contact (the citizen chose to give it)", attachmentsTitle: "Attachments",
        metadataStripped: "metadata stripped", metadataKept: "metadata NOT stripped", download: "Download",
        followUpsTitle: "Follow-ups and rating", rating: "Rating", timelineTitle: "Timeline",
        noEvents: "No inspector event yet.", signatureVerified: "signature verified", flagged: "⚠ FLAGGED",
        actionsTitle: "Actions",
        exportTitle: "Export for a court",
        exportLead:
            "Writes the case's sealed records, signed events, inclusion proofs and signed checkpoint into a new folder on this machine, as candor-inspect export does, under",
        exportOpen:
            "Also write the decrypted report, follow-ups and attachments (--open). WARNING: that copy holds the report in plaintext; keep it as you would the paper file and delete it when done.",
        exportButton: "Export", exportFailed: "The export was not written", exportedTitle: "Export written",
        exportedFolder: "Folder", exportedRecords: "Records (of which events)",
        exportedVerify: "Check it on any machine, with the public keys only",
        exportedOpenWarning:
            "This copy holds the report, follow-ups and attachments in plaintext under open/: keep it as you would the paper file and delete it when done.",
        actionNames: [
            "accept": "Accept", "decline": "Decline", "assign": "Assign", "note": "Internal note",
            "reply": "Reply to the citizen", "extend": "Extend", "resolve": "Resolve",
            "transfer": "Transfer to a unit", "grant": "Grant keys to a new inspector",
        ],
        fieldReason: "Reason (the citizen reads it)", fieldAssignee: "Assign to", fieldText: "Text",
        fieldOutcome: "Outcome", fieldSummary: "Summary of the outcome (the citizen reads it)",
        fieldReasonForInspectors: "Reason (for the inspectors)", fieldUnit: "Receiving unit",
        keysHandedOver: "Record keys handed over",
        grantAll: "Every case you can open, not only this one (grant --all)",
        grantAllNothing: { "\($0) can already open every record of every case that you can open" },
        replyWarning:
            "The citizen will read this reply on the case's status page. Write nothing meant for inspectors only.",
        citizenReads: "The citizen will read this.", inspectorsOnly: "Only the case's inspectors can read this.",
        reviewButton: "Review before sending", confirmTitle: "Confirm",
        confirmLead: "This is exactly what will be signed and sent:", signedBy: "Signed by", sealedTo: "Sealed to",
        sendTo: "Sent to", confirmButton: "Sign and send", cancel: "Cancel",
        done: { action, record in "\(action): signed and recorded" + (record.map { " (record \($0))" } ?? "") },
        publishTitle: "Publish the outcome",
        publishLead:
            "Write the public summary in your own words. The sanitizer removes personal data; you review it before publishing.",
        fieldPublicSummary: "Public summary", fieldAgencyOverride: "Agency (empty: as the citizen wrote it)",
        recordTitle: "The public record, exactly as it will be published", writtenTitle: "What you wrote",
        publishedTitle: "What is published", jsonLineTitle: "The JSON line to sign",
        markCounts: { "\($0) redacted, \($1) quotes of the citizen's words, \($2) spans the sanitizer is unsure of" },
        acceptQuotes: "I am sure the quotes of the citizen's words cannot identify them (--accept-quotes)",
        acceptFlags: "I checked the spans the sanitizer is unsure of: none is personal data (--accept-flags)",
        confirmPublish: { "I have read the record; publish it, signed as \($0)" }, publishButton: "Publish",
        refusedQuotes:
            "Quotes of the citizen's words remain: rewrite them in your own words, or tick their box. Nothing was published.",
        refusedFlags:
            "Spans the sanitizer is unsure of remain: rewrite them, or tick their box. Nothing was published.",
        disciplinedTitle: "The disciplined official (published in its own field)",
        disciplinedLead:
            "Only when the discipline decision is itself public: the official's position and unit, as the decision "
            + "words them. Never the citizen's words. Leave empty when no one was disciplined.",
        fieldDisciplinedPosition: "Position", fieldDisciplinedUnit: "Unit",
        fieldDisciplinedName: "Name (only as the public discipline decision gives it)",
        namesNotAllowed:
            "This deployment does not publish officials' names (no Keys/outcomes.names): give the position and unit only.",
        confirmDisciplined:
            "I checked the disciplined official against the discipline decision; publish it (--confirm-disciplined)",
        refusedDisciplined:
            "The record names the disciplined official: check it against the discipline decision and tick its box. "
            + "Nothing was published.",
        refusedDisciplinedQuotes:
            "The disciplined official's position or unit quotes the citizen's own words: write them as the discipline "
            + "decision does. Nothing was published.",
        published: { id, index, verified in
            "Published outcome \(id), entry \(index) of the public log"
                + (verified ? "; the log's checkpoint verifies" : "")
        },
        dashboardTitle: "Dashboard",
        dashboardCount: "Cases",
        dashboardByStatus: "Cases by status",
        dashboardDue: "Falling due",
        dashboardOverdue: "Overdue",
        dashboardThisWeek: "Within 7 days",
        dashboardNextWeek: "In 7 to 13 days",
        dashboardWorkload: "Open cases per assignee",
        dashboardUnassigned: "(unassigned)",
        dashboardMedianDecide: "Median days to a decision",
        dashboardMedianResolve: "Median days from acceptance to resolution",
        dashboardWithinDeadline: "Resolved within the deadline"
    )
}
