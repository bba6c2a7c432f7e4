/// One item of a catalogue list: a stable ASCII id and its labels in Vietnamese and English.
///
/// Ids are what forms submit and sealed reports store, so they never change once published; labels
/// may be corrected freely.
public struct CatalogEntry: Sendable, Hashable, Codable {
    /// Lowercase ASCII letters and digits in dash-separated words (`ha-noi`, `cap-lai-the-bhyt`).
    public let id: String
    /// The Vietnamese label, with its diacritics (NFC).
    public let vi: String
    /// The English label.
    public let en: String
    /// The id of the group the entry belongs to in its list (`city`, `province`, `cadre`…), if any.
    public let group: String?

    public init(id: String, vi: String, en: String, group: String? = nil) {
        self.id = id
        self.vi = vi
        self.en = en
        self.group = group
    }

    /// Whether `id` has the shape of a catalogue id: `[a-z0-9]+(-[a-z0-9]+)*`, at most 64 characters.
    public static func isWellFormedID(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard (1...64).contains(bytes.count), bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else {
            return false
        }
        var previousWasDash = false
        for byte in bytes {
            let isDash = byte == UInt8(ascii: "-")
            let isWordCharacter =
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            guard isDash || isWordCharacter, !(isDash && previousWasDash) else { return false }
            previousWasDash = isDash
        }
        return true
    }
}
