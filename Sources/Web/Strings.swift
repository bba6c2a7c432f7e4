/// Every string a citizen reads, in one table per language (`Strings+Vietnamese.swift`,
/// `Strings+English.swift`). Plain, short words: a citizen on a cheap phone should understand each
/// sentence at once.
public struct Strings: Sendable {
    // Page chrome
    let languageName: String
    let otherLanguageLink: String
    let siteName: String
    let siteTagline: String
    let skipToContent: String
    let footerPrivacy: String

    // Home
    let homeTitle: String
    let homeLead: String
    let homeStepsTitle: String
    let homeSteps: [String]
    let homeSecretTitle: String
    let homeSecret: String
    let homePublicTitle: String
    let homePublic: String
    let actionReport: String
    let actionReportHint: String
    let actionCheck: String
    let actionCheckHint: String
    let actionOutcomes: String
    let actionOutcomesHint: String

    // Report form
    let formTitle: String
    let formIntro: String
    let formAnonymousNote: String
    let fieldProvince: String
    let fieldProvinceChoose: String
    let fieldProcedure: String
    let fieldProcedureChoose: String
    let fieldAgency: String
    let fieldAgencyHint: String
    let fieldCommune: String
    let fieldCommuneHint: String
    let fieldOfficial: String
    let fieldOfficialHint: String
    let fieldKinds: String
    let fieldKindsHint: String
    let fieldWhat: String
    let fieldWhatHint: String
    let fieldWhatPrompts: [String]
    let fieldWhen: String
    let fieldMonth: String
    let fieldYear: String
    let fieldAttachments: String
    let fieldAttachmentsHint: String
    let fieldContact: String
    let fieldContactWarning: String
    let formSubmit: String
    let formErrorsTitle: String

    // Field errors
    let errorRequired: String
    let errorTooLong: String
    let errorChoose: String
    let errorChooseKind: String
    let errorMonth: String
    let errorYear: String
    let errorFuture: String
    let errorFileTooBig: String
    let errorFileType: String
    let errorTooManyFiles: String
    let errorTicket: String
    let errorInvalidCharacters: String
    let errorDuplicate: String
    let errorFilesAgain: String
    let errorRatingLevel: String
    let statusNotResolved: String
    let statusAlreadyRated: String
    /// A follow-up to a case that holds the most messages a case may hold.
    let statusCaseFull: String

    // Receipt
    let receiptTitle: String
    let receiptLead: String
    let receiptTokenLabel: String
    let receiptKeepSafe: [String]
    let receiptMetadataNote: String
    let receiptDownload: String
    let receiptDownloadHint: String
    let receiptShowText: String
    let receiptCheckLink: String

    // Status
    let statusTitle: String
    let statusLead: String
    let statusTokenLabel: String
    let statusTokenHint: String
    let statusSubmit: String
    let statusBadCheck: String
    let statusMalformed: String
    let statusNoSuchCase: String
    let statusTimeline: String
    let statusYouSentReport: String
    let statusYouSentFollowUp: String
    let statusYouRated: String
    let statusInspectorReply: String
    let statusNoReplyYet: String
    let statusAccepted: String
    let statusDeclined: String
    let statusExtended: String
    let statusResolved: String
    /// "Result: " before the outcome's label.
    let statusOutcome: String
    let statusAddTitle: String
    let statusAddText: String
    let statusAddSubmit: String
    let statusAdded: String
    let statusRateTitle: String
    let statusRateLevels: [String]
    let statusRateSubmit: String
    let statusRated: String
    /// Instead of "You added information" for a record that the token's key did not sign (finding H1).
    let statusNotFromYou: String
    /// Beside a record of the older, unsigned format.
    let statusUnsigned: String
    /// The text of an inspector's item that the citizen's key could not open (finding L3).
    let statusReplyUnopened: String
    /// The text of a citizen's record that the citizen's key could not open.
    let statusItemUnopened: String
    /// A write refused because the token's keys are not those its case's report introduced.
    let statusKeysMismatch: String

    // Errors and limits
    let errorPageTitle: String
    let notFound: String
    let badRequest: String
    let tooLarge: String
    let busyTitle: String
    let busy: String
    let serverError: String
    /// After a write or fsync failure of the intake log: nothing more is stored until a restart.
    let storageFailedTitle: String
    let storageFailed: String
    /// Past the free-disk reserve: no new writes, reads go on.
    let diskFullTitle: String
    let diskFull: String
    /// Status reads are over their budget.
    let busyReading: String
    let backHome: String

    // Public outcomes: the list and its filters
    let outcomesTitle: String
    let outcomesLead: String
    let filterTitle: String
    let filterAny: String
    let filterProvince: String
    let filterAgency: String
    let filterProcedure: String
    let filterKind: String
    let filterOutcome: String
    let filterSubmit: String
    let filterClear: String
    /// After a number: "3 kết quả".
    let outcomesFound: String
    let outcomesEmpty: String
    let columnMonth: String
    let columnProvince: String
    let columnProcedure: String
    let columnOutcome: String
    let columnDeadline: String
    let deadlineMet: String
    let deadlineMissed: String
    /// After a discipline that both groups share ("Khiển trách"): whom it applied to.
    let outcomeForCadre: String
    let outcomeForCivilServant: String
    let pagePrevious: String
    let pageNext: String
    /// Before a number: "Trang 2".
    let pageLabel: String

    // One outcome
    let outcomeTitle: String
    let detailID: String
    let detailAgency: String
    let detailKinds: String
    let detailSignedLabel: String
    let detailSummary: String
    let detailMonthReceived: String
    let detailMonthResolved: String
    let detailDays: String
    /// After a number: "21 ngày".
    let daysUnit: String
    let detailKeyID: String
    let detailIndex: String
    let detailProof: String
    let detailProofHint: String
    let backToOutcomes: String

    // Statistics
    let statsTitle: String
    let statsLead: String
    let statsByProvince: String
    let statsByKind: String
    let statsByOutcome: String
    let statsCount: String
    let statsMedianDays: String
    let statsWithinDeadline: String
    let statsRatings: String
    let statsRatingsNote: String
    let statsRatingLevels: String
    let statsRatingLevel: String
    let statsRatingsOnDevice: String
    /// What a figure under the minimum group size reads instead of its number.
    let statsFewerThanMinimum: String
    let statsNone: String

    // Feeds and verification
    let feedLink: String
    let apiLink: String
    let verifyTitle: String
    let verifyLead: String
    let verifyPromisesTitle: String
    let verifyPromises: [String]
    let verifyAddressesTitle: String
    let verifyCheckpoint: String
    let verifyTiles: String
    let verifyEntries: String
    let verifyKey: String
    let verifyProofs: String
    let verifyHowTitle: String
    let verifyHow: String
    let verifyOtherTools: String
}
