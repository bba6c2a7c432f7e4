import Foundation
import Sanitization
import Testing
import TextScanning

/// Flags: what the sanitizer keeps but is unsure of, and the deployment's own lexicon.
@Suite("Sanitizer: flags and lexicons")
struct SanitizerFlagTests {
    @Test func aCapitalisedWordAfterARoleIsFlaggedNotKeptSilently() {
        let result = sanitizer.sanitize("Kế toán Xíu đã ký phiếu chi.")
        #expect(result.text == "Kế toán Xíu đã ký phiếu chi.")
        #expect(result.flags == [Sanitizer.Flag(reason: .possibleName, start: 8, end: 11)])
    }

    @Test func aNumberOfUnknownKindIsFlagged() {
        let result = sanitizer.sanitize("Mã tra cứu 4471236 do cán bộ cấp.")
        #expect(result.flags.map(\.reason) == [.possibleNumber])
        #expect(result.findings.isEmpty)
    }

    @Test func aRoomAloneIsFlaggedAndARoomWhereSomeoneLivesIsRemoved() {
        #expect(sanitizer.sanitize("Họp tại phòng 301.").flags.map(\.reason) == [.possibleRoom])
        #expect(sanitizer.sanitize("Tôi thuê phòng 301 ở đây.").findings.map(\.kind) == [.address])
    }

    @Test func aLowerCaseNameAfterAnHonorificIsRemovedInLowerCaseTextAndFlaggedElsewhere() {
        #expect(sanitizer.sanitize("tôi gặp chị nguyệt ở chợ").text == "tôi gặp chị [đã ẩn] ở chợ")
        #expect(sanitizer.sanitize("Tôi gặp chị nguyệt ở chợ.").flags.map(\.reason) == [.possibleLowercaseName])
    }

    @Test func ordinaryTextHasNoFlags() {
        let text = """
            Kết luận: UBND xã giải quyết chậm 30 ngày so với quy định tại Điều 25 Luật Tố cáo 2018. \
            Chủ tịch UBND xã và cán bộ địa chính bị kiểm điểm; 12 hộ dân được hoàn trả 500.000 đồng \
            trong tháng 4/2026. Trường THPT Lê Quý Đôn ở phường Hoàng Văn Thụ đã nộp lại tiền.
            """
        let result = sanitizer.sanitize(text)
        #expect(result.flags.isEmpty)
        #expect(result.findings.isEmpty)
    }

    @Test func aFlagInsideARemovalIsDropped() {
        let result = sanitizer.sanitize("Kế toán Nguyễn Văn Xíu ký.")
        #expect(result.flags.isEmpty)
        #expect(result.findings.map(\.kind) == [.personName])
    }

    @Test func aDeploymentAddsItsOwnNames() throws {
        let folder = NSTemporaryDirectory() + "lexicon-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "# a family name this deployment sees\nXíu\n".write(
            toFile: folder + "/family-names.txt", atomically: true, encoding: .utf8)
        let text = "Xíu Văn Páo đã nhận tiền."
        #expect(sanitizer.sanitize(text).findings.isEmpty)
        let local = Sanitizer(lexicon: try Lexicon(adding: folder))
        #expect(local.sanitize(text).text == "[đã ẩn] đã nhận tiền.")
    }

    @Test func aLexiconFolderThatIsNotThereIsRefused() {
        #expect(throws: LexiconError.unreadable("/nonexistent/lexicon")) {
            try Lexicon(adding: "/nonexistent/lexicon")
        }
    }

    @Test func everyShippedListHasEntriesAndNamesItsSources() throws {
        for list in Lexicon.List.allCases {
            #expect(!Lexicon.shipped[list].isEmpty, "\(list.rawValue).txt is empty or missing")
        }
    }
}
