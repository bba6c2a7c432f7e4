import Testing
import TextScanning

/// Folded words found in folded text byte for byte, where Foundation's search was used.
@Suite("ByteSearch")
struct ByteSearchTests {
    @Test(arguments: [
        ("so tai khoan 0123 cua chi lan", "tai khoan", 3),
        ("id 42 va id card 0791", "id", 9),  // the last one
        ("goi zalo", "goi", 0),
        ("ngay 3 thang 4", "ngay 3 thang 4", 0),
        ("số tài khoản", "khoan", nil),  // not folded: no match by bytes
        ("ab", "abc", nil),
        ("abc", "", nil),
    ])
    func lastOffsets(text: String, word: String, offset: Int?) {
        #expect(text.lastUTF8Offset(of: word) == offset)
        #expect(text.containsUTF8(word) == (offset != nil))
    }

    @Test func substringsAreSearchedToo() {
        let text = "hotline 1900 so may 0912"
        let tail = text.dropFirst(8)
        #expect(tail.lastUTF8Offset(of: "so may") == 5)
        #expect(!tail.containsUTF8("hotline"))
    }
}
