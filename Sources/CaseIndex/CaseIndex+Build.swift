import Casework
import Dispatch
import Foundation
import Ledger
import Stores
import System
import Triage

extension CaseIndex {
    /// What a scan of new records found: the new cases, and each touched case's new record locations.
    struct Scan {
        var newCases: [UInt64] = []
        var slots: [CaseTag.Words: UInt32] = [:]
        /// (case slot, location), in log order; slots past `newCases` are the earlier cases of `earlier`.
        var found: [(slot: UInt32, location: RecordLocation)] = []
        var earlier: [UInt64] = []
        var earlierSlots: [UInt64: UInt32] = [:]
        /// The service feedback records of the scan, by log index: a case opened from one files it.
        var feedback: [UInt64: RecordLocation] = [:]
    }

    /// Reads the mirror's records from `covered` to `size`, files each under its case, summarizes every
    /// touched case and writes its page, then the directory.
    func extended(_ context: IndexContext, size: UInt64, rootHash: [UInt8], existingCase: (CaseTag) -> UInt64?)
        throws -> CaseIndex
    {
        var directory = self.directory
        // The scan below checks every new record's checksum (but those the sync just wrote, from bytes it
        // had checked): the summaries that read them again do not.
        let scannedFrom = directory.covered
        var scan = Scan()
        // A report and an event file about three locations for every two records (a citizen's record
        // also files its day mark): reserved at once, not grown by doubling, which holds both copies.
        scan.found.reserveCapacity(Int(clamping: (size - directory.covered) * 3 / 2))
        // About a new case for every two new records (its report, and an event or more): reserved, since
        // a growing table rehashes every tag it holds.
        scan.slots.reserveCapacity(Int(clamping: (size - directory.covered) / 2))
        var resume = directory.resume
        try segments.scan(
            from: directory.resume, firstIndex: directory.covered, count: size - directory.covered,
            unchecked: context.writtenBySync
        ) { record, location in
            resume = (location.segment, location.offset + UInt32(80 + record.payload.count))
            try file(record, at: location, into: &scan, mark: &directory.mark, existingCase: existingCase)
        }
        let newCount = scan.newCases.count
        func dense(_ slot: UInt32) -> Int { slot < UInt32(newCount) ? Int(slot) : newCount + Int(UInt32.max - slot) }
        // The tags are not needed any more, only the slots' records: a million cases' tags are tens of MB.
        scan.slots = [:]
        let grouped = Self.group(scan.found, slots: newCount + scan.earlier.count, dense: dense)
        scan.found = []

        // Earlier cases' pages are rewritten with their new records; new cases fill the last page, then new ones.
        var pages = directory.pages
        var jobs: [(position: Int?, old: IndexDirectory.Page?, ids: [(id: UInt64, slot: Int)])] = []
        var earlierByPage: [Int: [(id: UInt64, slot: Int)]] = [:]
        for id in scan.earlier {
            guard let position = pages.firstIndex(where: { $0.first <= id && id <= $0.last }),
                let slot = scan.earlierSlots[id]
            else { continue }
            earlierByPage[position, default: []].append((id, dense(slot)))
        }
        var newIDs = scan.newCases.enumerated().map { (id: $0.element, slot: $0.offset) }[...]
        if let last = pages.indices.last, pages[last].count < UInt32(Self.pageCapacity), !newIDs.isEmpty {
            let room = Self.pageCapacity - Int(pages[last].count)
            earlierByPage[last, default: []] += newIDs.prefix(room)
            newIDs = newIDs.dropFirst(room)
        }
        for (position, ids) in earlierByPage.sorted(by: { $0.key < $1.key }) {
            jobs.append((position, pages[position], ids))
        }
        while !newIDs.isEmpty {
            jobs.append((nil, nil, Array(newIDs.prefix(Self.pageCapacity))))
            newIDs = newIDs.dropFirst(Self.pageCapacity)
        }

        let context = Self.withSignatureChecksFinished(context)
        let firstFile = directory.nextFile
        let results = Results(count: jobs.count)
        let total = newCount + scan.earlier.count
        // The tags and the raw filing are not needed any more: only the grouped locations are.
        scan = Scan()
        let done = Counter()
        let pagesToRead = jobs
        DispatchQueue.concurrentPerform(iterations: jobs.count) { number in
            let job = pagesToRead[number]
            do {
                var dayMarks = DayMarks()
                var summaries = try job.old.map { try page($0) } ?? []
                for (id, slot) in job.ids {
                    var locations = grouped[slot]
                    if let at = summaries.firstIndex(where: { $0.id == id }) {
                        locations = Self.merged(summaries[at].records, locations)
                        let opensReport = !summaries[at].isReportSealed
                        if let summary = try summarize(
                            id, locations, context, opensReport: opensReport, dayMarks: &dayMarks,
                            scannedFrom: scannedFrom)
                        {
                            summaries[at] = summary
                        }
                    } else if slot < newCount,
                        let summary = try summarize(
                            id, locations, context, opensReport: false, dayMarks: &dayMarks, scannedFrom: scannedFrom)
                    {
                        summaries.append(summary)
                    }
                }
                summaries.sort { $0.id < $1.id }
                results.set(number, try writePage(summaries, file: firstFile + UInt64(number)))
                let finished = done.add(job.ids.count)
                if total >= 10_000, number % 16 == 0 {
                    context.progress?("candor-inspect: indexed \(finished) of \(total) cases")
                }
            } catch {
                results.fail(error)
            }
        }
        if let error = results.error { throw error }
        var replaced: [UInt64] = []
        for (number, job) in jobs.enumerated() {
            guard let page = results.pages[number] else { continue }
            if let position = job.position {
                replaced.append(pages[position].file)
                pages[position] = page
            } else {
                pages.append(page)
            }
        }
        directory.pages = pages
        directory.nextFile = firstFile + UInt64(jobs.count)
        directory.covered = size
        directory.rootHash = rootHash
        directory.resume = resume
        directory.fingerprint = context.fingerprint
        try writeKeySet(context)
        do {
            try AtomicFile.write(directory.encoded(key: keys.directoryKey), to: folder + "/" + Self.directoryFileName)
        } catch {
            throw IndexDamage("cannot write the index directory: \(error.message)")
        }
        for file in replaced { removePage(file) }
        return CaseIndex(folder: folder, keys: keys, directory: directory, segments: segments)
    }

    /// `context` with the sync's signature checks stopped and their results in ``IndexContext/checkedSignatures``.
    private static func withSignatureChecksFinished(_ context: IndexContext) -> IndexContext {
        guard let finish = context.finishSignatureChecks else { return context }
        var finished = context
        finished.checkedSignatures = finish()
        finished.finishSignatureChecks = nil
        return finished
    }

    /// Files one record: a day mark moves the effective mark; a report opens a case; a citizen's record or
    /// an event joins its case, a citizen's record with the mark that dates it.
    private func file(
        _ record: LedgerRecord, at location: RecordLocation, into scan: inout Scan, mark: inout IndexDirectory.Mark?,
        existingCase: (CaseTag) -> UInt64?
    ) throws(IndexDamage) {
        switch record.type {
        case IntakeRecord.feedbackType:
            scan.feedback[record.index] = location
        case IntakeRecord.dayMarkType:
            guard let day = try? DayMark(parsing: record.payload).day else { return }
            let packed = Binary.day(day)
            if mark.map({ $0.day < packed }) ?? true { mark = IndexDirectory.Mark(location: location, day: packed) }
        case IntakeRecord.envelopeType:
            guard let head = Self.envelopeHead(record.payload) else { return }
            let key = CaseTag.Words(head.tag)
            var slot = scan.slots[key] ?? earlierSlot(head.tag, &scan, existingCase)
            if slot == nil, head.kind == .report {
                slot = UInt32(scan.newCases.count)
                scan.slots[key] = slot
                scan.newCases.append(record.index)
            }
            guard let slot else { return }
            if head.kind.isCitizenOriginated, let mark { scan.found.append((slot, mark.location)) }
            scan.found.append((slot, location))
        case IntakeRecord.eventType:
            guard let tag = Self.eventTag(record.payload) else { return }
            var slot = scan.slots[CaseTag.Words(tag)] ?? earlierSlot(tag, &scan, existingCase)
            if slot == nil, let source = Self.openedFeedback(record.payload) {
                // A feedback record filed by an earlier update is not in this scan: found in its segment.
                guard source < record.index else { return }
                var feedback = scan.feedback[source]
                if feedback == nil { feedback = try segments.location(of: source) }
                guard let feedback else { return }
                slot = UInt32(scan.newCases.count)
                scan.slots[CaseTag.Words(tag)] = slot
                scan.newCases.append(record.index)
                scan.found.append((slot!, feedback))
            }
            guard let slot else { return }
            scan.found.append((slot, location))
        default:
            return
        }
    }

    /// An envelope's kind and case tag, read at their fixed offsets (Envelope.md), as the ledger's index
    /// keys read them (IntakeRecord). Filing reads every record of the mirror on one thread, and a full
    /// parse costs an X25519 multiplication (the reply key's low-order check): the full parse is left to
    /// the summaries, which run on every core and drop a "report" that does not parse.
    static func envelopeHead(_ payload: [UInt8]) -> (kind: Envelope.Kind, tag: CaseTag)? {
        guard payload.count > Envelope.replyKeyOffset, payload[1] != 0,
            let tag = caseTag(type: IntakeRecord.envelopeType, payload)
        else { return nil }
        return (Envelope.Kind(rawValue: payload[1]), tag)
    }

    /// An inspector event's case tag, at its fixed offset (Events.md).
    static func eventTag(_ payload: [UInt8]) -> CaseTag? {
        guard payload.count > 1 + CaseTag.byteCount else { return nil }
        return caseTag(type: IntakeRecord.eventType, payload)
    }

    /// The case tag where the intake log's index keys find it (``IntakeRecord/caseTagOffset(type:payload:)``).
    private static func caseTag(type: UInt8, _ payload: [UInt8]) -> CaseTag? {
        guard let offset = payload.withUnsafeBytes({ IntakeRecord.caseTagOffset(type: type, payload: $0) }) else {
            return nil
        }
        return CaseTag(unchecked: Array(payload[offset..<(offset + CaseTag.byteCount)]))
    }

    /// The feedback record an opening names, read at its fixed offset (Events.md, version 4); nil for
    /// any other event. The summary checks the whole event; a false opening is no case there.
    static func openedFeedback(_ payload: [UInt8]) -> UInt64? {
        let nameLengthOffset = 74
        guard payload.count > nameLengthOffset, payload[0] == InspectorEvent.feedbackVersion,
            payload[33] == InspectorEvent.Action.open.rawValue
        else { return nil }
        let start = nameLengthOffset + 1 + Int(payload[nameLengthOffset])
        guard payload.count >= start + 8 else { return nil }
        return payload[start..<start + 8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }

    /// The slot of an earlier case (one the index already holds), found by its tag.
    private func earlierSlot(_ tag: CaseTag, _ scan: inout Scan, _ existingCase: (CaseTag) -> UInt64?) -> UInt32? {
        // An index that covers nothing yet has no earlier case to look up.
        guard directory.covered > 0, let id = existingCase(tag), id < directory.covered else { return nil }
        if let slot = scan.earlierSlots[id] { return slot }
        // Earlier slots are numbered after the new cases' at the end; record them apart for now.
        let slot = UInt32.max - UInt32(scan.earlier.count)
        scan.earlierSlots[id] = slot
        scan.earlier.append(id)
        return slot
    }
}
