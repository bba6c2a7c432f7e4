import Foundation
import TextScanning

/// Where a patient lies and where a lodger sleeps: a hospital bed's number, and whether a room's number is
/// someone's (a dwelling, a rooming house or a ward around it) rather than an office's.
enum WardShapes {
    /// A bed's number: "giường 7", "giường số 12", "giường bệnh số 5", "giuong 18", "bed 17". A bed is one patient's wherever it
    /// stands. Not a count or a size after the number ("giường 2 tầng", "giường 1,6 m", "mỗi giường 2 bệnh
    /// nhân"). Group 1 is the number.
    static let bed = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?i:giường|giuong|bed)(?:\s+(?i:bệnh|benh)(?=\s+(?i:số|so)\s))?\s+(?:(?i:số|so|no\.?)\s*)?(\d{1,3}[A-Za-z]?)(?![\p{L}\p{M}\p{N}]|[.,]\d|\s*(?i:tầng|tang|người|nguoi|chiếc|chiec|cái|cai|m|mét|met|triệu|trieu|tr|nghìn|nghin|ngàn|ngan|k|đồng|dong|ngày|ngay|đêm|dem|bệnh nhân|benh nhan|bệnh nhi|benh nhi|cháu|chau|bé|be|trẻ|tre|mẹ|me|people|patients?|nights?|days?|metres?|meters?)(?![\p{L}\p{M}]))"#
    )
    static let bedWords: Keywords = ["giuong", "bed"]

    /// Words of living in the three words before a room (folded): "ở phòng 12", "thuê phòng 3", "rents room 5".
    /// Also trú ("tạm trú phòng 9": whoever the police check lives there).
    static let livingWords: Keywords = [
        "o", "thue", "song", "tro", "tru", "nha", "can", "ho", "rent", "rents", "rented",
    ]
    /// A public place's words between a word of living and the room (folded): "ở căng tin tầng 2", "ở xưởng
    /// tầng 3" is where a place is, not where someone lives.
    static let publicPlaceWords: Set<String> = ["cang", "xuong", "truong", "cong", "cho", "sieu", "benh", "tram"]
    /// A row of rooms after a room (folded): "phòng 15 dãy A", "phong 7 day C": a lodger's, a row's letter or
    /// number next ("dãy trọ" has its own word).
    /// As typed: a capital or a number after it, so that "phòng 4 đây ạ" (here) is none.
    /// Words of lodging (folded), which make a room in a row a lodger's: trọ, trú, thuê, KTX; and pairs: còn
    /// trống (a room to let), chủ nhà (the landlord), tiền phòng, tiền nhà (the rent).
    static let lodgingWords: Keywords = ["tro", "tru", "thue", "ktx"]
    static let lodgingPairs = [("con", "trong"), ("chu", "nha"), ("tien", "phong"), ("tien", "nha")]
    static let rowInside = DataShapes.regex(#"\s(?i:dãy|day)\s"#)
    static let rowAfter = DataShapes.regex(#"^\s*,?\s*(?i:dãy|day)\s+(?:[A-Z]|\d{1,2})(?![\p{L}\p{N}])"#)
    /// A dwelling's words after a room (folded): "phòng 402 nhà A khu tập thể", "Phòng 12 khu trọ công nhân".
    static let dwellingsAfter = [
        "khu tap the", "ky tuc", "ktx", "chung cu", "nha tro", "day tro", "khu tro", "xom tro",
        // A home where the old, the disabled or orphans live: "phòng 305, Trung tâm Công tác xã hội tỉnh".
        "trung tam cong tac xa hoi", "bao tro xa hoi", "duong lao", "mai am",
    ]
    /// A dwelling's words before a room (folded): "chung cư Hòa Bình, phòng 1203".
    static let dwellingsBefore = ["khu tap the", "ky tuc", "ktx", "chung cu", "nha tro", "day tro"]

    /// A bed next after a ward's room (folded): "phòng 204 giường 7", "room 604, bed 17".
    static let bedAfter = DataShapes.regex(#"^\s*[,(-]?\s*(?:va\s+|and\s+)?(?:giuong|bed)\s+(?:so\s+|no\.?\s*)?\d"#)
    /// A bed right before a ward's room (folded): "giường 15 phòng 31", "bed 17, room 604".
    static let bedBefore = DataShapes.regex(#"\b(?:giuong|bed)\s+(?:so\s+|no\.?\s*)?\d{1,3}[a-z]?\s*,?\s*$"#)
    /// A ward or a department after a room (folded): "phòng 207 khoa Ngoại", "room 604 of the Cardiology
    /// Department", "phong 305 khoa noi 2". Not "ward" in English, which is also a commune's (phường).
    static let wardAfter = DataShapes.regex(
        #"^\s*,?\s*(?:(?:cua|thuoc|of|in|at)\s+(?:the\s+)?)?(?:khoa|khu dieu tri|(?:[a-z]+\s+){0,3}department)\b"#
    )
    /// A department right before a room (folded): "khoa Sản phòng 12", "khoa Ngoại tổng hợp, phòng 3".
    static let wardBefore = DataShapes.regex(#"\bkhoa(?:\s+[a-z]+){1,3}\s*,?\s*$"#)
    /// A patient's word before the room (as typed): "nằm phòng 308", "nam phong 5", "nằm tại phòng 6".
    static let lyingBefore = DataShapes.regex(#"(?:nằm|nam)(?:\s+(?:ở|tại|trong|o|tai))?\s+$"#)
    /// A hospital's words (folded), which make "in Room 412" a ward's room.
    /// A patient named by the room (folded, the two words before it): "bệnh nhân phòng 305", "patient in".
    static let patientWords: Set<String> = ["benh nhan", "benh nhi", "nguoi benh", "the patient", "patient in"]
    static let hospitalWords: Keywords = ["hospital", "nurse", "nurses", "patient", "patients", "clinic", "doctor"]
}

extension TextScan {
    /// A bed's number in a ward: the patient's, always. What ``bed`` finds, as ranges of the number.
    package func bedNumbers() -> [NSRange] {
        hasDigit && hasAnyWord(WardShapes.bedWords) ? matches(WardShapes.bed).map { $0.range(at: 1) } : []
    }

    /// Whether the room or floor at `range` is someone's: after a word of living there (ở, thuê, sống, trọ,
    /// nhà, căn, hộ, rent), before a dwelling's or a rooming house's word (khu tập thể, ký túc, KTX, chung cư,
    /// nhà trọ, dãy trọ, khu trọ, xóm trọ), after a dwelling's word in the 32 units before; or a patient's:
    /// a room (phòng, buồng, room, not a floor) beside a bed, before or after its department (khoa,
    /// department), after nằm or a patient's word (bệnh nhân, người bệnh, patient), or after in, to, into or
    /// at in a text about a hospital. Limit: an office's room in a hospital named beside its department
    /// ("phòng 3 khoa Dược") goes too. A residence found within 40 units (one of `residences`) says so as well.
    package func roomIsSomeones(_ range: NSRange, near residences: [NSRange]) -> Bool {
        if residences.contains(where: { abs($0.location - range.location) < 40 }) { return true }
        // A row of rooms with the room ("phòng 15 dãy A") makes it a lodger's in a text about lodging: a school's
        // or an office's block has rows too ("Phòng 3 dãy A là phòng họp").
        let rowAfter = string(NSRange(location: NSMaxRange(range), length: min(12, utf16Count - NSMaxRange(range))))
        if WardShapes.rowInside.firstMatch(in: string(range), range: NSRange(location: 0, length: range.length)) != nil
            || WardShapes.rowAfter.matches(rowAfter),
            hasAnyWord(WardShapes.lodgingWords) || WardShapes.lodgingPairs.contains(where: { hasPair($0.0, $0.1) })
        {
            return true
        }
        let before = Array(Folding.words(foldedBefore(range.location, length: 24)).suffix(3))
        let after = foldedAfter(NSMaxRange(range), length: 32)
        let wider = foldedBefore(range.location, length: 32)
        // "hồ sơ" folds to "ho so": "nộp hồ sơ tại phòng 3" is an office's room, not a household's (hộ); "cán
        // bộ" folds to "can bo": "cán bộ phòng 4" is an office's man, no flat's (căn).
        let living = before.indices.contains {
            WardShapes.livingWords.contains(before[$0])
                && !(before[$0] == "ho" && before.dropFirst($0 + 1).first == "so")
                && !(before[$0] == "can" && before.dropFirst($0 + 1).first == "bo")
                && !before.dropFirst($0 + 1).contains(where: WardShapes.publicPlaceWords.contains)
        }
        if living || WardShapes.dwellingsAfter.contains(where: after.contains)
            || WardShapes.dwellingsBefore.contains(where: wider.contains)
        {
            return true
        }
        guard ["phong", "buong", "room"].contains(Folding.words(foldedAfter(range.location, length: 6)).first ?? "")
        else { return false }
        let raw = string(NSRange(location: max(0, range.location - 12), length: min(12, range.location)))
        return WardShapes.bedAfter.matches(after) || WardShapes.bedBefore.matches(wider)
            || WardShapes.wardAfter.matches(after) || WardShapes.wardBefore.matches(wider)
            || WardShapes.lyingBefore.matches(raw.lowercased())
            || ["in", "to", "into", "at"].contains(before.last ?? "") && hasAnyWord(WardShapes.hospitalWords)
            || WardShapes.patientWords.contains(before.suffix(2).joined(separator: " "))
    }
}
