import Casework
import Foundation
import Ledger
import Mirroring
import Stores
import System

extension CaseIndex {
    /// Files again, in the current index, only the cases a late fill made readable: those of the late
    /// copies `mirror` stored from position `lateFrom` of `late/` on (CaseIndex.md, "Late records"). The
    /// index must already cover the mirror's verified `size` and `rootHash`; otherwise it is brought
    /// there by ``update(_:previous:size:rootHash:existingCase:)`` or a rebuild, as a command would.
    public static func refileLate(
        _ context: IndexContext, mirror: Mirror, lateFrom: UInt64, size: UInt64, rootHash: [UInt8]
    ) throws -> CaseIndex {
        var tags: [CaseTag] = []
        var seen = Set<CaseTag>()
        for index in try mirror.lateIndexes(from: lateFrom) {
            guard let tag = IntakeRecord.caseTag(of: try mirror.record(at: index)), seen.insert(tag).inserted
            else { continue }
            tags.append(tag)
        }
        return try exclusively(context.mirror) {
            let current = try read(context)
            guard current.isCurrent(context, size: size, rootHash: rootHash) else {
                throw IndexDamage("the index does not cover the mirror's verified records")
            }
            guard !tags.isEmpty else { return current }
            return try current.refiled(context, tags: tags, mirror: mirror)
        }
    }

    /// The day marks of the mirror, each with the location of the mark in force once it is read
    /// (a mark moves the one in force only to a later day, as a scan does).
    private func marksInForce(_ mirror: Mirror) throws -> [(index: UInt64, inForce: RecordLocation)] {
        var marks: [(index: UInt64, inForce: RecordLocation)] = []
        var current: (location: RecordLocation, day: UInt32)?
        for index in mirror.dayMarkIndexes {
            let location = try locate(index, mirror)
            guard let day = try? DayMark(parsing: try segments.record(at: location).payload).day else { continue }
            let packed = Binary.day(day)
            if current.map({ $0.day < packed }) ?? true { current = (location, packed) }
            if let current { marks.append((index, current.location)) }
        }
        return marks
    }

    private func locate(_ index: UInt64, _ mirror: Mirror) throws -> RecordLocation {
        let found = try mirror.location(of: index)
        guard let segment = UInt32(exactly: found.segment), let offset = UInt32(exactly: found.offset) else {
            throw IndexDamage("record \(index) lies past what an index location holds")
        }
        return RecordLocation(index: index, segment: segment, offset: offset)
    }

    /// The locations of case `tag`'s records as a scan files them, and its id; nil when no readable
    /// report opens it.
    private func caseLocations(
        _ tag: CaseTag, _ mirror: Mirror, marks: [(index: UInt64, inForce: RecordLocation)]
    ) throws -> (id: UInt64, locations: [RecordLocation])? {
        var id: UInt64?
        var locations: [RecordLocation] = []
        for index in mirror.recordIndexes(ofCase: tag) {
            let location = try locate(index, mirror)
            let record = try segments.record(at: location)
            switch record.type {
            case IntakeRecord.envelopeType:
                guard let head = Self.envelopeHead(record.payload), head.tag == tag else { continue }
                if id == nil, head.kind == .report { id = index }
                guard id != nil else { continue }
                // The mark in force before this record: the last mark read before it.
                if head.kind.isCitizenOriginated, let mark = marks.last(where: { $0.index < index }) {
                    locations.append(mark.inForce)
                }
                locations.append(location)
            case IntakeRecord.eventType:
                guard id != nil, Self.eventTag(record.payload) == tag else { continue }
                locations.append(location)
            default:
                continue
            }
        }
        guard let id else { return nil }
        var kept = Set<UInt64>()
        return (id, locations.sorted { $0.index < $1.index }.filter { kept.insert($0.index).inserted })
    }

    /// This index with the cases under `tags` summarized again and their pages rewritten.
    private func refiled(_ context: IndexContext, tags: [CaseTag], mirror: Mirror) throws -> CaseIndex {
        let marks = try marksInForce(mirror)
        var directory = self.directory
        var pages = directory.pages
        var byPage: [Int: [CaseSummary]] = [:]
        var fresh: [CaseSummary] = []
        for tag in tags {
            guard let (id, locations) = try caseLocations(tag, mirror, marks: marks) else { continue }
            // A report the index had opened is opened again; a sealed one stays sealed, as a rebuild leaves it.
            let opensReport = try summary(id: id).map { !$0.isReportSealed } ?? false
            guard let summary = try summarize(id, locations, context, opensReport: opensReport) else { continue }
            // The page whose range holds it, else the one before it, else the first.
            if let position = pages.lastIndex(where: { $0.first <= id }) ?? (pages.isEmpty ? nil : 0) {
                byPage[position, default: []].append(summary)
            } else {
                fresh.append(summary)
            }
        }
        var replaced: [UInt64] = []
        for (position, summaries) in byPage.sorted(by: { $0.key < $1.key }) {
            var kept = try page(pages[position]).filter { old in !summaries.contains { $0.id == old.id } }
            kept += summaries
            kept.sort { $0.id < $1.id }
            replaced.append(pages[position].file)
            pages[position] = try writePage(kept, file: directory.nextFile)
            directory.nextFile += 1
        }
        if !fresh.isEmpty {
            pages.append(try writePage(fresh.sorted { $0.id < $1.id }, file: directory.nextFile))
            directory.nextFile += 1
        }
        directory.pages = pages
        do {
            try AtomicFile.write(directory.encoded(key: keys.directoryKey), to: folder + "/" + Self.directoryFileName)
        } catch {
            throw IndexDamage("cannot write the index directory: \(error.message)")
        }
        for file in replaced { removePage(file) }
        return CaseIndex(folder: folder, keys: keys, directory: directory, segments: segments)
    }
}
