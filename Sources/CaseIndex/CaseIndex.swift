import Dispatch
import Foundation
import Ledger
import Sodium
import System

/// An inspector's encrypted index of the cases of their mirror, in `DIR/index/` (CaseIndex.md).
///
/// A case command reads the directory, decrypts the one page that holds the case it needs (or, for
/// `list`, every page), and reads that case's records from the mirror's segment files by their
/// locations. Nothing in the folder is plaintext: the pages are sealed with a key derived from the
/// inspector's key file, and the directory holds only public log positions, authenticated.
public final class CaseIndex: @unchecked Sendable {
    // @unchecked: immutable after opening; the segment reader guards its descriptors.
    public static let folderName = "index"
    static let directoryFileName = "directory"
    /// Cases per page: a page decrypts in well under a millisecond, and `show` decrypts one.
    static let pageCapacity = 1024

    let folder: String
    let keys: IndexKeys
    let directory: IndexDirectory
    let segments: MirrorSegments

    /// The number of cases in the index.
    public var caseCount: Int { directory.pages.reduce(0) { $0 + Int($1.count) } }
    /// The number of mirror records the index covers.
    public var coveredRecords: UInt64 { directory.covered }

    init(folder: String, keys: IndexKeys, directory: IndexDirectory, segments: MirrorSegments) {
        self.folder = folder
        self.keys = keys
        self.directory = directory
        self.segments = segments
    }

    static func folder(mirror: String) -> String { mirror + "/" + folderName }
    static func pagePath(_ folder: String, _ file: UInt64) -> String {
        folder + "/" + String(format: "page-%016llu", file)
    }

    /// The order file beside page `file` (CaseIndex.md, "Order files").
    static func orderPath(_ folder: String, _ file: UInt64) -> String {
        folder + "/" + String(format: "order-%016llu", file)
    }

    /// Deletes page `file` and its order file, once the directory no longer names them.
    func removePage(_ file: UInt64) {
        _ = Directory.removeFile(Self.pagePath(folder, file))
        _ = Directory.removeFile(Self.orderPath(folder, file))
    }

    /// Reads and authenticates the index of `mirror`'s ledger; throws when it is missing, damaged, made
    /// with another key, or does not cover exactly the verified records.
    static func read(_ context: IndexContext) throws(IndexDamage) -> CaseIndex {
        let mirror = context.mirror
        let keys = context.keys
        let folder = folder(mirror: mirror)
        guard let data = FileManager.default.contents(atPath: folder + "/" + directoryFileName) else {
            throw IndexDamage("there is no index")
        }
        let directory = try IndexDirectory(decoding: Array(data), key: keys.directoryKey)
        return CaseIndex(
            folder: folder, keys: keys, directory: directory,
            segments: MirrorSegments(folder: mirror + "/intake", lateCopy: context.lateCopy))
    }

    /// The associated data of page file `file`: a page cannot be passed off as another.
    static func pageAD(_ file: UInt64) -> [UInt8] { Array("CANDORIX page".utf8) + Binary.u64(file) }

    /// The associated data of order file `file`.
    static func orderAD(_ file: UInt64) -> [UInt8] { Array("CANDORIX order".utf8) + Binary.u64(file) }

    /// The summaries of one page, decrypted and checked against the directory's range and count.
    func page(_ info: IndexDirectory.Page, locations: Bool = true, texts: Bool = true) throws(IndexDamage)
        -> [CaseSummary]
    {
        let path = Self.pagePath(folder, info.file)
        guard let data = FileManager.default.contents(atPath: path) else { throw IndexDamage("\(path) is missing") }
        guard
            var plaintext = try? XChaCha20Poly1305.open(
                Array(data), key: keys.pageKey, authenticating: Self.pageAD(info.file))
        else { throw IndexDamage("\(path) does not decrypt: damaged, or made with another key") }
        defer { wipe(&plaintext) }
        var reader = BinaryReader(plaintext)
        let count = try reader.integer(UInt32.self)
        guard count == info.count else { throw IndexDamage("\(path) holds \(count) cases, not \(info.count)") }
        var summaries: [CaseSummary] = []
        summaries.reserveCapacity(Int(count))
        for _ in 0..<count {
            summaries.append(try CaseSummary.read(&reader, locations: locations, texts: texts))
        }
        guard reader.isAtEnd, summaries.first?.id == info.first, summaries.last?.id == info.last else {
            throw IndexDamage("\(path) does not hold the range the directory says")
        }
        return summaries
    }

    /// Encrypts `summaries` (in id order) as page file `file`.
    func writePage(_ summaries: [CaseSummary], file: UInt64) throws(IndexDamage) -> IndexDirectory.Page {
        var plaintext = Binary.u32(UInt32(summaries.count))
        for summary in summaries { plaintext += summary.encoded }
        defer { wipe(&plaintext) }
        guard let sealed = try? XChaCha20Poly1305.seal(plaintext, key: keys.pageKey, authenticating: Self.pageAD(file))
        else { throw IndexDamage("cannot seal an index page") }
        let path = Self.pagePath(folder, file)
        // The order file first: a page the directory names then always has its order beside it.
        var order = Binary.u32(UInt32(summaries.count))
        for summary in summaries { order += summary.orderEntry }
        guard
            let sealedOrder = try? XChaCha20Poly1305.seal(
                order, key: keys.pageKey, authenticating: Self.orderAD(file))
        else { throw IndexDamage("cannot seal an index page's order") }
        do {
            try AtomicFile.write(sealedOrder, to: Self.orderPath(folder, file))
            try AtomicFile.write(sealed, to: path)
        } catch {
            throw IndexDamage("cannot write \(path): \(error.message)")
        }
        return IndexDirectory.Page(
            first: summaries.first?.id ?? 0, last: summaries.last?.id ?? 0, file: file, count: UInt32(summaries.count))
    }

    /// The summary of case `id`, decrypting the one page whose range holds it.
    public func summary(id: UInt64) throws(IndexDamage) -> CaseSummary? {
        guard let info = pageInfo(holding: id) else { return nil }
        return try page(info).first { $0.id == id }
    }

    /// The summaries of these cases (without locations unless asked), each page that holds one decrypted once.
    public func summaries(ids: some Sequence<UInt64>, locations: Bool = false) throws(IndexDamage)
        -> [UInt64: CaseSummary]
    {
        var byPage: [UInt64: (info: IndexDirectory.Page, ids: Set<UInt64>)] = [:]
        for id in ids {
            guard let info = pageInfo(holding: id) else { continue }
            byPage[info.file, default: (info, [])].ids.insert(id)
        }
        var found: [UInt64: CaseSummary] = [:]
        for (info, wanted) in byPage.values {
            for summary in try page(info, locations: locations) where wanted.contains(summary.id) {
                found[summary.id] = summary
            }
        }
        return found
    }

    func pageInfo(holding id: UInt64) -> IndexDirectory.Page? {
        var low = 0
        var high = directory.pages.count
        while low < high {
            let middle = (low + high) / 2
            if directory.pages[middle].last < id { low = middle + 1 } else { high = middle }
        }
        guard low < directory.pages.count, directory.pages[low].first <= id else { return nil }
        return directory.pages[low]
    }

    /// Every summary, page by page, in id order; without `locations`, their record locations are left
    /// out (``CaseSummary/records`` is empty), as `list` needs them not.
    public func forEachSummary(locations: Bool = true, _ body: (CaseSummary) throws -> Void) throws {
        for info in directory.pages {
            for summary in try page(info, locations: locations) { try body(summary) }
        }
    }

    /// Every summary in id order, the pages decrypted on every core; without `locations`, as
    /// ``forEachSummary(locations:_:)``.
    public func summaries(locations: Bool = true) throws -> [CaseSummary] {
        Array(try foldPages(locations: locations) { $0 }.joined())
    }

    /// `fold` of each page's summaries, in page (id) order, the pages decrypted on every core: each
    /// page's summaries are dropped once folded, so a million cases need not be in memory at once.
    /// Without `texts`, the summaries' assignee, report fields and kinds are left out (empty), as an
    /// order by deadline and status needs them not.
    public func foldPages<Partial>(
        locations: Bool = true, texts: Bool = true, _ fold: @Sendable ([CaseSummary]) -> Partial
    ) throws -> [Partial] {
        let pages = directory.pages
        let decoded = PageResults<Partial>(count: pages.count)
        DispatchQueue.concurrentPerform(iterations: pages.count) { number in
            do {
                decoded.set(number, fold(try page(pages[number], locations: locations, texts: texts)))
            } catch {
                decoded.fail(error)
            }
        }
        if let error = decoded.error { throw error }
        return decoded.results.map { $0! }
    }

    /// What an order by deadline needs of every case (id, status, flags, the deadline's kind and day; the
    /// other fields empty), page by page in id order, on every core: from each page's order file, a
    /// tenth of the page's bytes, or from the page itself when the order file is missing or does not
    /// authenticate (an index written before order files; the page is the authority).
    public func foldOrder<Partial>(_ fold: @Sendable ([CaseSummary]) -> Partial) throws -> [Partial] {
        let pages = directory.pages
        let decoded = PageResults<Partial>(count: pages.count)
        DispatchQueue.concurrentPerform(iterations: pages.count) { number in
            do {
                let info = pages[number]
                decoded.set(number, fold(try orderPage(info) ?? page(info, locations: false, texts: false)))
            } catch {
                decoded.fail(error)
            }
        }
        if let error = decoded.error { throw error }
        return decoded.results.map { $0! }
    }

    /// The order entries of one page, or nil when its order file is missing, does not authenticate or
    /// does not hold the directory's range.
    func orderPage(_ info: IndexDirectory.Page) -> [CaseSummary]? {
        guard let data = FileManager.default.contents(atPath: Self.orderPath(folder, info.file)),
            let plaintext = try? XChaCha20Poly1305.open(
                Array(data), key: keys.pageKey, authenticating: Self.orderAD(info.file))
        else { return nil }
        var reader = BinaryReader(plaintext)
        guard let count = try? reader.integer(UInt32.self), count == info.count else { return nil }
        var entries: [CaseSummary] = []
        entries.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let entry = try? CaseSummary.readOrderEntry(&reader) else { return nil }
            entries.append(entry)
        }
        guard reader.isAtEnd, entries.first?.id == info.first, entries.last?.id == info.last else { return nil }
        return entries
    }

    /// The records of a case (and the day marks that date them), read from the segment files and checked.
    public func records(of summary: CaseSummary) throws(IndexDamage) -> [LedgerRecord] {
        var records: [LedgerRecord] = []
        for location in summary.records { records.append(try segments.record(at: location)) }
        return records
    }
}

/// The pages decoded by concurrent jobs, and the first failure.
final class PageResults<Result>: @unchecked Sendable {
    // @unchecked: written only under `lock`, read after every job ended.
    private let lock = NSLock()
    private(set) var results: [Result?]
    private(set) var error: (any Error)?

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ number: Int, _ result: Result) { lock.withLock { results[number] = result } }

    func fail(_ failure: any Error) { lock.withLock { error = error ?? failure } }
}
