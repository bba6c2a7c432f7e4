import Foundation
import TextScanning
import TextShapes

/// The English shapes as the sanitizer calls them, beside the Vietnamese ones: people's names (Western,
/// East and South Asian, and those an English title or kinship word introduces), and the data and
/// addresses English text writes.
package enum EnglishNames {
    /// Every name range of English text; a Vietnamese text pays a word-set test and the Asian names' cues.
    package static func ranges(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        guard scan.words.count > 1 else { return [] }
        var found: [NSRange] = []
        if scan.hasAnyWord(WesternNames.englishWords) {
            found += WesternNames.ranges(in: scan, vocabulary: vocabulary)
        } else if scan.hasWord("ten"), scan.hasWord("la") {
            found += WesternNames.namedAfterLa(in: scan, vocabulary: vocabulary)
        }
        return found + AsianNames.ranges(in: scan, vocabulary: vocabulary)
    }
}

extension TextScan {
    /// The data and addresses of English text, with the kind each one is removed as.
    package func englishFindings() -> [LooseFinding] {
        englishDataFindings() + englishAddressFindings() + englishReportFindings() + englishPaperFindings()
    }

    /// What stays of English data's look-alikes, with the kind of removal each one cancels.
    package func englishKeeps() -> [LooseFinding] {
        englishDataKeeps() + englishAddressKeeps() + englishReportKeeps() + englishPaperKeeps()
    }
}
