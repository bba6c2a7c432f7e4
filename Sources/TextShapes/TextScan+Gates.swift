import Foundation
import TextScanning

/// Cheap checks that tell a pattern cannot match, so that the text skips it: ICU tries a pattern that
/// opens on a look-behind at every offset, and each call bridges the text again.
///
/// Each check is looser than the pattern it guards: it may say yes where the pattern finds nothing, never
/// no where it would find something. The words' checks read the folded text, not its words, since a
/// digit may touch the word ("5ngày", "đường5").
extension TextScan {
    /// Whether a digit, then one of `/`, `.`, `-`, then a digit, stand side by side: what a day and its
    /// month need (``DataShapes/dayMonthPattern``, ``DataShapes/dayRangePattern``). A unit outside ASCII
    /// counts as a digit when it may be one (`\d` is any decimal digit).
    package var mayHoldDayMonth: Bool {
        func isDigit(_ unit: UInt16) -> Bool {
            guard unit >= 0x80 else { return (48...57).contains(unit) }
            return Unicode.Scalar(unit).map { $0.properties.numericType != nil } ?? true
        }
        guard units.count >= 3 else { return false }
        for k in 1..<(units.count - 1) where units[k] == 0x2F || units[k] == 0x2E || units[k] == 0x2D {
            if isDigit(units[k - 1]) && isDigit(units[k + 1]) { return true }
        }
        return false
    }

    /// Whether the text may hold the month's word that ``DataShapes/partOfDayPattern`` needs: tháng, thg.
    package var mayHoldMonthWord: Bool { foldedTextMayHold(Self.monthWords) }

    /// Whether the text may hold what opens ``DataShapes/dayOfMonthPattern``: ngày, hôm, mùng, mồng, bữa.
    package var mayHoldDayWord: Bool { foldedTextMayHold(Self.dayWords) }

    /// Whether the text may hold the street's word after a house's number
    /// (``PlaceShapes/houseBeforeStreetPattern``): đường, phố, ngõ, hẻm, kiệt.
    package var mayNameStreetAfterHouse: Bool { foldedTextMayHold(Self.streetWords) }

    /// Whether the text may write an English street (``PlaceShapes/englishStreetPattern``): a capital, and
    /// Street, St, Road, Rd, Avenue, Ave, Lane or Alley in the text.
    package var mayNameEnglishStreet: Bool {
        hasUppercase && foldedTextMayHold(Self.englishStreetWords)
    }

    /// Whether a dot has a capital right after it or one unit later ("T.H", "N. T."): what initials need
    /// (``InitialShapes/initialsPattern``, ``InitialShapes/openInitialsPattern``). A surrogate counts as a
    /// capital.
    package var mayHoldInitials: Bool {
        func mayBeCapital(_ unit: UInt16) -> Bool {
            guard unit >= 0x80 else { return (65...90).contains(unit) }
            return Unicode.Scalar(unit).map { $0.properties.isUppercase } ?? true
        }
        guard units.count >= 2 else { return false }
        for k in 0..<max(0, units.count - 1) where units[k] == 0x2E {
            if mayBeCapital(units[k + 1]) || k + 2 < units.count && mayBeCapital(units[k + 2]) { return true }
        }
        return false
    }

    /// Whether the text may hold map coordinates (``PlaceShapes/coordinatePattern``): a degree sign, or a
    /// digit, then `.` or `,`, then three digits (a unit outside ASCII counts as a digit).
    package var mayHoldCoordinates: Bool {
        func isDigit(_ unit: UInt16) -> Bool { unit >= 0x80 || (48...57).contains(unit) }
        guard longestDigitRun >= 3, units.count >= 5 else { return units.contains(0xB0) }
        for k in 1..<(units.count - 3) where units[k] == 0x2E || units[k] == 0x2C {
            if isDigit(units[k - 1]) && isDigit(units[k + 1]) && isDigit(units[k + 2]) && isDigit(units[k + 3]) {
                return true
            }
        }
        return units.contains(0xB0)
    }

    static let monthWords = needles("thang", "thg")
    static let dayWords = needles("ngay", "hom", "mung", "mong", "bua")
    static let streetWords = needles("duong", "pho", "ngo", "hem", "kiet")
    static let englishStreetWords = needles("st", "road", "rd", "ave", "lane", "alley")
    static func needles(_ words: String...) -> [[UInt16]] { words.map { Array($0.utf16) } }
}
