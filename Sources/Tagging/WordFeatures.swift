import Foundation
import TextScanning

/// What the tagger knows of each word, worked out once per text: hashes of its forms, its shape and
/// letters, its separators and the lexicons it is in. Features are these hashes mixed with a template's
/// number, so that no string is built per feature.
struct WordFeatures {
    var lower: UInt64
    var folded: UInt64
    var shape: UInt64
    var prefix: UInt64
    var suffix: UInt64
    /// 0 lower case, 1 capitalised, 2 all capitals, 3 opens on a digit, 4 anything else.
    var capital: UInt64
    var length: UInt64
    var lexicons: UInt32
    var gapBefore: UInt64
    var gapAfter: UInt64
    var inPlace: UInt64

    /// The words of a scan with what the features need of them.
    static func of(_ scan: TextScan, lexicons: TaggerLexicons) -> [WordFeatures] {
        let list = scan.words.list
        var placeLeft = 0
        return list.indices.map { i in
            let word = list[i]
            if i < scan.words.placeAt.count, scan.words.placeAt[i] > placeLeft { placeLeft = scan.words.placeAt[i] }
            let inPlace: UInt64 = placeLeft > 0 ? 1 : 0
            if placeLeft > 0 { placeLeft -= 1 }
            let before = i == 0 ? 0 : list[i - 1].end
            let after = i + 1 < list.count ? list[i + 1].range.location : scan.units.count
            let folded = word.folded.utf8
            let (shape, capital) = shapeAndCapital(of: word.text)
            return WordFeatures(
                lower: hash(word.lower.utf8), folded: hash(folded), shape: shape,
                prefix: hash(folded.prefix(3)), suffix: hash(folded.suffix(3)), capital: capital,
                length: UInt64(min(folded.count, 12)), lexicons: lexicons.bits(word.folded),
                gapBefore: gap(scan.units[before..<word.range.location]), gapAfter: gap(scan.units[word.end..<after]),
                inPlace: inPlace)
        }
    }

    /// The hashed features of word `i`, written into `features` (cleared first).
    static func features(of words: [WordFeatures], at i: Int, previousTagged: Bool, into features: inout [UInt64]) {
        features.removeAll(keepingCapacity: true)
        let word = words[i]
        let start: UInt64 = 0x5354_4152_54
        let end: UInt64 = 0x454E_44
        func folded(_ k: Int) -> UInt64 { k < 0 ? start : k >= words.count ? end : words[k].folded }
        func capital(_ k: Int) -> UInt64 { k < 0 || k >= words.count ? 9 : words[k].capital }
        let previous: UInt64 = previousTagged ? 1 : 0
        func add(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) { features.append(mix(mix(template, a), b)) }
        add(1, 0)
        add(2, word.lower)
        add(3, word.folded)
        add(4, word.shape)
        add(5, folded(i - 1))
        add(6, folded(i - 2))
        add(7, folded(i + 1))
        add(8, folded(i + 2))
        add(9, folded(i - 1), word.folded)
        add(10, word.folded, folded(i + 1))
        add(11, folded(i - 2), folded(i - 1))
        add(12, word.capital)
        add(13, word.suffix)
        add(14, word.prefix)
        add(15, i == 0 ? 1 : 0)
        add(16, previous)
        add(17, previous, word.capital)
        add(18, folded(i - 1), word.shape)
        add(19, capital(i - 1), word.capital)
        add(20, word.capital, capital(i + 1))
        add(21, word.gapBefore)
        add(22, word.gapAfter)
        add(23, word.inPlace)
        add(24, word.length)
        add(25, word.gapBefore, word.shape)
        for k in 0..<12 {
            let bit: UInt32 = 1 << UInt32(k)
            if word.lexicons & bit != 0 {
                add(100 + UInt64(k), 1)
                add(120 + UInt64(k), word.capital)
            }
            if i > 0, words[i - 1].lexicons & bit != 0 { add(140 + UInt64(k), 1) }
            if i + 1 < words.count, words[i + 1].lexicons & bit != 0 { add(160 + UInt64(k), 1) }
        }
    }

    /// A word's shape, hashed (its letters as classes: X a capital, x a small letter, d a digit, o
    /// anything else, runs of one class cut to two), and its capitals: 0 lower case, 1 capitalised, 2 all
    /// capitals (two letters or more), 3 opens on a digit, 4 anything else.
    static func shapeAndCapital(of text: String) -> (UInt64, UInt64) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var last: UInt8 = 0
        var run = 0
        var letters = 0
        var capitals = 0
        var first: UInt8 = 0
        for scalar in text.unicodeScalars {
            let c: UInt8 = isCapital(scalar) ? 88 : ("0"..."9").contains(scalar) ? 100 : isLetter(scalar) ? 120 : 111
            if first == 0 { first = c }
            if c == 88 || c == 120 { letters += 1 }
            if c == 88 { capitals += 1 }
            run = c == last ? run + 1 : 1
            last = c
            if run <= 2 { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
        }
        let capital: UInt64 =
            first == 100 ? 3 : letters > 1 && capitals == letters ? 2 : first == 88 ? 1 : capitals == 0 ? 0 : 4
        return (h, capital)
    }

    /// A capital letter: ASCII and Vietnamese's letters by their code points (Latin-1, Latin Extended-A,
    /// Ơ and Ư, Latin Extended Additional), any other by its Unicode property.
    static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        switch v {
        case 0x41...0x5A: return true
        case 0...0x7F: return false
        case 0xC0...0xDE: return v != 0xD7
        case 0xDF...0xFF: return false
        case 0x100...0x17F: return v % 2 == 0
        case 0x1A0, 0x1AF: return true
        case 0x1EA0...0x1EFF: return v % 2 == 0
        default: return scalar.properties.isUppercase
        }
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        switch v {
        case 0x41...0x5A, 0x61...0x7A: return true
        case 0...0x7F: return false
        case 0xC0...0x24F, 0x1EA0...0x1EFF: return v != 0xD7 && v != 0xF7
        default: return scalar.properties.isAlphabetic
        }
    }

    /// The separators between two words, as their first three units: " ", ", ", "/", "@" …
    static func gap(_ units: ArraySlice<UInt16>) -> UInt64 {
        var h: UInt64 = 0x6761_70
        for unit in units.prefix(3) { h = mix(h, UInt64(unit)) }
        return h
    }

    /// FNV-1a over bytes.
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h
    }

    /// Two hashes into one (splitmix64's finaliser over their combination).
    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var z = a &+ 0x9e37_79b9_7f4a_7c15 &+ (b &* 0xbf58_476d_1ce4_e5b9)
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
