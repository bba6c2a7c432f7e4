import Casework

/// Little-endian encoding of the index's integers, days and strings (CaseIndex.md).
enum Binary {
    static func u16(_ value: UInt16) -> [UInt8] { withUnsafeBytes(of: value.littleEndian) { Array($0) } }
    static func u32(_ value: UInt32) -> [UInt8] { withUnsafeBytes(of: value.littleEndian) { Array($0) } }
    static func u64(_ value: UInt64) -> [UInt8] { withUnsafeBytes(of: value.littleEndian) { Array($0) } }

    /// A string: u16 length, then its UTF-8 bytes (cut to 65,534 bytes; 0xFFFF stands for none).
    static func string(_ text: String?) -> [UInt8] {
        guard let text else { return u16(0xFFFF) }
        let bytes = Array(text.utf8.prefix(0xFFFE))
        return u16(UInt16(bytes.count)) + bytes
    }

    /// A day as u32: year << 9 | month << 5 | day, so that packed days order as days do; 0 for none.
    static func day(_ day: CalendarDay?) -> UInt32 {
        guard let day, day.year > 0, day.year < 1 << 22 else { return 0 }
        return UInt32(day.year) << 9 | UInt32(day.month) << 5 | UInt32(day.day)
    }

    static func day(packed: UInt32) -> CalendarDay? {
        packed == 0 ? nil : CalendarDay(year: Int(packed >> 9), month: Int(packed >> 5 & 0xF), day: Int(packed & 0x1F))
    }
}

/// Reads what ``Binary`` wrote, from the front; any read past the end throws ``IndexDamage``.
struct BinaryReader {
    let bytes: [UInt8]
    var offset: Int

    init(_ bytes: [UInt8], at offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func take(_ count: Int) throws(IndexDamage) -> ArraySlice<UInt8> {
        guard count >= 0, offset + count <= bytes.count else { throw IndexDamage("an entry runs past its page") }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }

    mutating func integer<T: FixedWidthInteger>(_: T.Type) throws(IndexDamage) -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { throw IndexDamage("an entry runs past its page") }
        var value: T = 0
        for shift in 0..<size { value |= T(bytes[offset + shift]) << (8 * shift) }
        offset += size
        return value
    }

    mutating func string() throws(IndexDamage) -> String? {
        let count = try integer(UInt16.self)
        if count == 0xFFFF { return nil }
        return String(decoding: try take(Int(count)), as: UTF8.self)
    }

    /// Passes over a string as ``string()`` reads it, without making one.
    mutating func skipString() throws(IndexDamage) {
        let count = try integer(UInt16.self)
        if count != 0xFFFF { _ = try take(Int(count)) }
    }
}

/// An index that cannot be trusted: damaged, cut, from another key or another mirror. It is rebuilt.
public struct IndexDamage: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
