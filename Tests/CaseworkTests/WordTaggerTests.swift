import Foundation
import Sanitization
import SanitizerEvaluation
import Tagging
import Testing

/// The word tagger (Tagging.docc): its file, its training, and what the sanitizer does with what it tags.
@Suite("Word tagger: its file, its training, what the sanitizer takes from it")
struct WordTaggerTests {
    /// A tagger that tags every word: each of its features weighs 1.
    static let tagsEverything = WordTagger(weights: [Float](repeating: 1, count: 256), bits: 8, threshold: 0)

    static func file(bits: UInt8 = 8, threshold: Float = 0.5, entries: [(UInt32, Float)], count: UInt32? = nil)
        -> [UInt8]
    {
        var out = Array("CANDOR-TAGGER 1\n".utf8)
        out.append(bits)
        func put(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
        put(threshold.bitPattern)
        put(count ?? UInt32(entries.count))
        for (index, weight) in entries {
            put(index)
            put(weight.bitPattern)
        }
        return out
    }

    @Test func aFileReadsBackToTheSameTagger() throws {
        var weights = [Float](repeating: 0, count: 256)
        weights[3] = 1.5
        weights[200] = -2.25
        let tagger = WordTagger(weights: weights, bits: 8, threshold: 0.5)
        #expect(try WordTagger(file: tagger.file()) == tagger)
        #expect(try WordTagger(file: Self.file(entries: [(3, 1.5), (200, -2.25)])) == tagger)
        // Weights under the smallest kept are left out and read as 0.
        #expect(try WordTagger(file: tagger.file(smallest: 2)).weights[3] == 0)
    }

    static let malformed: [(String, [UInt8], WordTaggerFileError)] = [
        ("empty", [], .notATaggerFile),
        ("another magic", Array("CANDOR-TAGGER 2\n".utf8) + [8, 0, 0, 0, 0, 0, 0, 0, 0], .notATaggerFile),
        ("the magic alone", Array("CANDOR-TAGGER 1\n".utf8), .truncated),
        ("no threshold", Array("CANDOR-TAGGER 1\n".utf8) + [8, 0], .truncated),
        ("a table of 2^30", file(bits: 30, entries: []), .badBits(30)),
        ("a table of 2^7", file(bits: 7, entries: []), .badBits(7)),
        ("a threshold of NaN", file(threshold: .nan, entries: []), .badThreshold),
        ("fewer weights than counted", file(entries: [(1, 1)], count: 2), .truncated),
        ("more weights than the table", file(entries: [], count: 257), .truncated),
        ("indices falling", file(entries: [(5, 1), (4, 1)]), .indexOutOfOrder(4)),
        ("an index twice", file(entries: [(5, 1), (5, 1)]), .indexOutOfOrder(5)),
        ("an index past the table", file(entries: [(256, 1)]), .indexOutOfOrder(256)),
        ("an infinite weight", file(entries: [(9, .infinity)]), .badWeight(9)),
        ("a byte after the weights", file(entries: [(9, 1)]) + [0], .trailingBytes),
    ]

    @Test(arguments: malformed.indices) func aMalformedFileIsRefused(_ k: Int) {
        let (name, bytes, expected) = Self.malformed[k]
        #expect(throws: expected, "\(name)") { try WordTagger(file: bytes) }
    }

    @Test func theShippedTaggerIsTheOneTheShippedDataTrain() throws {
        let shipped = try #require(WordTagger.shipped, "Sources/Tagging/Model/word-tagger.bin is missing or unreadable")
        let trained = try SanitizerEvaluation.trainedTagger().file()
        // A Bool, not the two files: on a mismatch #expect would describe their difference, which on files
        // of 800 kB takes many minutes instead of failing at once.
        let same = trained == shipped.file()
        #expect(
            same,
            """
            the shipped model is stale (\(shipped.file().count) bytes, trained \(trained.count)): run `swift build \
            -c release --product candor-bench` first, so that it reads the current batches, then \
            `.build/release/candor-bench train-tagger`, and commit it
            """)
    }

    @Test func theSanitizerRemovesWhatTheTaggerTagsAndNoRuleFound() {
        var sanitizer = Sanitizer()
        sanitizer.tagger = Self.tagsEverything
        let text = "Hôm đó con bé ngồi chờ ở quầy suốt buổi sáng, rồi gọi 0912 345 678."
        #expect(!sanitizer.sanitize(text).text.contains("ngồi chờ"))
        sanitizer.tagger = nil
        #expect(sanitizer.sanitize(text).text == "Hôm đó con bé ngồi chờ ở quầy suốt buổi sáng, rồi gọi [đã ẩn].")
    }

    @Test func aTextTheRulesFindCleanIsLeftAlone() {
        var sanitizer = Sanitizer()
        sanitizer.tagger = Self.tagsEverything
        let text = "Hôm đó con bé ngồi chờ ở quầy suốt buổi sáng."
        #expect(sanitizer.sanitize(text).text == text)
        #expect(sanitizer.sanitize(text).flags.isEmpty)
    }

    /// Numbers the rules flag as unsure in texts where they find nothing: the shipped tagger settles them,
    /// whole (Tagging.docc, "Numbers and codes in texts the rules call clean").
    static let cleanTextNumbers: [(text: String, removed: String)] = [
        ("Số hiệu trên mũ của người thu tiền là 427-118.", "427-118"),
        ("Số hiệu trên áo người thu tiền hôm ấy là 318-264.", "318-264"),
        ("Thẻ ngành của người xưng công an ghi 015-392, không có biên lai.", "015-392"),
    ]

    @Test(arguments: cleanTextNumbers.indices) func inACleanTextTheTaggerSettlesAFlaggedNumber(_ k: Int) {
        var sanitizer = Sanitizer()
        let (text, removed) = Self.cleanTextNumbers[k]
        let output = sanitizer.sanitize(text)
        #expect(!output.text.contains(removed), "\(output.text)")
        #expect(output.flags.isEmpty)
        sanitizer.tagger = nil
        #expect(sanitizer.sanitize(text).text.contains(removed))
        #expect(!sanitizer.sanitize(text).flags.isEmpty)
    }

    /// In a clean text, a number the rules did not flag stays, whatever the tagger says.
    static let cleanTextUnflagged = [
        "Tổng số tiền là 12.345.678 đồng.",
        "The office is on the 5th floor of the building.",
        "Vía Thần Tài mùng 10 tháng Giêng, tiệm vàng đông khách.",
    ]

    @Test(arguments: cleanTextUnflagged) func inACleanTextAnUnflaggedNumberIsTheRules(_ text: String) {
        var sanitizer = Sanitizer()
        sanitizer.tagger = Self.tagsEverything
        #expect(sanitizer.sanitize(text).text == text)
    }

    /// Counts, measures and numbered desks in a clean text stay: the tagger does not score them so high.
    static let cleanTextKeeps = [
        "Tuyến đường dài 2,5 km, rộng 6 m, làm xong trong 45 ngày.",
        "Hôm đó con bé ngồi chờ ở quầy số 3 suốt buổi sáng.",
        "Xe khách 45 chỗ chạy tuyến Hà Nội - Lào Cai mỗi ngày 4 chuyến.",
    ]

    @Test(arguments: cleanTextKeeps) func inACleanTextCountsAndMeasuresStay(_ text: String) {
        #expect(Sanitizer().sanitize(text).text == text)
    }

    /// A clean text's run grows to the characters between the spaces around it, less a sentence's or a
    /// quote's closing marks and an opening bracket or quote.
    static let tokens: [(text: String, tagged: String, widened: String)] = [
        ("lô số LG-0925/114.", "0925", "LG-0925/114"),
        ("(mã KH-12) đã nộp", "12", "KH-12"),
        ("thẻ “AB-3”, hết hạn", "3", "AB-3"),
        ("số 318-264", "318", "318-264"),
    ]

    @Test(arguments: tokens.indices) func aCleanTextsRunIsWidenedToItsToken(_ k: Int) {
        let (text, tagged, widened) = Self.tokens[k]
        let string = text as NSString
        let range = string.range(of: tagged)
        let units = Array(text.utf16)
        #expect(string.substring(with: range.widenedToToken(in: units)) == widened)
    }

    /// What stays although the tagger tags it: the rules decide these.
    static let leftToTheRules: [(text: String, kept: String)] = [
        ("Chị Cúc ở hẻm 87 Nguyễn Văn Linh bị nước lũ cuốn mất giấy tờ.", "Nguyễn Văn Linh"),
        ("Nhà bà ở đường Lê Lợi, gần chợ.", "Lê Lợi"),
        ("Phòng Thi hành án dân sự khu vực 3 đã ra quyết định.", "Phòng Thi"),
        ("Cán bộ Công an xã giữ bằng lái quá hạn.", "Công an"),
        ("Bản án số 45/2024/DS-PT có hiệu lực ngày 12/3/2024.", "45/2024/"),
        ("Bản án có hiệu lực từ ngày 12/3/2024.", "3/2024"),
        ("Thanh tra tỉnh Quảng Ngãi đã kết luận.", "Quảng Ngãi"),
        ("Anh Tuấn đội 2 thi công cầu treo cho xã.", "đội 2"),
        ("Họ tên: Cù Thị Lan | Năm sinh: 1955 | Nội dung: lương hưu chậm.", "Năm sinh: 1955"),
        ("Biên nhận số 118/BN-MC đã giao cho người nộp.", "118/BN-MC"),
    ]

    @Test(arguments: leftToTheRules.indices) func whatTheRulesKeepTheTaggerLeaves(_ k: Int) {
        var sanitizer = Sanitizer()
        sanitizer.tagger = Self.tagsEverything
        let (text, kept) = Self.leftToTheRules[k]
        // A phone, so that the rules find something and the tagger looks at the text.
        let output = sanitizer.sanitize(text + " Gọi 0912 345 678.").text
        #expect(output.contains(kept), "\(output)")
    }
}
