/// Every string a citizen reads, in one table per language (`Strings+Vietnamese.swift`,
/// `Strings+English.swift`). Plain, short words: a citizen on a cheap phone should understand each
/// sentence at once.
public struct Strings: Sendable {
    // Page chrome
    package let languageName: String
    package let otherLanguageLink: String
    package let siteName: String
    package let siteTagline: String
    package let skipToContent: String
    package let footerPrivacy: String

    // Home
    package let homeTitle: String
    package let homeLead: String
    package let homeStepsTitle: String
    package let homeSteps: [String]
    package let homeSecretTitle: String
    package let homeSecret: String
    package let homePublicTitle: String
    package let homePublic: String
    package let actionReport: String
    package let actionReportHint: String
    package let actionCheck: String
    package let actionCheckHint: String
    package let actionOutcomes: String
    package let actionOutcomesHint: String

    // Report form
    package let formTitle: String
    package let formIntro: String
    package let formAnonymousNote: String
    package let fieldProvince: String
    package let fieldProvinceChoose: String
    package let fieldProcedure: String
    package let fieldProcedureChoose: String
    package let fieldAgency: String
    package let fieldAgencyHint: String
    package let fieldCommune: String
    package let fieldCommuneHint: String
    package let fieldOfficial: String
    package let fieldOfficialHint: String
    package let fieldKinds: String
    package let fieldKindsHint: String
    package let fieldWhat: String
    package let fieldWhatHint: String
    package let fieldWhatPrompts: [String]
    package let fieldWhen: String
    package let fieldMonth: String
    package let fieldYear: String
    package let fieldAttachments: String
    package let fieldAttachmentsHint: String
    package let fieldContact: String
    package let fieldContactWarning: String
    /// The checkbox that routes a report to the national unit only.
    package let fieldLocalAuthority: String
    package let fieldLocalAuthorityHint: String
    package let formSubmit: String
    package let formErrorsTitle: String

    // Field errors
    package let errorRequired: String
    package let errorTooLong: String
    package let errorChoose: String
    package let errorChooseKind: String
    package let errorMonth: String
    package let errorYear: String
    package let errorFuture: String
    package let errorFileTooBig: String
    package let errorFileType: String
    package let errorTooManyFiles: String
    package let errorTicket: String
    package let errorInvalidCharacters: String
    package let errorDuplicate: String
    package let errorFilesAgain: String
    package let errorRatingLevel: String
    package let statusNotResolved: String
    package let statusAlreadyRated: String
    /// A follow-up to a case that holds the most messages a case may hold.
    package let statusCaseFull: String

    // Receipt
    package let receiptTitle: String
    package let receiptLead: String
    package let receiptTokenLabel: String
    package let receiptKeepSafe: [String]
    package let receiptMetadataNote: String
    package let receiptDownload: String
    package let receiptDownloadHint: String
    package let receiptShowText: String
    package let receiptCheckLink: String
    /// Before the name of the unit that handles a case, on the receipt and the status page.
    package let caseHandledBy: String

    // Status
    package let statusTitle: String
    package let statusLead: String
    package let statusTokenLabel: String
    package let statusTokenHint: String
    package let statusSubmit: String
    package let statusBadCheck: String
    package let statusMalformed: String
    package let statusNoSuchCase: String
    package let statusTimeline: String
    package let statusYouSentReport: String
    package let statusYouSentFollowUp: String
    package let statusYouRated: String
    package let statusInspectorReply: String
    package let statusNoReplyYet: String
    package let statusAccepted: String
    package let statusDeclined: String
    package let statusExtended: String
    package let statusResolved: String
    /// "Result: " before the outcome's label.
    package let statusOutcome: String
    package let statusAddTitle: String
    package let statusAddText: String
    package let statusAddSubmit: String
    package let statusAdded: String
    package let statusRateTitle: String
    package let statusRateLevels: [String]
    package let statusRateSubmit: String
    package let statusRated: String
    /// Instead of "You added information" for a record that the token's key did not sign (finding H1).
    package let statusNotFromYou: String
    /// Beside a record of the older, unsigned format.
    package let statusUnsigned: String
    /// The text of an inspector's item that the citizen's key could not open (finding L3).
    package let statusReplyUnopened: String
    /// The text of a citizen's record that the citizen's key could not open.
    package let statusItemUnopened: String
    /// A write refused because the token's keys are not those its case's report introduced.
    package let statusKeysMismatch: String

    // Errors and limits
    package let errorPageTitle: String
    package let notFound: String
    package let badRequest: String
    package let tooLarge: String
    package let busyTitle: String
    package let busy: String
    package let serverError: String
    /// After a write or fsync failure of the intake log: nothing more is stored until a restart.
    package let storageFailedTitle: String
    package let storageFailed: String
    /// Past the free-disk reserve: no new writes, reads go on.
    package let diskFullTitle: String
    package let diskFull: String
    /// Status reads are over their budget.
    package let busyReading: String
    package let backHome: String

    // Public outcomes: the list and its filters
    package let outcomesTitle: String
    package let outcomesLead: String
    package let filterTitle: String
    package let filterAny: String
    package let filterProvince: String
    package let filterAgency: String
    package let filterProcedure: String
    package let filterKind: String
    package let filterOutcome: String
    package let filterSubmit: String
    package let filterClear: String
    /// After a number: "3 kết quả".
    package let outcomesFound: String
    package let outcomesEmpty: String
    package let columnMonth: String
    package let columnProvince: String
    package let columnProcedure: String
    package let columnOutcome: String
    package let columnDeadline: String
    package let deadlineMet: String
    package let deadlineMissed: String
    /// After a discipline that both groups share ("Khiển trách"): whom it applied to.
    package let outcomeForCadre: String
    package let outcomeForCivilServant: String
    package let pagePrevious: String
    package let pageNext: String
    /// Before a number: "Trang 2".
    package let pageLabel: String

    // One outcome
    package let outcomeTitle: String
    package let detailID: String
    package let detailAgency: String
    /// The disciplined official's field (Outcomes.md): its heading and its parts.
    package let detailDisciplined: String
    package let detailDisciplinedPosition: String
    package let detailDisciplinedUnit: String
    package let detailDisciplinedName: String
    package let detailKinds: String
    package let detailSignedLabel: String
    package let detailSummary: String
    package let detailMonthReceived: String
    package let detailMonthResolved: String
    package let detailDays: String
    /// After a number: "21 ngày".
    package let daysUnit: String
    package let detailKeyID: String
    package let detailIndex: String
    package let detailProof: String
    package let detailProofHint: String
    package let backToOutcomes: String

    // Statistics
    package let statsTitle: String
    package let statsLead: String
    package let statsByProvince: String
    package let statsByKind: String
    package let statsByOutcome: String
    package let statsCount: String
    package let statsMedianDays: String
    package let statsWithinDeadline: String
    package let statsRatings: String
    package let statsRatingsNote: String
    package let statsRatingLevels: String
    package let statsRatingLevel: String
    package let statsRatingsOnDevice: String
    /// What a figure under the minimum group size reads instead of its number.
    package let statsFewerThanMinimum: String
    package let statsNone: String

    // Feeds and verification
    package let feedLink: String
    package let apiLink: String
    package let verifyTitle: String
    package let verifyLead: String
    package let verifyPromisesTitle: String
    package let verifyPromises: [String]
    package let verifyAddressesTitle: String
    package let verifyCheckpoint: String
    package let verifyTiles: String
    package let verifyEntries: String
    package let verifyKey: String
    package let verifyProofs: String
    package let verifyHowTitle: String
    package let verifyHow: String
    package let verifyOtherTools: String
}
