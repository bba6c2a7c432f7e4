import Foundation
import TextScanning

/// Places abroad after ở typed without marks (the twenty-ninth round). "o" is also the Huế aunt (O Hoa),
/// so a capitalised word after it reads as her name; an expatriate's "dang o Duc", "sinh o Berlin" names a
/// country or a city instead.
extension Words {
    /// Countries whose Vietnamese name is one syllable, folded: Đức, Pháp, Úc, Mỹ, Nhật, Hàn, Lào. Nga and
    /// Anh are left out: as common a given name and an honorific, "o Nga" is as often the aunt.
    static let syllableCountries: Set<String> = ["duc", "phap", "uc", "my", "nhat", "han", "lao"]

    /// Whether the word at `index`, after o typed without marks, is a place rather than the aunt's name: a
    /// lower-case word ("o trung tam"), a country of one syllable typed without marks ("o Duc"), or a
    /// capitalised word typed without marks of three letters or more that is no Vietnamese syllable ("o
    /// Berlin", "o Canada"; a Vietnamese given name is one syllable: "o Lan" stays her).
    package func namesWhere(_ index: Int) -> Bool {
        let word = self[index]
        if word.isLower { return true }
        guard word.isASCII, word.isCapitalised else { return false }
        return Self.syllableCountries.contains(word.lower)
            || word.text.count >= 3 && word.text.allSatisfy(\.isLetter) && !NameShapes.isSyllable(word.lower)
    }
}
