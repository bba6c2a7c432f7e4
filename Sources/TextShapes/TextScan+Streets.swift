import Foundation
import TextScanning

extension TextScan {
    /// The streets of a text's addresses, which stay when a house's or an alley's number goes: a street's
    /// word and its name ("số nhà 128/7 đường Nguyễn Văn Cừ, khu phố 4": "đường Nguyễn Văn Cừ"), and the
    /// capitalised street after a house's number without one ("số 12 Lê Lợi", "123/45 Nguyễn Trãi"), and an
    /// English street after a bare number ("14 Xuan Thuy Street"). The
    /// number finds the household; the street is as public as its ward, and often an office's address.
    package func streetsOfAddresses() -> [NSRange] {
        var streets: [NSRange] = []
        if hasAnyWord(["duong", "pho"]) { streets += matches(PlaceShapes.namedStreetPattern).map(\.range) }
        if hasDigit { streets += matches(PlaceShapes.houseOnStreetPattern).map { $0.range(at: 1) } }
        if hasDigit, mayNameEnglishStreet {
            streets += matches(PlaceShapes.englishStreetPattern).map { $0.range(at: 1) }
        }
        return streets
    }

    /// `spans` with the streets of ``streetsOfAddresses()`` that an `address` span holds cut out of it and out
    /// of the spans to `cut` (a name read on the street: "số 12 đường Lê Lợi").
    package func keepingStreets<Span>(
        _ spans: [Span], range: WritableKeyPath<Span, NSRange>, address: (Span) -> Bool, cut: (Span) -> Bool
    ) -> [Span] {
        guard spans.contains(where: address) else { return spans }
        var spans = spans
        for street in streetsOfAddresses()
        where spans.contains(where: { address($0) && $0[keyPath: range].overlaps(street) }) {
            spans = spans.flatMap { span in
                guard address(span) || cut(span), span[keyPath: range].overlaps(street) else { return [span] }
                return pieces(of: span[keyPath: range], besides: street).map {
                    var piece = span
                    piece[keyPath: range] = $0
                    return piece
                }
            }
        }
        return spans
    }

    /// The parts of `range` before and after `hole`, without the spaces and commas at their edges; a part with
    /// no digit and no capital is the street's own word ("56/3 Le Van Sy street") and no part.
    package func pieces(of range: NSRange, besides hole: NSRange) -> [NSRange] {
        let edges = [
            (range.location, min(NSMaxRange(range), hole.location)),
            (max(range.location, NSMaxRange(hole)), NSMaxRange(range)),
        ]
        return edges.compactMap { edge in
            var (from, to) = edge
            while from < to, [0x20, 0x2C].contains(units[from]) { from += 1 }
            while to > from, [0x20, 0x2C].contains(units[to - 1]) { to -= 1 }
            guard to > from else { return nil }
            let piece = NSRange(location: from, length: to - from)
            return string(piece).contains(where: { $0.isNumber || $0.isUppercase }) ? piece : nil
        }
    }
}
