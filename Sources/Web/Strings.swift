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

    // Receipt
    let receiptTitle: String
    let receiptLead: String
    let receiptTokenLabel: String
    let receiptKeepSafe: [String]
    let receiptMetadataNote: String
    let receiptDownload: String
    let receiptDownloadHint: String
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

    // Errors and limits
    let errorPageTitle: String
    let notFound: String
    let badRequest: String
    let tooLarge: String
    let busyTitle: String
    let busy: String
    let serverError: String
    let backHome: String

    // Outcomes (public pages arrive later)
    let outcomesTitle: String
    let outcomesComing: String
}
