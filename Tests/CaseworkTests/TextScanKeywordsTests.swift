import Testing

@testable import TextScanning

@Suite("TextScan: keyword checks through the words' summary")
struct TextScanKeywordsTests {
    /// The summary only skips hashing: for every word of the lexicons, alone, in a set, in a list and in
    /// a large set, the answer is the set's own (`isDisjoint`), for texts with and without it.
    @Test func theSummaryAgreesWithTheSet() {
        let vocabulary = Vocabulary(Lexicon.shipped)
        let lexicon = Array(vocabulary.given.map(Folding.fold).prefix(400))
        let texts = [
            "Ông Lò Văn Pọm ở bản Hua Ta, xã Mường Bú, gọi 0912 345 678 hôm 7/4.",
            "toi ten la thach thi sa phine o ap hoa loi",
            "Thanh tra tỉnh đã kết luận theo Điều 25 Luật Tố cáo.",
        ]
        for text in texts {
            let scan = TextScan(text)
            for word in lexicon {
                let expected = scan.foldedWords.contains(word)
                #expect(scan.hasAnyWord([word]) == expected, "\(word) in \(text)")
                #expect(scan.hasAnyWord(Set([word, "khong-co"])) == expected, "\(word) in \(text)")
            }
            for start in stride(from: 0, to: lexicon.count, by: 37) {
                let keywords = Set(lexicon[start..<min(lexicon.count, start + 50)])
                #expect(scan.hasAnyWord(keywords) == !scan.foldedWords.isDisjoint(with: keywords))
                #expect(
                    scan.hasAnyWord(Set(keywords.prefix(5))) == !scan.foldedWords.isDisjoint(with: keywords.prefix(5)))
            }
            for word in scan.foldedWords {
                #expect(scan.hasAnyWord([word]))
                #expect(scan.hasAnyWord(Set(lexicon.prefix(20) + [word])))
            }
        }
    }
}
