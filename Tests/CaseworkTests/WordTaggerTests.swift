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
