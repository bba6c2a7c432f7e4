import Casework
import Catalogue
import Foundation
import HTTP
import Outcomes
import Web

/// The filters and page of the outcomes list, from its GET form's query.
///
/// Each filter is optional (empty means all). Ids must be in the catalogue, the agency is matched as a
/// substring ignoring case and diacritics (đ counts as d), and the page is a number from 1: anything
/// else is a 400, never a crash or a silent guess.
struct OutcomeQuery: Equatable {
    var province = ""
    var agency = ""
    var procedure = ""
    var kind = ""
    var outcome = ""
    var page = 1

    static let maximumPage = 100_000

    init() {}

    init(items: [(String, String)], catalog: Catalog) throws(HTTPError) {
        var seen: Set<String> = []
        for (name, rawValue) in items {
            let value = rawValue.trimmingCharacters(in: .whitespaces)
            if ["province", "agency", "procedure", "kind", "outcome", "page"].contains(name),
                !seen.insert(name).inserted
            {
                throw .badRequest("\(name) is given twice")
            }
            func id(in list: CatalogList) throws(HTTPError) -> String {
                guard value.isEmpty || list.contains(value) else { throw .badRequest("unknown \(name)") }
                return value
            }
            switch name {
            case "province": province = try id(in: catalog.provinces)
            case "procedure": procedure = try id(in: catalog.procedures)
            case "kind": kind = try id(in: catalog.misconductKinds)
            case "outcome": outcome = try id(in: catalog.outcomes)
            case "agency":
                guard value.count <= PublicOutcome.maximumAgencyLength,
                    !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
                else { throw .badRequest("bad agency") }
                agency = value
            case "page":
                guard !value.isEmpty else { continue }
                guard value.allSatisfy(\.isASCII), let number = Int(value), (1...Self.maximumPage).contains(number)
                else { throw .badRequest("bad page") }
                page = number
            default:
                // Unknown names (a tracker's, say) are ignored rather than refused.
                continue
            }
        }
    }

    /// Folds text for the agency match: lowercase, no diacritics, đ as d.
    static func fold(_ text: String) -> String {
        text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// A predicate for these filters (the agency needle is folded once).
    func matcher() -> (PublicOutcome) -> Bool {
        let needle = Self.fold(agency)
        return { [self] o in
            (province.isEmpty || o.province == province) && (procedure.isEmpty || o.procedure == procedure)
                && (kind.isEmpty || o.kinds.contains(kind)) && (outcome.isEmpty || o.outcome == outcome)
                && (needle.isEmpty || Self.fold(o.agency).contains(needle))
        }
    }

    var isFiltered: Bool { !(province + agency + procedure + kind + outcome).isEmpty }

    /// The query string of these filters on page `page` ("" when there is nothing to say), percent-encoded.
    func queryString(page: Int) -> String {
        var pairs: [(String, String)] = [
            ("province", province), ("agency", agency), ("procedure", procedure), ("kind", kind), ("outcome", outcome),
        ]
        if page > 1 { pairs.append(("page", String(page))) }
        let encoded = pairs.filter { !$0.1.isEmpty }.map { "\($0.0)=\(Self.percentEncode($0.1))" }
        return encoded.isEmpty ? "" : "?" + encoded.joined(separator: "&")
    }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func percentEncode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
