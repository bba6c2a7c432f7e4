import Casework
import Sanitization
import Testing

@Suite("Sanitizer: quotes of the citizen's words")
struct SanitizerQuoteTests {
    let citizen = "Hôm đó cán bộ nói thẳng với tôi rằng không có tiền thì đừng mong lấy được sổ đỏ trong năm nay."

    @Test func eightWordsAreFlaggedNotRedacted() {
        let text = "Theo phản ánh, cán bộ nói thẳng với tôi rằng không có tiền thì đừng mong."
        let result = Sanitizer().sanitize(text, citizenText: [citizen])
        #expect(result.text == text, "a quote is flagged, not removed")
        let quote = try! #require(result.quotes.first)
        #expect(result.quotes.count == 1)
        #expect(
            String(Array(text)[quote.start..<quote.end]) == "cán bộ nói thẳng với tôi rằng không có tiền thì đừng mong")
    }

    @Test func sevenWordsAreNot() {
        let text = "Anh ấy bảo cán bộ nói thẳng với tôi rằng, theo biên bản."
        #expect(Sanitizer().sanitize(text, citizenText: [citizen]).quotes.isEmpty)
    }

    @Test func exactlyEightWords() {
        let text = "nói thẳng với tôi rằng không có tiền"
        let quotes = Sanitizer().sanitize(text, citizenText: [citizen]).quotes
        #expect(quotes == [.init(kind: .quote, start: 0, end: text.count)])
    }

    @Test func caseDiacriticsAndPunctuationDoNotHideAQuote() {
        let text = "CAN BO NOI THANG VOI TOI, RANG KHONG CO TIEN THI DUNG MONG LAY DUOC SO DO."
        let quotes = Sanitizer().sanitize(text, citizenText: [citizen]).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.start == 0)
        #expect(quotes.first?.end == text.count - 1)
    }

    @Test func quotesFromAnyFollowUpAndSeveralRuns() {
        let followUp = "Tôi đã quay lại ba lần nhưng lần nào cũng bị hẹn sang tuần sau."
        let text =
            "Người dân cho biết đã quay lại ba lần nhưng lần nào cũng bị hẹn. Ngoài ra cán bộ nói thẳng với tôi rằng không có tiền thì thôi."
        let quotes = Sanitizer().sanitize(text, citizenText: [citizen, followUp]).quotes
        #expect(quotes.count == 2)
        let characters = Array(text)
        #expect(
            quotes.map { String(characters[$0.start..<$0.end]) } == [
                "đã quay lại ba lần nhưng lần nào cũng bị hẹn", "cán bộ nói thẳng với tôi rằng không có tiền thì",
            ])
    }

    @Test func noCitizenTextNoQuotes() {
        let text = "cán bộ nói thẳng với tôi rằng không có tiền thì đừng mong"
        #expect(Sanitizer().sanitize(text).quotes.isEmpty)
        #expect(Sanitizer().sanitize(text, citizenText: ["", "ngắn"]).quotes.isEmpty)
    }

    @Test func aQuoteCanHoldARedaction() {
        let citizenWords = "ông Nguyễn Văn A bắt tôi nộp thêm hai triệu đồng mới ký"
        let text = "Ông Nguyễn Văn A bắt tôi nộp thêm hai triệu đồng."
        let result = Sanitizer().sanitize(text, citizenText: [citizenWords])
        #expect(result.text == "Ông [đã ẩn] bắt tôi nộp thêm hai triệu đồng.")
        #expect(result.findings.map(\.kind) == [.quote, .personName])
    }
}
