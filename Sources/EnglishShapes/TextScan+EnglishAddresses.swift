import Foundation
import TextScanning
import TextShapes

/// Where one lives as English text writes it (the twenty-fourth round): official translations chain a
/// numbered group, zone or team, a named hamlet and a ward ("residing in Team 6, Hoa Binh Hamlet, Phu Giao
/// Commune"); a village's Vietnamese word after a living verb or in brackets; an alley's number, a house's
/// number before it and a room of an address.
extension TextScan {
    /// The findings of ``EnglishAddressShapes``, all removed as addresses. Text with none of the address
    /// words (Vietnamese has none of them) runs no pattern.
    func englishAddressFindings() -> [LooseFinding] {
        // A house's number before a named street goes wherever its street stays (englishAddressKeeps).
        let slashed =
            hasDigit && hasUppercase && (units.contains(0x2F) || hasWord("no"))
                && hasAnyWord(EnglishAddressShapes.streetWords)
            ? findings("address", EnglishAddressShapes.slashedHouseOnStreet, group: 1) : []
        guard hasUppercase, hasAnyWord(EnglishAddressShapes.addressWords) else { return slashed }
        var found: [LooseFinding] = slashed
        func add(_ regex: NSRegularExpression, group: Int = 0) { found += findings("address", regex, group: group) }
        let living = hasAnyWord(EnglishAddressShapes.livingWords)
        if hasDigit {
            if hasAnyWord(EnglishAddressShapes.unitWords) { add(EnglishAddressShapes.numberedUnit) }
            if hasAnyWord(["alley", "lane"]) {
                add(EnglishAddressShapes.alleyNumber, group: 1)
                add(EnglishAddressShapes.houseBeforeAlley, group: 1)
            }
            if hasWord("address") { add(EnglishAddressShapes.houseAfterAddress, group: 1) }
            if hasWord("room"), living || hasAnyWord(["boarding", "rented", "rental"]) {
                add(EnglishAddressShapes.roomOfAddress, group: 1)
                add(EnglishAddressShapes.roomOfAddress, group: 2)
            }
        }
        if living {
            if hasAnyWord(["hamlet", "village"]) { add(EnglishAddressShapes.namedHamlet) }
            add(EnglishAddressShapes.villageLivedIn)
        }
        if hasAnyWord(EnglishAddressShapes.villageWords) { add(EnglishAddressShapes.villageBeforeCommune) }
        if hasASCII("("), hasAnyWord(["ap", "thon", "xom", "buon", "plei"]) {
            add(EnglishAddressShapes.bracketedVillage)
        }
        return found
    }

    /// The street after an alley's or a lane's number, which English text keeps as it keeps a street without a
    /// house number: "Lane 45/6/2 Tran Quoc Hoan St" (the number goes, the street stays), against the
    /// project's convention for a house number and its street.
    func englishAddressKeeps() -> [LooseFinding] {
        guard hasDigit, hasUppercase else { return [] }
        var kept: [LooseFinding] = []
        if hasAnyWord(["alley", "lane"]) {
            kept += findings("address", EnglishAddressShapes.streetAfterAlley, group: 1)
            kept += findings("address", EnglishAddressShapes.streetAfterAlley, group: 2)
        }
        if units.contains(0x2F) || hasWord("no"), hasAnyWord(EnglishAddressShapes.streetWords) {
            kept += findings("address", EnglishAddressShapes.slashedHouseOnStreet, group: 2)
        }
        // A street named after a person is no one's name.
        return kept + kept.map { LooseFinding(kind: "personName", range: $0.range, replacement: nil) }
    }

}

/// The patterns of ``TextScan/englishAddressFindings()``.
enum EnglishAddressShapes {
    /// Words of an English address or of living somewhere (folded): the gate of every pattern here.
    static let addressWords: Keywords = [
        "ward", "commune", "hamlet", "village", "alley", "lane", "address", "room", "residing", "resides",
        "reside", "lives", "live", "living", "lived", "rents", "rent", "apartment",
    ]
    static let streetWords: Keywords = ["street", "st", "road", "rd", "avenue", "ave"]
    static let livingWords: Keywords = [
        "residing", "resides", "reside", "resided", "lives", "live", "living", "lived", "rents", "rent", "stays",
        "staying", "address", "apartment", "home",
    ]
    static let unitWords: Keywords = ["group", "zone", "team", "cluster", "quarter", "village", "hamlet", "thon"]

    /// A numbered residential unit in an address's chain: "Group 4, Zone 2, Chieng Sinh Ward", "Residential
    /// Group No. 9, Khuong Dinh Ward", "Village 3 (Thon 3), Lien Son Commune". The next part of the chain (up
    /// to its comma or bracket) must end on a ward's, a commune's, a hamlet's or a district's word or be such a
    /// unit itself: a delegation's team ("Group 7 of the inspection delegation") or a company ("Pou Chen Group,
    /// Tan Uyen Ward": no number) stays.
    static let numberedUnit = DataShapes.regex(
        #"(?<![\p{L}])(?:Residential\s+)?(?:Group|Zone|Team|Cluster|Quarter|Village|Hamlet|Thon)\s+(?:No\.\s*)?\d{1,3}[A-Z]?(?![\w/-])(?=\s*[,(]\s*(?:[^,()\n]{0,40}?(?<![\p{L}])(?:Ward|Commune|Hamlet|Village|District|Town|ward|commune)(?![\p{L}])|(?:Residential\s+)?(?:Group|Zone|Team|Cluster|Quarter|Village|Hamlet|Thon|thon|ap)\s+(?:No\.\s*)?\d|(?:thon|ap|xom|buon|plei|ban)\s+\p{Lu}))"#
    )
    /// A hamlet or a village named in capitals before a comma or a bracket, in a text that says one lives
    /// there: "residing in Team 6, Hoa Binh Hamlet, …", "lives in Soc Ro Hamlet (ap Soc Ro)". A craft village
    /// one visits ("Bat Trang Ceramic Village in …") has no living word and no pause.
    static let namedHamlet = DataShapes.regex(
        #"(?<![\p{L}])\p{Lu}[\p{L}\p{M}']*(?:\s+\p{Lu}[\p{L}\p{M}']*){0,2}\s+(?:Hamlet|Village)(?=\s*[,(])"#
    )
    /// A village's Vietnamese word and its name right after a living verb and "at" or "in": "residing at Buon
    /// Tring, Buon Ho Ward". Not a ward, a commune or a town of that name ("lives in Buon Ho Ward").
    static let villageLivedIn = DataShapes.regex(
        #"(?<=(?i:residing|resides|reside|resided|lives|live|lived|living|staying|stays)\s(?:at|in)\s)(?i:buon|plei|ap|thon|ban|xom|lang|bon)\s+\p{Lu}[\p{L}\p{M}']*(?:\s+\p{Lu}[\p{L}\p{M}']*){0,2}(?![\p{L}\p{M}'])(?!\s+(?:Ward|Commune|Town|District|City|Province)(?![\p{L}]))"#
    )
    /// Vietnamese words for a village, which writers in English leave in lower case (the twenty-sixth round).
    static let villageWords: Keywords = ["ban", "buon", "ap", "thon", "xom", "plei", "lang", "bon"]
    /// A village's Vietnamese word left in lower case and its capitalised name, before a comma or a bracket
    /// whose next part ends on a commune's, a ward's, a village's, a district's or a province's word: "ban Na
    /// Pa, Muong La commune", "buon Ko Sier, Ea Kao ward", "ban Hua Tat (a Thai village)". The twenty-sixth
    /// round. Limits: the English "ban" has no capitalised name after it ("The ban on plastic bags"); a
    /// village's word in capitals ("Ban Lac", as "Buon Ma Thuot" is a city) is not read.
    static let villageBeforeCommune = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?:ban|buon|ap|thon|xom|plei|lang|bon)\s+\p{Lu}[\p{L}\p{M}']*(?:\s+\p{Lu}[\p{L}\p{M}']*){0,2}(?=\s*[,(]\s*[^,()\n]{0,40}?(?<![\p{L}])(?:Ward|Commune|Village|District|Province|ward|commune|village|district|province)(?![\p{L}]))"#
    )
    /// A village's Vietnamese word in lower case and its name in brackets, as a translation gives the
    /// original: "Soc Ro Hamlet (ap Soc Ro)".
    static let bracketedVillage = DataShapes.regex(
        #"(?<=\()(?:ap|ấp|thon|thôn|xom|xóm|buon|buôn|plei)\s+\p{Lu}[\p{L}\p{M}']*(?:\s+\p{Lu}[\p{L}\p{M}']*){0,2}(?=\))"#
    )
    /// An alley's or a lane's number, with its slashes or before a capitalised street: "Alley 12/34", "Lane
    /// 45/6/2 Tran Quoc Hoan St", in lower case too ("alley 45, Hoàng Diệu Street"). Group 1. A traffic lane ("lane 2 of the highway") is lower case and has no
    /// street after it.
    static let alleyNumber = DataShapes.regex(
        #"(?<![\p{L}])(?:Alley|Lane|Hem|Ngo|alley|lane)\s+(?:No\.\s*)?(\d{1,4}[A-Z]?(?:/\d{1,4}[A-Z]?)+|\d{1,4}[A-Z]?(?=,?\s+\p{Lu}))(?![\w/-])"#
    )
    /// A street after an alley's number: "Alley 12/34, Le Van Sy Street", "Lane 45/6/2 Tran Quoc Hoan St",
    /// group 1; or two to four capitalised words with no comma before them and a pause or the end after
    /// ("lane 12 Nguyễn Văn Cừ", "Alley 18/3 Bạch Đằng,": the twenty-eighth round), group 2. A name after a
    /// comma ("alley 4, Trần Văn Hùng, a driver") is a person's.
    static let streetAfterAlley = DataShapes.regex(
        #"(?<![\p{L}])(?:Alley|Lane|Hem|Ngo|alley|lane)\s+(?:No\.\s*)?\d{1,4}[A-Z]?(?:/\d{1,4}[A-Z]?)*(?:,?\s+((?:\p{Lu}[\p{L}\p{M}]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave)(?![\p{L}]))|\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,3})(?=\s*[,.;!?]|\s*$))"#
    )
    /// A house's number with a slash before a named street: "lives at 128/7 Lê Văn Việt Street". Group 1 is
    /// the number, group 2 the street, which stays; a number after "No." too ("No. 27B Hai Ba Trung Street").
    /// A bare number without a slash ("12 Nguyen Trai Street") is the other rules'.
    static let slashedHouseOnStreet = DataShapes.regex(
        #"(?<![\p{L}\p{N}/.-])((?<=No\.\s)\d{1,4}[A-Z]?(?:/\d{1,4}[A-Z]?){0,2}|\d{1,4}[A-Z]?/\d{1,4}[A-Z]?(?:/\d{1,4}[A-Z]?)?)\s+((?:\p{Lu}[\p{L}\p{M}]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave)(?![\p{L}]))"#
    )
    /// A house's number after "No." before an alley: "No. 27B, Alley 12/34". Group 1.
    static let houseBeforeAlley = DataShapes.regex(
        #"(?<![\p{L}])No\.\s*(\d{1,4}[A-Z]?(?:/\d{1,4}[A-Z]?)*)(?=,\s+(?:Alley|Lane)\s)"#
    )
    /// A house's number opening an address after its label: "Address of the denouncer: No. 27B, …". Group 1.
    static let houseAfterAddress = DataShapes.regex(
        #"(?i:address)[^.:\n]{0,30}:\s*(?:No\.\s*)?(\d{1,4}[A-Z]?(?:/\d{1,4}[A-Z]?)*)(?=,)"#
    )
    /// A room of a boarding house ("rents boarding room No. 12"), group 1, or a room of an address before its
    /// lane, tower, block or building ("Room 1806, Tower S2", "Room 7, Lane 45/6/2"), group 2, in a text of
    /// living. An office's room with no such word ("meeting room 305") is the flags' rule's.
    static let roomOfAddress = DataShapes.regex(
        #"(?<![\p{L}])(?:(?i:boarding|rented|rental)\s+(?i:room)\s+(?:No\.\s*)?(\d{1,4}[A-Z]?)(?![\w/-])|(?i:room)\s+(?:No\.\s*)?(\d{1,4}[A-Z]?)(?=,\s+(?:Lane|Alley|Tower|Block|Building|Floor)\s))"#
    )
}
