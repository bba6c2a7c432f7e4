import Foundation
import TextScanning
import TextShapes

/// Where someone lives and how to call them, in the shapes of a city's older wards: a lane's house number
/// with two slashes or more typed in lower case, a floor after a flat, and a home's seven-digit number of
/// before 2008 after a phone's cue.
extension TextScan {
    /// The removals of the lanes' shapes, each gated on a digit and its words or its slash.
    func laneFindings() -> [LooseFinding] {
        guard hasDigit else { return [] }
        var found: [LooseFinding] = []
        if hasSlash, LaneShapes.hasLaneNumber(text), hasAnyWord(LaneShapes.laneCues) {
            found += findings("address", LaneShapes.laneNumber, group: 1)
        }
        if hasWord("lau") { found += findings("address", LaneShapes.floorAfterFlat, group: 1) }
        if LaneShapes.hasSevenDigits(text), hasAnyWord(LaneShapes.phoneCues) {
            found += findings("phone", LaneShapes.sevenDigitPhone, group: 1)
        }
        return found
    }
}

/// The patterns of ``TextScan/laneFindings()``.
enum LaneShapes {
    /// A house in a lane of a lane, numbered with two slashes or more after ở, tại, nhà, số or hẻm, in any
    /// case and with or without marks: "nha e o 56/12/4 tan hoa dong". The capitalised street's rule reads
    /// the number with its street; typed in lower case the street is no name, and the number goes alone.
    /// Never a date: a day and a month and a year of two or four digits ("số 12/3/24", "ngày 5/6/2024").
    static let laneNumber = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?i:ở|o|tại|tai|nhà|nha|số|so|hẻm|hem) (?!\d{1,2}/\d{1,2}/(?:\d{2}|\d{4})(?!\d))(\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?){2,4})(?![\p{L}\p{M}\p{N}/])"#
    )
    static let laneCues: Keywords = ["o", "tai", "nha", "so", "hem"]

    /// Whether the text holds digits with two slashes or more that are no date (a day and a month of one or
    /// two digits and a year of two or four), read as bytes so that text without one pays no pattern.
    static func hasLaneNumber(_ text: String) -> Bool {
        var parts: [Int] = [0]
        func isLane() -> Bool {
            guard parts.count >= 3, !parts.contains(0) else { return false }
            return parts.count > 3 || parts[0] > 2 || parts[1] > 2 || parts[2] != 2 && parts[2] != 4
        }
        for byte in text.utf8 {
            if byte >= 48 && byte <= 57 {
                parts[parts.count - 1] += 1
            } else if byte == 47 {
                parts.append(0)
            } else {
                if isLane() { return true }
                if parts.count > 1 || parts[0] > 0 { parts = [0] }
            }
        }
        return isLane()
    }

    /// A floor (lầu, the southern word) right after a flat's or a room's number: "căn 3.14 lầu 3 lô C".
    /// Group 1; a floor alone ("lầu 2 của trụ sở") says no one's home and stays.
    static let floorAfterFlat = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?i:căn hộ|căn|phòng|lô) [A-Z0-9][A-Za-z0-9.-]{0,6} (lầu \d{1,2})(?![\p{L}\p{M}\p{N}]|[.,]\d)"#
    )

    /// A home's number of seven digits, as the cities' lines had before 2008, in three and four digits after a
    /// phone's cue: "ĐT nhà: 855.7214", "điện thoại 824 3317". Three and four are no amount's groups.
    static let sevenDigitPhone = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?i:ĐT|SĐT|SDT|DT|điện thoại|dien thoai|số máy|so may|tel)(?:\s+(?i:nhà|nha|bàn|ban|nhà riêng|cố định))?\s*:?\s*(\d{3}[. ]\d{4})(?![\p{N}]|[.,]\d)"#
    )
    static let phoneCues: Keywords = ["dt", "sdt", "thoai", "may", "tel"]

    /// Whether the text holds three digits, a dot or a space and four digits, alone, read as bytes so that
    /// text without them pays no pattern.
    static func hasSevenDigits(_ text: String) -> Bool {
        var run = 0
        var previous = -1
        var previousSeparator: UInt8 = 0
        for byte in text.utf8 {
            if byte >= 48 && byte <= 57 {
                run += 1
                continue
            }
            if previous == 3 && run == 4 && (previousSeparator == 46 || previousSeparator == 32) { return true }
            previous = run > 0 && (byte == 46 || byte == 32) ? run : -1
            previousSeparator = byte
            run = 0
        }
        return previous == 3 && run == 4 && (previousSeparator == 46 || previousSeparator == 32)
    }
}
