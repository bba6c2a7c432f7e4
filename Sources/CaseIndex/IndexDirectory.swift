import Sodium

/// The index's `directory` file: what the index covers, where the scan resumes, and the page ranges,
/// authenticated with the directory key (CaseIndex.md, "Directory"). It holds no case data: case ids are
/// log indexes, public in the mirror anyway.
struct IndexDirectory: Sendable, Equatable {
    static let magic = Array("CANDORIX".utf8)
    static let version: UInt16 = 2
    static let headerSize = 128
    static let pageEntrySize = 32
    static let macSize = 32

    struct Page: Sendable, Equatable {
        var first: UInt64
        var last: UInt64
        var file: UInt64
        var count: UInt32
    }

    /// The effective day mark at the end of the covered records: the one that dates the next citizen's record.
    struct Mark: Sendable, Equatable {
        var location: RecordLocation
        var day: UInt32
    }

    /// The records the index covers: the mirror's first `covered`, whose Merkle root is `rootHash`.
    var covered: UInt64 = 0
    var rootHash: [UInt8] = Array(repeating: 0, count: 32)
    var fingerprint: [UInt8] = Array(repeating: 0, count: 32)
    var nextFile: UInt64 = 1
    /// Where the record at `covered` starts (or would start).
    var resume: (segment: UInt32, offset: UInt32) = (0, 128)
    var mark: Mark?
    var pages: [Page] = []

    static func == (a: IndexDirectory, b: IndexDirectory) -> Bool {
        a.covered == b.covered && a.rootHash == b.rootHash && a.fingerprint == b.fingerprint
            && a.nextFile == b.nextFile && a.resume == b.resume && a.mark == b.mark && a.pages == b.pages
    }

    func encoded(key: SecureBytes) -> [UInt8] {
        var bytes = Self.magic + Binary.u16(Self.version) + Binary.u16(0) + Binary.u32(UInt32(pages.count))
        bytes += Binary.u64(covered) + rootHash + fingerprint + Binary.u64(nextFile)
        bytes += Binary.u32(resume.segment) + Binary.u32(resume.offset)
        bytes +=
            mark.map { $0.location.encoded + Binary.u32($0.day) }
            ?? (Binary.u64(.max) + [UInt8](repeating: 0, count: 12))
        bytes += Binary.u32(0)
        for page in pages {
            bytes +=
                Binary.u64(page.first) + Binary.u64(page.last) + Binary.u64(page.file) + Binary.u32(page.count)
                + Binary.u32(0)
        }
        return bytes + GenericHash.hash(bytes, key: key)
    }

    init() {}

    init(decoding bytes: [UInt8], key: SecureBytes) throws(IndexDamage) {
        guard bytes.count >= Self.headerSize + Self.macSize, Array(bytes[0..<8]) == Self.magic else {
            throw IndexDamage("the index directory is not one")
        }
        let body = Array(bytes[..<(bytes.count - Self.macSize)])
        guard GenericHash.hash(body, key: key) == Array(bytes[(bytes.count - Self.macSize)...]) else {
            throw IndexDamage("the index directory does not authenticate: damaged, or made with another key")
        }
        var reader = BinaryReader(body, at: 8)
        guard try reader.integer(UInt16.self) == Self.version, try reader.integer(UInt16.self) == 0 else {
            throw IndexDamage("an index of another format version")
        }
        let count = Int(try reader.integer(UInt32.self))
        guard body.count == Self.headerSize + count * Self.pageEntrySize else {
            throw IndexDamage("the index directory's size does not match its page count")
        }
        covered = try reader.integer(UInt64.self)
        rootHash = Array(try reader.take(32))
        fingerprint = Array(try reader.take(32))
        nextFile = try reader.integer(UInt64.self)
        resume = (try reader.integer(UInt32.self), try reader.integer(UInt32.self))
        let location = try RecordLocation.read(&reader)
        let day = try reader.integer(UInt32.self)
        mark = location.index == .max ? nil : Mark(location: location, day: day)
        _ = try reader.integer(UInt32.self)
        for _ in 0..<count {
            pages.append(
                Page(
                    first: try reader.integer(UInt64.self), last: try reader.integer(UInt64.self),
                    file: try reader.integer(UInt64.self), count: try reader.integer(UInt32.self)))
            _ = try reader.integer(UInt32.self)
        }
    }
}
