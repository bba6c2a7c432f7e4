import Casework
import Deadlines
import Foundation
import Triage

/// What `list` shows and filters on for one case, and where its records are: one entry of a page
/// (CaseIndex.md, "Entry"). Derived from the opened case, so it lives only inside encrypted pages.
public struct CaseSummary: Sendable, Equatable {
    public struct Flags: OptionSet, Sendable, Equatable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let flaggedEvents = Flags(rawValue: 1)
        public static let recordsNotFromCitizen = Flags(rawValue: 2)
        public static let readable = Flags(rawValue: 4)
        /// Opened from a service feedback comment: no citizen, no reply.
        public static let fromFeedback = Flags(rawValue: 8)
        /// Summarized with its report still sealed (a sync's new case): `readable`, the report's fields and
        /// the kinds are not known yet (CaseIndex.md, "Reports opened when needed").
        public static let reportSealed = Flags(rawValue: 16)
    }

    public enum DueKind: UInt8, Sendable {
        case none = 0
        case decision = 1
        case resolution = 2
    }

    public let id: UInt64
    public let status: CaseProgress.Status
    public let extensions: Int
    public let flags: Flags
    /// The deadline the case works towards under the bundled deadline policy; none once closed.
    public let dueKind: DueKind
    public var dueDay: CalendarDay? { Binary.day(packed: packedDays[0]) }
    public var receivedOn: CalendarDay? { Binary.day(packed: packedDays[1]) }
    /// The day of the accept or decline decision, and of the resolution, for another policy's deadlines.
    public var decidedOn: CalendarDay? { Binary.day(packed: packedDays[2]) }
    public var resolvedOn: CalendarDay? { Binary.day(packed: packedDays[3]) }
    /// The day of the last transfer, from which the receiving unit's decision period runs.
    public var transferredOn: CalendarDay? { Binary.day(packed: packedTransfer) }
    private let packedTransfer: UInt32
    /// The four days, packed (``Binary/day(_:)``): a million summaries in memory stay small.
    private let packedDays: SIMD4<UInt32>
    public let assignee: String?
    /// The report's fields; empty when the report cannot be opened.
    public let province: String
    public let procedure: String
    public let agency: String
    public let kinds: [String]
    /// The case's records and the day marks that date them, in log order.
    public let records: [RecordLocation]

    public var isReadable: Bool { flags.contains(.readable) }
    /// Whether the case was summarized without opening its report (``CaseIndex/opened(_:_:)`` opens it).
    public var isReportSealed: Bool { flags.contains(.reportSealed) }
    /// Whether the case was opened from a service feedback comment.
    public var isFromFeedback: Bool { flags.contains(.fromFeedback) }

    /// The summary of an opened case, its deadlines under `policy`; `reportSealed` when its report was
    /// left sealed.
    init(_ item: CaseBook.Case, records: [RecordLocation], policy: DeadlinePolicy, reportSealed: Bool = false) {
        id = item.id
        status = item.progress.status
        extensions = item.progress.extensions
        var flags: Flags = []
        if item.hasFlaggedEvents { flags.insert(.flaggedEvents) }
        if item.hasRecordsNotFromCitizen { flags.insert(.recordsNotFromCitizen) }
        let report = Self.report(of: item)
        if report.opened { flags.insert(.readable) }
        if item.feedbackRecord != nil { flags.insert(.fromFeedback) }
        if reportSealed { flags.insert(.reportSealed) }
        self.flags = flags
        let receivedOn = item.receivedOn
        let decidedOn = item.progress.decidedAt.map { CalendarDay($0) }
        let resolvedOn = item.progress.resolvedAt.map { CalendarDay($0) }
        let transferredOn = item.progress.transferredAt.map { CalendarDay($0) }
        packedTransfer = Binary.day(transferredOn)
        assignee = item.assignee
        (province, procedure, agency, kinds) = (report.province, report.procedure, report.agency, report.kinds)
        self.records = records
        let due = Self.deadlines(
            policy: policy, receivedOn: receivedOn, transferredOn: transferredOn, status: status, decidedOn: decidedOn,
            extensions: extensions, resolvedOn: resolvedOn)?.current(
                on: receivedOn ?? CalendarDay(year: 2000, month: 1, day: 1))
        dueKind = due.map { $0.kind == .decision ? .decision : .resolution } ?? .none
        packedDays = SIMD4(Binary.day(due?.day), Binary.day(receivedOn), Binary.day(decidedOn), Binary.day(resolvedOn))
    }

    init(
        id: UInt64, status: CaseProgress.Status, extensions: Int, flags: Flags, dueKind: DueKind,
        dueDay: CalendarDay?, receivedOn: CalendarDay?, decidedOn: CalendarDay?, resolvedOn: CalendarDay?,
        transferredOn: CalendarDay?, assignee: String?, province: String, procedure: String, agency: String,
        kinds: [String],
        records: [RecordLocation]
    ) {
        self.init(
            id: id, status: status, extensions: extensions, flags: flags, dueKind: dueKind,
            packedDays: SIMD4(
                Binary.day(dueDay), Binary.day(receivedOn), Binary.day(decidedOn), Binary.day(resolvedOn)),
            packedTransfer: Binary.day(transferredOn), assignee: assignee, province: province, procedure: procedure,
            agency: agency, kinds: kinds, records: records)
    }

    private init(
        id: UInt64, status: CaseProgress.Status, extensions: Int, flags: Flags, dueKind: DueKind,
        packedDays: SIMD4<UInt32>, packedTransfer: UInt32, assignee: String?, province: String, procedure: String,
        agency: String, kinds: [String], records: [RecordLocation]
    ) {
        self.id = id
        self.status = status
        self.extensions = extensions
        self.flags = flags
        self.dueKind = dueKind
        self.packedDays = packedDays
        self.packedTransfer = packedTransfer
        self.assignee = assignee
        self.province = province
        self.procedure = procedure
        self.agency = agency
        self.kinds = kinds
        self.records = records
    }

    /// This summary of a case whose report was sealed, with the report of `item` (the same case opened
    /// from its report alone): what the events decided stays.
    func withReport(of item: CaseBook.Case) -> CaseSummary {
        var flags = self.flags.subtracting(.reportSealed)
        let report = Self.report(of: item)
        if report.opened { flags.insert(.readable) }
        return CaseSummary(
            id: id, status: status, extensions: extensions, flags: flags, dueKind: dueKind, packedDays: packedDays,
            packedTransfer: packedTransfer, assignee: assignee, province: report.province,
            procedure: report.procedure, agency: report.agency, kinds: report.kinds, records: records)
    }

    /// What a summary holds of `item`'s report: whether it opened, and its fields (empty when it did not).
    private static func report(of item: CaseBook.Case)
        -> (opened: Bool, province: String, procedure: String, agency: String, kinds: [String])
    {
        let body = item.reportBody
        return (
            item.report != nil, body?.province ?? "", body?.procedure ?? "", body?.agency ?? "", body?.misconduct ?? []
        )
    }

    /// The case's deadlines under `policy`, as the tool has always computed them (nil without a
    /// received day, or for dates the policy finds inconsistent).
    public func deadlines(policy: DeadlinePolicy) -> CaseDeadlines? {
        Self.deadlines(
            policy: policy, receivedOn: receivedOn, transferredOn: transferredOn, status: status, decidedOn: decidedOn,
            extensions: extensions, resolvedOn: resolvedOn)
    }

    static func deadlines(
        policy: DeadlinePolicy, receivedOn: CalendarDay?, transferredOn: CalendarDay?, status: CaseProgress.Status,
        decidedOn: CalendarDay?, extensions: Int, resolvedOn: CalendarDay?
    ) -> CaseDeadlines? {
        guard let receivedOn else { return nil }
        return try? CaseDeadlines(
            policy: policy, receivedOn: receivedOn, transferredOn: transferredOn,
            acceptedOn: status == .accepted || status == .resolved ? decidedOn : nil,
            declinedOn: status == .declined ? decidedOn : nil, extensions: extensions, resolvedOn: resolvedOn)
    }

    /// The deadline that applies on `today`: from the stored due day, or recomputed under `policy` when given.
    public func due(on today: CalendarDay, policy: DeadlinePolicy? = nil) -> CaseDeadlines.Due? {
        if let policy { return deadlines(policy: policy)?.current(on: today) }
        guard let dueDay, dueKind != .none else { return nil }
        return CaseDeadlines.Due(
            kind: dueKind == .decision ? .decision : .resolution, day: dueDay, daysLeft: today.distance(to: dueDay))
    }
}

extension CaseSummary {
    static let statuses = CaseProgress.Status.allCases

    /// The entry's bytes (CaseIndex.md, "Entry").
    var encoded: [UInt8] {
        var bytes = Binary.u64(id)
        bytes.append(UInt8(Self.statuses.firstIndex(of: status) ?? 0))
        bytes.append(UInt8(clamping: extensions))
        bytes.append(flags.rawValue)
        bytes.append(dueKind.rawValue)
        for lane in 0..<4 { bytes += Binary.u32(packedDays[lane]) }
        bytes += Binary.u32(packedTransfer)
        bytes += Binary.u32(UInt32(records.count))
        for record in records { bytes += record.encoded }
        bytes += Binary.string(assignee) + Binary.string(province) + Binary.string(procedure) + Binary.string(agency)
        bytes.append(UInt8(clamping: kinds.count))
        for kind in kinds.prefix(255) { bytes += Binary.string(kind) }
        return bytes
    }

    /// Reads one entry; without `locations`, the record locations are skipped (what `list` needs);
    /// without `texts`, the assignee, the report's fields and the kinds are skipped too (empty in the
    /// summary): what an order by deadline needs, read without making a string.
    static func read(_ reader: inout BinaryReader, locations: Bool = true, texts: Bool = true) throws(IndexDamage)
        -> CaseSummary
    {
        let id = try reader.integer(UInt64.self)
        let status = Int(try reader.integer(UInt8.self))
        guard status < statuses.count else { throw IndexDamage("an unknown status") }
        let extensions = Int(try reader.integer(UInt8.self))
        let flags = Flags(rawValue: try reader.integer(UInt8.self))
        guard let dueKind = DueKind(rawValue: try reader.integer(UInt8.self)) else {
            throw IndexDamage("an unknown deadline kind")
        }
        let days = SIMD4(
            try reader.integer(UInt32.self), try reader.integer(UInt32.self), try reader.integer(UInt32.self),
            try reader.integer(UInt32.self))
        let transfer = try reader.integer(UInt32.self)
        let count = Int(try reader.integer(UInt32.self))
        guard count <= (reader.bytes.count - reader.offset) / RecordLocation.byteCount else {
            throw IndexDamage("more records than the page holds")
        }
        var records: [RecordLocation] = []
        if locations {
            records.reserveCapacity(count)
            for _ in 0..<count { records.append(try RecordLocation.read(&reader)) }
        } else {
            _ = try reader.take(count * RecordLocation.byteCount)
        }
        var assignee: String?
        var (province, procedure, agency) = ("", "", "")
        var kinds: [String] = []
        if texts {
            assignee = try reader.string()
            province = try reader.string() ?? ""
            procedure = try reader.string() ?? ""
            agency = try reader.string() ?? ""
            for _ in 0..<Int(try reader.integer(UInt8.self)) { kinds.append(try reader.string() ?? "") }
        } else {
            for _ in 0..<4 { try reader.skipString() }
            for _ in 0..<Int(try reader.integer(UInt8.self)) { try reader.skipString() }
        }
        return CaseSummary(
            id: id, status: statuses[status], extensions: extensions, flags: flags, dueKind: dueKind, packedDays: days,
            packedTransfer: transfer, assignee: assignee, province: province, procedure: procedure,
            agency: agency, kinds: kinds, records: records)
    }

    /// The entry's order bytes (CaseIndex.md, "Order files"): what an order by deadline reads.
    var orderEntry: [UInt8] {
        var bytes = Binary.u64(id)
        bytes.append(UInt8(Self.statuses.firstIndex(of: status) ?? 0))
        bytes.append(flags.rawValue)
        bytes.append(dueKind.rawValue)
        bytes += Binary.u32(packedDays[0])
        return bytes
    }

    /// Reads one order entry: a summary with its id, status, flags and deadline, and nothing else.
    static func readOrderEntry(_ reader: inout BinaryReader) throws(IndexDamage) -> CaseSummary {
        let id = try reader.integer(UInt64.self)
        let status = Int(try reader.integer(UInt8.self))
        guard status < statuses.count else { throw IndexDamage("an unknown status") }
        let flags = Flags(rawValue: try reader.integer(UInt8.self))
        guard let dueKind = DueKind(rawValue: try reader.integer(UInt8.self)) else {
            throw IndexDamage("an unknown deadline kind")
        }
        let due = try reader.integer(UInt32.self)
        return CaseSummary(
            id: id, status: statuses[status], extensions: 0, flags: flags, dueKind: dueKind,
            packedDays: SIMD4(due, 0, 0, 0), packedTransfer: 0, assignee: nil, province: "", procedure: "",
            agency: "", kinds: [], records: [])
    }
}
