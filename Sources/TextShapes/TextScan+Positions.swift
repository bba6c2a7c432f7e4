import Foundation
import TextScanning

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
        return found
    }
}

/// The patterns of ``TextScan/positionFindings()``.
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
}
