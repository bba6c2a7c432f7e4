import Foundation
import TextScanning
import TextShapes

/// A village tells apart the people who work abroad by the country, written after the given name as a
/// nickname (the twenty-sixth round): "chị Hạnh Đài Loan", "anh Tú Hàn Quốc", "Bình Nhật".
extension TextScan {
    /// The length in UTF-16 units to add to the one-word name at `range` for the country its bearer works
    /// in, written right after it, a space apart: " Đài Loan" in "chị Hạnh Đài Loan". Limits: a name of one
    /// word (the nickname is a given name's); the countries of ``WorkAbroadNames/countries``; not when a
    /// capitalised word follows the country ("anh Tú Nhật Tân" is a longer name), nor across a comma or ở.
    func countryOfWorkLength(after range: NSRange) -> Int {
        guard let index = words.list.firstIndex(where: { $0.range.location == range.location }),
            words[index].end == NSMaxRange(range), index + 1 < words.count, words[index + 1].isCapitalised,
            onlySpace(words[index], words[index + 1])
        else { return 0 }
        for country in WorkAbroadNames.countries where index + country.count < words.count {
            let run = (1...country.count).map { words[index + $0] }
            guard zip(country, run).allSatisfy({ $0 == $1.folded && $1.isCapitalised }),
                zip(run, run.dropFirst()).allSatisfy({ onlySpace($0, $1) })
            else { continue }
            let after = index + country.count + 1
            if after < words.count, words[after].isCapitalised, onlySpace(run[run.count - 1], words[after]) {
                return 0
            }
            return run[run.count - 1].end - NSMaxRange(range)
        }
        return 0
    }
}

/// The countries and territories Vietnamese workers go to, folded, the longer before the shorter
/// (Cục Quản lý lao động ngoài nước: Japan, Korea and Taiwan take most; Germany, Russia, the Czech
/// Republic and Angola the earlier waves).
enum WorkAbroadNames {
    static let countries: [[String]] = [
        ["dai", "loan"], ["han", "quoc"], ["nhat", "ban"], ["nhat"], ["han"], ["nga"], ["duc"], ["sec"], ["angola"],
        ["malaysia"], ["uc"],
    ]
}
