import Foundation
import TextScanning
import TextShapes

/// Papers and people as foreign workers' and overseas heirs' English writes them (the thirty-first round): a
/// complaint's "I, Name," a visa's number, a French civil act's, a notary's practising certificate's, a parcel's
/// and a map sheet's number after a bracketed Vietnamese gloss; and, kept, a run an article and an
/// establishment's word make a school's or a shop's name.
extension TextScan {
    /// The findings of ``EnglishPaperShapes``, with the kind each one is removed as.
    func englishPaperFindings() -> [LooseFinding] {
        var found: [LooseFinding] = []
        if let first = words.list.first, first.text == "I", units.count > 3, units[1] == 0x2C {
            found += findings("personName", EnglishPaperShapes.complainant, group: 1)
        }
        guard hasDigit else { return found }
        if hasWord("visa") { found += findings("identifier", EnglishPaperShapes.visaNumber, group: 1) }
        if hasWord("acte") { found += findings("identifier", EnglishPaperShapes.frenchAct, group: 1) }
        if hasAnyWord(["practising", "practicing"]) {
            found += findings("identifier", EnglishPaperShapes.practisingCertificate, group: 1)
        }
        if hasAnyWord(["student", "certificate", "vet", "cavet"]), longestDigitRun >= 3 {
            found += findings("identifier", EnglishPaperShapes.ownPaperNumber, group: 1)
        }
        if units.contains(0x28), hasAnyWord(["parcel", "sheet", "plot"]) {
            found += findings("identifier", EnglishPaperShapes.glossedParcel, group: 1)
        }
        if hasUppercase, hasAnyWord(EnglishPaperShapes.paperWords) {
            found += findings("identifier", EnglishPaperShapes.codeAfterPaper, group: 1).filter {
                !IdentifierShapes.publicPrefixes.contains(String(string($0.range).prefix { $0.isLetter }))
            }
        }
        return found
    }

    /// What stays: "The Võ Thị Sáu primary school", "the Kim Long bakery"; a platform's name before "at" and
    /// its profile's link ("on LinkedIn at linkedin.com/in/…"), which is no e-mail's local part.
    func englishPaperKeeps() -> [LooseFinding] {
        var kept: [LooseFinding] = []
        if hasSlash, hasWord("at") { kept += findings("email", EnglishPaperShapes.platformBeforeLink, group: 1) }
        guard hasWord("the"), hasAnyWord(EnglishPaperShapes.establishmentWords) else { return kept }
        return kept + findings("personName", EnglishPaperShapes.namedEstablishment, group: 1)
    }
}

/// The thirty-first round's shapes of English papers and names.
enum EnglishPaperShapes {
    /// A complaint's or a statement's writer after its opening "I,": "I, Tomasz Nowak, a teacher in Hải Phòng,
    /// complain…". Two or three capitalised words and a comma. Group 1. "I, for one," has no capital.
    static let complainant = DataShapes.regex(
        #"^I,\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2}),"#
    )
    /// A visa's number after "visa number" or "visa no.": a letter code with a digit, then six to nine digits
    /// ("Visa number DN1 23456789"), or digits alone. Group 1. A visa's word with no number after it stays.
    static let visaNumber = DataShapes.regex(
        #"(?i:visa)\s+(?i:number|no\.?|#)\s*(?:(?i:is|was)\s+|:\s*)?((?-i:[A-Z]{1,3}\d?)\s?\d{6,9}|\d{7,10})(?![\w/-])"#
    )
    /// A French civil act's number: "acte n° 1457" (a birth, marriage or death record of a mairie). Group 1.
    static let frenchAct = DataShapes.regex(#"(?i:acte)\s+(?:n°|n\.|no\.?|nº)\s*(\d{1,7})(?![\w/-])"#)
    /// A notary's or a lawyer's practising certificate: "practising certificate is CC 0345/HN". Group 1.
    static let practisingCertificate = DataShapes.regex(
        #"(?i:practi[sc]ing)\s+(?i:certificate|licen[cs]e)\s+(?:(?i:no\.?|number|#)\s*)?(?:(?i:is|was)\s+|:\s*)?((?-i:[A-Z]{1,3})\s?\d{3,7}(?:/[A-Z]{1,5})?|\d{3,7}/[A-Z]{1,5})(?![\w/-])"#
    )
    /// The number of a paper one person holds, after its name and "number", "no." or "ID" (the thirty-fourth
    /// round): a student's ("Student ID s3901234", "student number 20231187"), a certificate's ("bears
    /// certificate number 4471", a notarised translation's or a criminal record's), a motorbike's registration
    /// card's ("cà vẹt number 0561239"). Group 1: up to three letters and 3 to 10 digits. Limits: a number with
    /// a slash, a dot or a dash after its digits is no such paper's here ("certificate no. 12/QĐ-UBND" is a
    /// decision's); a cue with no number after it stays.
    static let ownPaperNumber = DataShapes.regex(
        #"(?<![\p{L}])(?i:student\s+(?:id|number|no\.?|card\s+(?:number|no\.?))|certificate\s+(?:number|no\.?)|(?:cà\s+vẹt|ca\s+vet|cavet)\s+(?:number|no\.?|số))\s*(?:(?i:is|was)\s+|[:#]\s*)?((?-i:[A-Za-z]{0,3})\d{3,10})(?![\w/.-]|,\d)"#
    )
    /// The papers whose own code ``codeAfterPaper`` reads right after them.
    static let paperWords: Keywords = ["certificate", "entry", "slip", "register", "record", "card"]
    /// A paper's lettered code right after its word: "the poor-household certificate GCN-HN 0318", "the child
    /// register entry LT-0221", "the birth slip PS-88/1992" (the forty-first round). Group 1: one to five
    /// capitals, optionally a dash and up to four more, a dash or a space, then three to eight digits, or fewer
    /// with a slash and a year. Counted over the shipped batches: forty-one such codes after certificate,
    /// entry, card or record (CS 07812, CH 01452, TT-1023344, TG-482913…), all removed, none kept. A standard's
    /// or a bank's letters (`certificate ISO 9001`) stay; a law's number opens with digits.
    static let codeAfterPaper = DataShapes.regex(
        #"(?<![\p{L}])(?i:"# + paperWords.sorted().joined(separator: "|")
            + #")\s((?-i:\p{Lu}{1,5}(?:-\p{Lu}{1,4})?)[-\s](?:\d{3,8}|\d{1,8}/(?:19|20)\d{2}))(?![\p{L}\p{N}]|[-/.]\p{N})"#
    )
    /// A parcel's or a map sheet's number after a bracketed gloss: "parcel (thửa đất số) 245, map sheet (tờ bản
    /// đồ số) 12". Group 1. Limit: a gloss of up to 30 characters with no bracket inside.
    static let glossedParcel = DataShapes.regex(
        #"(?<![\p{L}])(?i:parcel|plot|sheet)\s+\([^()\d]{2,30}\)\s*(?:(?i:no\.?|number)\s*)?(\d{1,5})(?![\w/.-])"#
    )
    /// A platform's name before "at" and a link with a slash: "on LinkedIn at linkedin.com/in/quang-pham". Group 1.
    static let platformBeforeLink = DataShapes.regex(
        #"(?i)(?<![\p{L}])(linkedin|facebook|instagram|tiktok|youtube|twitter)\s+at\s+(?=(?:https?://)?[\w.-]+\.[a-z]{2,}/)"#
    )
    static let establishmentWords: Keywords = [
        "school", "bakery", "restaurant", "cafe", "café", "hotel", "market", "pharmacy", "hospital", "pagoda",
        "temple", "church", "clinic",
    ]
    /// A run of two to four capitalised words between "the" and an establishment's word in lower case: "The Võ
    /// Thị Sáu primary school", "the Kim Long bakery". English puts no article before a person's name, so the
    /// run names a place or a namesake and stays. Group 1. Limit: a possessive ("Hùng's bakery") is not read.
    static let namedEstablishment = DataShapes.regex(
        #"(?<![\p{L}])[Tt]he\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,3})\s+(?:(?:primary|secondary|high|middle|junior|international)\s+)?(?:school|bakery|restaurant|cafe|café|hotel|market|pharmacy|hospital|pagoda|temple|church|clinic)\b"#
    )
}
