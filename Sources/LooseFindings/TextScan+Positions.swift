import Foundation
import TextScanning
import TextShapes

/// Where someone is, in shapes the residences' rules do not read: a position given to two decimals after
/// its cue, a room after a house's address, and a residential group named, not numbered, after a numbered one.
extension TextScan {
    /// The removals of the positions' shapes, each gated on its words.
    func positionFindings() -> [LooseFinding] {
        var found: [LooseFinding] = []
        func add(_ regex: NSRegularExpression, group: Int) { found += findings("address", regex, group: group) }
        if hasDigit, hasDot, hasWord("vi") && hasWord("tri") || hasWord("toa") && hasWord("do") {
            add(PositionShapes.cuedCoordinates, group: 1)
        }
        if hasDigit, hasUppercase, hasWord("phong") { add(PositionShapes.roomAfterAddress, group: 1) }
        if hasUppercase, hasAnyWord(["khoi", "khu"]) { add(PositionShapes.namedGroup, group: 1) }
        if hasUppercase, hasAnyWord(PositionShapes.splitVillageEnds), hasAnyWord(PositionShapes.splitVillageHeads) {
            add(PositionShapes.splitVillage, group: 0)
        }
        if hasUppercase, hasPair("giao", "ho") || hasPair("ho", "dao") { add(PositionShapes.parishCommunity, group: 0) }
        if hasUppercase, hasWord("giap") { add(PositionShapes.villageQuarter, group: 0) }
        if hasDigit, hasUppercase, hasWord("dong"), ns.range(of: "-dong").location != NSNotFound {
            add(PositionShapes.koreanLot, group: 0)
        }
        return found
    }
}

/// The patterns of ``TextScan/positionFindings()``.
/// A named group's, a split village's and a parish community's names.
enum PositionShapes {
    /// A latitude and a longitude with two decimals or more after "vị trí" or "tọa độ" and up to four words
    /// (whose): "vị trí 14.86, 109.12", "gửi vị trí nhà e 10.7769, 106.7009". The coordinates' own pattern asks
    /// for three decimals, which a count or an amount may show too; the cue makes two enough. Group 1.
    static let cuedCoordinates = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:vị trí|vi tri|tọa độ|toạ độ|toa do)(?:\s+[\p{L}\p{M}]+){0,4}?\s*:?\s*((?<![\p{N}.,])-?\d{1,2}\.\d{2,}\s*[,;]\s*-?\d{1,3}\.\d{2,})(?![\p{N}]|[.,]\d)"#
    )

    /// A room after a house's address and a comma: "số 128/7 Lê Đức Thọ, phòng 9". The address is a house
    /// number after "số" or one with a slash or a letter, then a capitalised street (an office's word opens
    /// none: "số 12 Sở Tư pháp"). Group 1 is the room's number; "P." alone is a ward's and stays.
    static let roomAfterAddress = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}/.-])(?:(?i:số nhà|so nha|số|so)\s+\d+[A-Za-z]?(?:/\d+[A-Za-z]?)*|\d+(?:[A-Za-z]|/\d+[A-Za-z]?)(?:/\d+[A-Za-z]?)*)\s+(?:(?i:đường|duong|phố|pho)\s+)?(?!(?:Điều|Khoản|Chương|Luật|Nghị|Quyết|Thông|Bộ|Sở|Phòng|UBND|Ngày|Tháng)(?![\p{L}\p{M}]))\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){0,4},\s*(?i:phòng|phong)\s+(?:(?i:số|so)\s+)?(\d{1,4}[A-Z]?)(?![\p{L}\p{M}\p{N}]|[.,]\d)"#
    )

    /// A residential group (khối, khu phố) named, not numbered, right after a numbered group and a comma:
    /// "tổ 4, khối Hải Bình, phường Cửa Lò". Alone or capitalised ("Khối Dân vận") it is an office's. Group 1.
    static let namedGroup = DataShapes.regex(
        #"(?<=(?:tổ|khối|đội|xóm|ấp|phố|to|khoi|doi|xom|ap|pho) \d{1,3}, )((?:khối|khoi|khu phố|khu pho) \p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){0,2})(?![\p{L}\p{M}])"#
    )

    /// A village of the northern mountains split in two, named without its keyword: a Tày, Nùng or Thái
    /// village's head word (nà: a field, pác: a mouth, khuổi, huổi, nặm, nậm: a stream, lũng: a valley, khau:
    /// a pass, phiêng, cốc, bó), a capitalised name of one or two words and Trên, Dưới or Giữa ("ở Nà Pồng Dưới
    /// và Pác Ngòi Trên"). The halves are hamlets, never communes; without the half ("Lũng Cú", "Pác Bó") the
    /// name may be a commune's or a site's and stays. After xã or phường it is a commune's.
    static let splitVillage = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?<!(?i:xã|phường|xa|phuong) )(?:Nà|Pác|Khuổi|Huổi|Nặm|Nậm|Lũng|Khau|Phiêng|Cốc|Bó)(?: \p{Lu}[\p{Ll}\p{M}]*){1,2} (?:Trên|Dưới|Giữa)(?![\p{L}\p{M}])"#
    )
    static let splitVillageEnds: Keywords = ["tren", "duoi", "giua"]
    static let splitVillageHeads: Keywords = [
        "na", "pac", "khuoi", "huoi", "nam", "lung", "khau", "phieng", "coc", "bo",
    ]

    /// A parish's sub-community (giáo họ) and its capitalised name, which says where its members live as a
    /// hamlet does: "thuộc giáo họ Phaolô", also called a họ đạo ("họ đạo Hưng Nhượng"). The parish (giáo xứ)
    /// is a church's and stays.
    static let parishCommunity = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?i:giáo họ|họ đạo) \p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){0,2}(?![\p{L}\p{M}])"#
    )

    /// A quarter of a Red River delta village (giáp) by a side's or a rank's name, which says where one lives as a
    /// hamlet does: "ở giáp Đông, làng Mộ Trạch", "cả giáp Nam". Lower-case giáp only (Giáp is also a family
    /// name), and no capital after the name: "phía bắc giáp Nam Định", "giáp Trung Quốc" border places.
    static let villageQuarter = DataShapes.regex(
        #"(?<![\p{L}\p{M}])giáp (?:Đông|Tây|Nam|Bắc|Thượng|Hạ|Trung|Nhất|Nhì|Ngoài|Trong)(?![\p{L}\p{M}]|\s+\p{Lu})"#
    )
    /// A Korean lot's number before its neighbourhood (a dong, romanised with a hyphen): "872-3 Wongok-dong",
    /// "15 Sinchon-dong". The district (gu) and city (si) after it stay, as a Vietnamese ward does.
    static let koreanLot = DataShapes.regex(
        #"(?<![\p{L}\p{N}/.-])\d{1,4}(?:-\d{1,4})?(?=,?\s+\p{Lu}[a-z]+\d?-dong(?![\p{L}]))"#
    )
}
