/// Searches of folded text for folded words, byte for byte.
///
/// Foundation's `range(of:)` and `contains(_:)` on a `String` compare by canonical equivalence and
/// bridge the string first: a cost of their own on every call. Folded text and folded words have no
/// marks to compose, so their bytes say everything.
extension StringProtocol {
    /// The UTF-8 offset where `word` last begins in the text, or nil (also for an empty word).
    package func lastUTF8Offset(of word: String) -> Int? {
        let needle = Array(word.utf8)
        guard let offset = utf8.withContiguousStorageIfAvailable({ Self.lastOffset(of: needle, in: $0) }) else {
            return Self.lastOffset(of: needle, in: Array(utf8))
        }
        return offset
    }

    /// Whether `word` is in the text, byte for byte.
    package func containsUTF8(_ word: String) -> Bool { lastUTF8Offset(of: word) != nil }

    static func lastOffset<C: RandomAccessCollection<UInt8>>(of needle: [UInt8], in haystack: C) -> Int?
    where C.Index == Int {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var start = haystack.endIndex - needle.count
        while start >= haystack.startIndex {
            if haystack[start] == needle[0], haystack[start..<(start + needle.count)].elementsEqual(needle) {
                return start - haystack.startIndex
            }
            start -= 1
        }
        return nil
    }
}
