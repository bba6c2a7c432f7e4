import Foundation
import TextScanning
import TextShapes

/// Quotes of the citizen's own words, which can identify them as surely as a name.
extension Sanitizer {
    /// The shortest run of words that counts as a quote.
    public static let quoteLength = 8

    /// Every maximal run of ``quoteLength`` or more consecutive words of the text that also appears,
    /// word for word, in one of `citizenText` (TextShapes' `quotedRuns`).
    func quotes(in scan: TextScan, citizenText: [String]) -> [Finding] {
        scan.quotedRuns(of: citizenText, length: Self.quoteLength).map {
            Finding(kind: .quote, start: $0.lowerBound, end: $0.upperBound)
        }
    }
}
