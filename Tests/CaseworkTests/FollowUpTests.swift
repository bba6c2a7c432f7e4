import Testing

@testable import Casework

@Suite("FollowUp")
struct FollowUpTests {
    @Test("text is required unless attachments come with it; bounded; normalised")
    func validation() {
        #expect(FollowUp(text: "Thêm thông tin").validate() == [])
        #expect(FollowUp(text: " ").validate() == [FieldError(.text, .missing)])
        #expect(FollowUp(text: "").validate(attachmentCount: 1) == [])
        #expect(
            FollowUp(text: String(repeating: "x", count: 20_001)).validate() == [
                FieldError(.text, .tooLong, limit: 20_000)
            ])
        #expect(FollowUp(text: "a\u{0000}").validate() == [FieldError(.text, .invalidCharacters)])
        #expect(FollowUp(text: "dòng 1\ndòng 2").validate() == [])
        #expect(FollowUp(text: "  x  ").normalized() == FollowUp(text: "x"))
    }
}
