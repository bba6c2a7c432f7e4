import Attachments
import Casework
import Deployment
import Sodium

/// The citizen's writes: a new report, a follow-up, a rating.
extension IntakeStore {
    /// Seals a new report and stores it; returns once it is durable.
    ///
    /// Mints the token, derives the case tag and the reply key from it, seals the report (with the
    /// attachments' keys and the day) to the units of its route (``Inspectorates/route(province:_:)``:
    /// the conflict route when the citizen fears the local authority is involved; every inspector in a
    /// flat `Keys/`) and to the reply key, and appends it. The receipt names the unit that handles it.
    ///
    /// - Parameters:
    ///   - report: the citizen's report, as the form gave it; it is normalised (``Report/normalized()``)
    ///     and validated before anything is sealed.
    ///   - attachments: attachments already stored with ``beginAttachment(name:mediaType:)``.
    /// - Throws: ``StoreError/invalid(_:)`` with every field problem; ``CaseworkError/malformedAttachment(_:)``
    ///   for an attachment not fully stored; ``StoreError/ledger(_:)`` if the log fails.
    public func submit(report: Report, attachments: [SealedAttachment] = []) throws(StoreError) -> Receipt {
        let today = self.today
        let report = report.normalized()
        let errors = report.validate(catalog: configuration.catalog, today: today)
        guard errors.isEmpty else { throw .invalid(errors) }
        try checkAttachments(attachments)
        let token = CaseToken(random: configuration.random)
        let tag = tagKey.tag(for: token)
        let message = CaseMessage(body: .report(report), attachments: attachments, receivedOn: today)
        let route = inspectorates.route(province: report.province, report.route)
        let index = try sealAndAppend(message, tag: tag, token: token, units: route)
        caseUnits.record(route, of: tag)
        linkAttachments(attachments, to: tag)
        return Receipt(
            token: token, caseTag: tag, logIndex: index, inclusion: try eagerInclusion(of: index),
            handlingUnit: route.first.flatMap { inspectorates.catalog[$0] })
    }

    /// Checks, without storing anything, that `token` may add a follow-up to its case now: the case
    /// exists, the token's keys are those its report introduced (finding H1), and it is not full. The web
    /// layer asks before it streams a follow-up's attachments into the log.
    ///
    /// - Throws: ``StoreError/noSuchCase``, ``StoreError/signatureInvalid(_:)``,
    ///   ``StoreError/unacceptableEnvelope(_:)`` or ``StoreError/caseFull(limit:)``.
    public func admitFollowUp(token: CaseToken) throws(StoreError) {
        guard let state = try caseState(tagKey.tag(for: token)) else { throw .noSuchCase }
        try checkKeys(of: token, joining: state)
        try refuseIfFull(state)
    }

    /// Adds information to the case of `token`, signed with the token's key; returns once it is durable.
    ///
    /// - Throws: ``StoreError/noSuchCase``, ``StoreError/caseFull(limit:)``, ``StoreError/invalid(_:)``,
    ///   ``StoreError/signatureInvalid(_:)`` or ``StoreError/unacceptableEnvelope(_:)`` when the
    ///   token's keys are not those of the case's report, or as ``submit(report:attachments:)``.
    public func addFollowUp(token: CaseToken, followUp: FollowUp, attachments: [SealedAttachment] = [])
        throws(StoreError)
        -> Acknowledgement
    {
        let tag = tagKey.tag(for: token)
        let followUp = followUp.normalized()
        let errors = followUp.validate(attachmentCount: attachments.count)
        guard errors.isEmpty else { throw .invalid(errors) }
        // Under the lock, so that follow-ups arriving together cannot take a case past its bound.
        caseLock.lock()
        defer { caseLock.unlock() }
        guard let state = try caseState(tag) else { throw .noSuchCase }
        try refuseIfFull(state)
        try checkAttachments(attachments)
        let message = CaseMessage(body: .followUp(followUp), attachments: attachments, receivedOn: today)
        let index = try sealAndAppend(message, tag: tag, token: token, units: state.units, joining: state)
        linkAttachments(attachments, to: tag)
        return Acknowledgement(caseTag: tag, kind: .followUp, logIndex: index, inclusion: try eagerInclusion(of: index))
    }

    /// Rates the resolved case of `token`, once; returns once the rating is durable.
    ///
    /// - Throws: ``StoreError/noSuchCase``, ``StoreError/notResolved``, ``StoreError/alreadyRated``,
    ///   ``StoreError/invalid(_:)``.
    public func rate(token: CaseToken, rating: Rating) throws(StoreError) -> Acknowledgement {
        let tag = tagKey.tag(for: token)
        let rating = rating.normalized()
        let errors = rating.validate()
        guard errors.isEmpty else { throw .invalid(errors) }
        caseLock.lock()
        defer { caseLock.unlock() }
        guard let state = try caseState(tag) else { throw .noSuchCase }
        guard isResolved(tag, state.progress) else { throw .notResolved }
        guard !state.hasRating else { throw .alreadyRated }
        let message = CaseMessage(body: .rating(rating), receivedOn: today)
        let index = try sealAndAppend(message, tag: tag, token: token, units: state.units, joining: state)
        countRating(rating.level)
        return Acknowledgement(caseTag: tag, kind: .rating, logIndex: index, inclusion: try eagerInclusion(of: index))
    }

    /// Starts storing an attachment: feed it with ``AttachmentUpload/write(_:)``, then
    /// ``AttachmentUpload/finish()`` gives the ``SealedAttachment`` to pass to a report or follow-up.
    public func beginAttachment(name: String, mediaType: String) -> AttachmentUpload {
        AttachmentUpload(store: self, name: name, mediaType: mediaType)
    }
}
