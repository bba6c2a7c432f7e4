import Casework
import Catalogue
import Foundation
import Sanitization
import Testing

@Suite("Sanitizer: positions in the original text")
struct SanitizerPositionTests {
    /// The characters of `text` that a finding points at.
    func found(_ finding: Sanitizer.Finding, in text: String) -> String {
        String(Array(text)[finding.start..<finding.end])
    }

    @Test func findingsPointAtWhatWasRemoved() {
        let text = "Ông Nguyễn Văn A, SĐT 0912 345 678, email a@b.vn, ngày 12/4/2026 ở số 12 ngõ 34 phố Huế."
        let result = Sanitizer().sanitize(text)
        #expect(
            result.findings.map { found($0, in: text) } == [
                "Nguyễn Văn A", "0912 345 678", "a@b.vn", "ngày 12/4/2026", "số 12 ngõ 34",
            ])
        #expect(result.findings.map(\.kind) == [.personName, .phone, .email, .exactDate, .address])
        #expect(result.text == "Ông [đã ẩn], SĐT [đã ẩn], email [đã ẩn], tháng 4/2026 ở [đã ẩn] phố Huế.")
    }

    @Test func offsetsCountCharactersNotScalars() {
        // "Đặng" is 4 characters whether it is typed precomposed (NFC) or decomposed (NFD).
        let nfc = "bà Đặng Thị Lụa gọi 0912345678"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > nfc.unicodeScalars.count)
        let a = Sanitizer().sanitize(nfc)
        let b = Sanitizer().sanitize(nfd)
        #expect(a.findings == b.findings)
        #expect(a.findings == [.init(kind: .personName, start: 3, end: 15), .init(kind: .phone, start: 20, end: 30)])
        #expect(b.text.precomposedStringWithCanonicalMapping == "bà [đã ẩn] gọi [đã ẩn]")
    }

    @Test func emojiAndNewlinesKeepPositions() {
        let text = "👍🏽 ghi chú:\r\nSTK 0123456789"
        let result = Sanitizer().sanitize(text)
        let finding = try! #require(result.findings.first)
        #expect(found(finding, in: text) == "0123456789")
        #expect(finding.kind == .bankAccount)
        #expect(result.text == "👍🏽 ghi chú:\r\nSTK [đã ẩn]")
    }

    @Test func englishMarkerAndDate() {
        let result = Sanitizer().sanitize("Mr Tran Van B, 0912345678, on 1/7/2025", language: .en)
        #expect(result.text == "Mr [redacted], [redacted], on 07/2025")
    }

    @Test func emptyAndCleanText() {
        #expect(Sanitizer().sanitize("") == .init(text: "", findings: []))
        let clean = "Cán bộ đã bị khiển trách theo Nghị định 172/2025/NĐ-CP."
        #expect(Sanitizer().sanitize(clean).text == clean)
    }

    @Test func catalogProvincesAreKept() throws {
        let catalog = try Catalog.bundled()
        let sanitizer = Sanitizer(catalog: catalog)
        for province in catalog.provinces.entries {
            for name in [province.vi, province.en] {
                let text = "UBND \(name) đã xử lý"
                #expect(sanitizer.sanitize(text).findings.isEmpty, "\(name)")
            }
        }
    }
}

@Suite("Sanitizer: invariants over generated text")
struct SanitizerInvariantTests {
    static let fragments = [
        "Ông Nguyễn Văn A ", "SĐT 0912 345 678 ", "ngày 12/4/2026 ", "đòi 500.000 đồng ", "Hà Nội ",
        "số 12 ngõ 34 phố Huế, ", "theo Điều 25 ", "email a.b@c.vn ", "xe 30A-123.45 ", "cán bộ nói rằng ",
        "Nguyen Van B ", "CCCD 001234567890 ", "STK 0123456789 ", "Nghị định 172/2025/NĐ-CP ", "30 ngày ",
        "👍🏽 ", "\n", "e\u{301} ", "/", ".", "-", "+84 ", "0", "Đặng ", "Thị ", "(", ")", "hẻm 4/5 ",
    ]

    /// A fixed linear congruential generator: the same texts on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    @Test func findingsAreInBoundsOrderedAndDisjoint() {
        var generator = Generator(state: 2026)
        let sanitizer = Sanitizer()
        for _ in 0..<300 {
            let count = Int.random(in: 0..<12, using: &generator)
            let text = (0..<count).map { _ in Self.fragments.randomElement(using: &generator)! }.joined()
            let result = sanitizer.sanitize(text, citizenText: [text])
            let length = text.count
            var previousEnd = 0
            for finding in result.findings {
                #expect(0 <= finding.start && finding.start < finding.end && finding.end <= length, "\(text)")
                guard finding.kind != .quote else { continue }
                #expect(finding.start >= previousEnd, "redactions overlap in \(text)")
                previousEnd = finding.end
            }
            // Nothing is removed except at a finding: the text outside them is unchanged.
            let redactions = result.findings.filter { $0.kind != .quote }
            if redactions.isEmpty { #expect(result.text == text) }
            // A text checked against itself is one quote when it has 8 words or more.
            let words = text.split { !($0.isLetter || $0.isNumber) }.count
            #expect(result.quotes.count == (words >= 8 ? 1 : 0), "\(text)")
        }
    }
}
