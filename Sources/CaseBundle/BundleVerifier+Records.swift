import Casework
import Ledger
import Stores
import Transparency

extension BundleVerifier {
    // MARK: 4. the records, their proofs and their framing

    /// Each record of `records/` with its proof, proven into `checkpoint` and of the case `caseID`.
    static func verifiedRecords(_ contents: [String: [UInt8]], checkpoint: Checkpoint, caseID: UInt64)
        throws(BundleError) -> [LedgerRecord]
    {
        var records: [LedgerRecord] = []
        for (path, entry) in contents.sorted(by: { $0.key < $1.key })
        where path.hasPrefix(CaseBundle.recordsFolder + "/") {
            guard let index = index(path, folder: CaseBundle.recordsFolder, suffix: ".entry") else {
                throw .mismatch(file: path, reason: "not named records/N.entry, N the record's log index")
            }
            let proofPath = CaseBundle.proofPath(index)
            guard let proofBytes = contents[proofPath] else {
                throw .mismatch(file: path, reason: "the record has no \(proofPath)")
            }
            let proof = try BundleProof(parsing: proofBytes, file: proofPath).proof
            guard proof.leafIndex == index, proof.treeSize == checkpoint.size else {
                throw .mismatch(
                    file: proofPath,
                    reason: "the proof is of record \(proof.leafIndex) in a tree of \(proof.treeSize), not of record "
                        + "\(index) in the checkpoint's tree of \(checkpoint.size)")
            }
            guard entry.count >= 2, (1...5).contains(entry[0]) else {
                throw .mismatch(file: path, reason: "not a record of the intake log: type \(entry.first ?? 0) or empty")
            }
            let leafHash = RFC6962.leafHash(entry)
            do {
                try proof.verify(leafHash: leafHash, rootHash: checkpoint.rootHash)
            } catch {
                throw .mismatch(
                    file: path,
                    reason: "the record, with \(proofPath), does not lead to the checkpoint's root: \(error)")
            }
            records.append(
                LedgerRecord(index: index, type: entry[0], payload: Array(entry.dropFirst()), leafHash: leafHash))
        }
        for path in contents.keys where path.hasPrefix(CaseBundle.proofsFolder + "/") {
            guard let index = index(path, folder: CaseBundle.proofsFolder, suffix: ".proof"),
                contents[CaseBundle.recordPath(index)] != nil
            else { throw .mismatch(file: path, reason: "a proof of no record of the bundle") }
        }
        records.sort { $0.index < $1.index }
        try checkFraming(records, caseID: caseID)
        return records
    }

    /// The case's report is an envelope at the case id; every envelope and event names its tag; day
    /// marks and events parse.
    static func checkFraming(_ records: [LedgerRecord], caseID: UInt64) throws(BundleError) {
        let reportPath = CaseBundle.recordPath(caseID)
        guard let report = records.first(where: { $0.index == caseID }), let tag = IntakeRecord.caseTag(of: report),
            report.type == IntakeRecord.envelopeType || report.type == IntakeRecord.eventType
        else { throw .mismatch(file: reportPath, reason: "the case's report (an envelope at the case id) is not here") }
        let source = try openedFeedback(report, records, tag: tag)
        for record in records {
            let path = CaseBundle.recordPath(record.index)
            switch record.type {
            case IntakeRecord.envelopeType, IntakeRecord.eventType:
                guard IntakeRecord.caseTag(of: record) == tag else {
                    throw .mismatch(file: path, reason: "the record belongs to another case")
                }
                if record.type == IntakeRecord.eventType {
                    do {
                        _ = try InspectorEvent(parsing: record.payload)
                    } catch {
                        throw .mismatch(file: path, reason: "not an inspector event: \(error)")
                    }
                }
            case IntakeRecord.feedbackType:
                guard record.index == source else {
                    throw .mismatch(file: path, reason: "a feedback record that the case was not opened from")
                }
            case IntakeRecord.dayMarkType:
                do {
                    _ = try DayMark(parsing: record.payload)
                } catch {
                    throw .mismatch(file: path, reason: "not a day mark: \(error)")
                }
            default: break
            }
        }
    }

    /// For a case opened from feedback (the record at the case id is an event), the feedback record it
    /// names, checked to be in the bundle with the case's tag; nil for a case opened by a report.
    static func openedFeedback(_ first: LedgerRecord, _ records: [LedgerRecord], tag: CaseTag) throws(BundleError)
        -> UInt64?
    {
        guard first.type == IntakeRecord.eventType else { return nil }
        guard let opening = try? InspectorEvent(parsing: first.payload), opening.action == .open,
            let source = opening.feedbackRecord, let feedback = records.first(where: { $0.index == source }),
            feedback.type == IntakeRecord.feedbackType, let envelope = try? Envelope(parsing: feedback.payload),
            envelope.kind == .feedback, envelope.caseTag == tag
        else {
            throw .mismatch(
                file: CaseBundle.recordPath(first.index),
                reason:
                    "the record at the case id is neither a report nor an opening from a feedback record of the bundle")
        }
        return source
    }

    /// N from `FOLDER/N.SUFFIX`, a plain decimal.
    static func index(_ path: String, folder: String, suffix: String) -> UInt64? {
        guard path.hasPrefix(folder + "/"), path.hasSuffix(suffix) else { return nil }
        let digits = path.dropFirst(folder.count + 1).dropLast(suffix.count)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            digits == "0" || digits.first != "0"
        else { return nil }
        return UInt64(digits)
    }

    // MARK: 5. the events' signatures

    /// The number of events, each signed by the key the keys folder lists for its inspector.
    static func verifiedEvents(_ records: [LedgerRecord], _ keys: BundleKeys) throws(BundleError) -> Int {
        var count = 0
        for record in records where record.type == IntakeRecord.eventType {
            let path = CaseBundle.recordPath(record.index)
            guard let event = try? InspectorEvent(parsing: record.payload) else {
                throw .mismatch(file: path, reason: "not an inspector event")
            }
            guard event.isSignatureValid else {
                throw .mismatch(file: path, reason: "the event's signature does not verify")
            }
            guard
                let signer = keys.keys(of: event.inspector).first(where: { $0.key.signingKey == event.signingKey })
            else {
                throw .mismatch(
                    file: path,
                    reason: "the event is signed by \(event.inspector) with a key the keys folder does not list")
            }
            if let since = signer.revokedSince, event.isSigned(onOrAfter: since) {
                throw .mismatch(file: path, reason: "the event was signed after \(event.inspector)'s key was revoked")
            }
            count += 1
        }
        return count
    }
}
