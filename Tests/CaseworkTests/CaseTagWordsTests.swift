import Sodium
import Testing

@testable import Casework

/// `CaseTag.Words`: the allocation-free set key a million-case sync and index keep per case.
@Suite("CaseTag.Words: a tag as four words, in the tags' byte order")
struct CaseTagWordsTests {
    @Test func wordsGiveTheTagBackAndOrderAsTheBytesDo() throws {
        let tags = try (0..<200).map { _ in try CaseTag(rawRepresentation: Random.bytes(count: 32)) }
        for tag in tags { #expect(CaseTag.Words(tag).tag == tag) }
        let byWords = tags.sorted { CaseTag.Words($0) < CaseTag.Words($1) }
        let byBytes = tags.sorted { $0.rawRepresentation.lexicographicallyPrecedes($1.rawRepresentation) }
        #expect(byWords == byBytes)
        #expect(Set(tags.map(CaseTag.Words.init)).count == tags.count)
    }

    @Test func onlyThirtyTwoBytesMakeWords() {
        #expect(CaseTag.Words([UInt8](repeating: 1, count: 31)) == nil)
        #expect(CaseTag.Words([UInt8](repeating: 1, count: 33)) == nil)
        #expect(CaseTag.Words([UInt8]()) == nil)
        let last = [UInt8](repeating: 0, count: 31) + [1]
        #expect(CaseTag.Words(last)?.tag.rawRepresentation == last)
    }
}
