/// Searches of folded text for folded words, byte for byte.
///
/// Foundation's `range(of:)` and `contains(_:)` on a `String` compare by canonical equivalence and
/// bridge the string first: a cost of their own on every call. Folded text and folded words have no
/// marks to compose, so their bytes say everything.
extension StringProtocol {
    /// The UTF-8 offset where `word` last begins in the text, or nil (also for an empty word).
    package func lastUTF8Offset(of word: String) -> Int? {
        let needles = [Array(word.utf8)]
        guard let match = utf8.withContiguousStorageIfAvailable({ ByteSearch.lastMatch(among: needles, in: $0) })
        else {
            return Array(utf8).withUnsafeBufferPointer { ByteSearch.lastMatch(among: needles, in: $0) }?.offset
        }
        return match?.offset
    }

    /// Whether `word` is in the text, byte for byte.
    package func containsUTF8(_ word: String) -> Bool { lastUTF8Offset(of: word) != nil }
}

package enum ByteSearch {
    /// Where one of `needles` last begins in `haystack` and which one (its index; the first listed at one
    /// offset), in one pass from the end; empty needles never match.
    package static func lastMatch(among needles: [[UInt8]], in haystack: UnsafeBufferPointer<UInt8>) -> (
        offset: Int, needle: Int
    )? {
        var start = haystack.count - 1
        while start >= 0 {
            let first = haystack[start]
            for k in needles.indices {
                let needle = needles[k]
                if !needle.isEmpty, needle[0] == first, start + needle.count <= haystack.count,
                    haystack[start..<(start + needle.count)].elementsEqual(needle)
                {
                    return (start, k)
                }
            }
            start -= 1
        }
        return nil
    }
}
