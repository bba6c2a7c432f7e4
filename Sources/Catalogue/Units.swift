import Foundation

/// The inspectorates that receive reports, and the rules that route a report to them: `units.json`
/// of the catalogue (format `candor-units-v1`, <doc:CatalogueFiles>).
///
/// By default: the 34 provincial inspectorates (Thanh tra tỉnh / thành phố), each receiving its own
/// province, and the Government Inspectorate (Thanh tra Chính phủ), which receives no province of its
/// own. A report goes to the unit of its province and to the national unit; a citizen who fears that
/// the local authority is involved sends it to the national unit only. Both rules are data.
public struct Units: Sendable, Hashable {
    /// One inspectorate.
    public struct Unit: Sendable, Hashable, Codable {
        /// Lowercase ASCII words joined by dashes, like catalogue ids: what Keys/units/ID.unit, the
        /// events and `candor-inspect unit --unit` name.
        public let id: String
        public let vi: String
        public let en: String
        /// The catalogue province ids whose reports it receives under the `@province` step of a route.
        public let provinces: [String]

        public init(id: String, vi: String, en: String, provinces: [String]) {
            self.id = id
            self.vi = vi
            self.en = en
            self.provinces = provinces
        }
    }

    /// Which routing rule applies to a report.
    public enum Route: String, Sendable, Hashable, CaseIterable {
        /// The default: the province's unit, then the others the rule lists.
        case ordinary
        /// The citizen chose "Tôi lo ngại chính quyền / cơ quan địa phương có liên quan".
        case localAuthorityInvolved = "local-authority-involved"
    }

    /// The units, in file order.
    public let units: [Unit]
    /// Each rule's steps: a unit id, or ``provinceStep`` for the unit of the report's province.
    public let routes: [Route: [String]]
    private let positions: [String: Int]
    private let byProvince: [String: Int]

    /// The step of a route that stands for the unit receiving the report's province.
    public static let provinceStep = "@province"
    static let format = "candor-units-v1"
    static let fileName = "units.json"

    /// The unit with this id.
    public subscript(id: String) -> Unit? { positions[id].map { units[$0] } }

    /// The unit that receives reports about `province`, if any.
    public func unit(forProvince province: String) -> Unit? { byProvince[province].map { units[$0] } }

    /// The units a report about `province` goes to under `route`, in the rule's order, each once. The
    /// first is the unit that handles it; a `@province` step for a province no unit receives is skipped.
    public func route(province: String, _ route: Route) -> [Unit] {
        var result: [Unit] = []
        for step in routes[route] ?? [] {
            let unit = step == Self.provinceStep ? unit(forProvince: province) : self[step]
            if let unit, !result.contains(unit) { result.append(unit) }
        }
        return result
    }

    /// Every unit that some route can reach without a province: those named in the rules.
    public var namedInRoutes: Set<String> {
        Set(routes.values.joined().filter { $0 != Self.provinceStep })
    }

    private struct File: Decodable {
        var format: String
        var units: [Unit]
        var routes: [String: [String]]
    }

    /// Parses and checks `units.json`. `provinces` are the catalogue's province ids; `name` is only for
    /// messages.
    ///
    /// Refused: bad JSON, another format, no unit, a malformed or duplicate id, an empty label, an
    /// unknown province, a province two units receive, a route rule other than `ordinary` and
    /// `local-authority-involved` (both required), a rule with no step, and a step that is neither
    /// `@province` nor a unit id.
    public init(json: Data, provinces: Set<String>, name: String) throws(CatalogueError) {
        func fail(_ reason: String) -> CatalogueError { .malformed(file: name, reason: reason) }
        let file = try CatalogList.decode(File.self, from: json, fail)
        guard file.format == Self.format else { throw fail("\"format\" must be \"\(Self.format)\"") }
        guard !file.units.isEmpty else { throw fail("no units") }
        var positions: [String: Int] = [:]
        var byProvince: [String: Int] = [:]
        for (index, unit) in file.units.enumerated() {
            guard CatalogEntry.isWellFormedID(unit.id) else {
                throw fail("bad unit id \"\(unit.id)\": use lowercase ASCII words joined by dashes")
            }
            guard positions.updateValue(index, forKey: unit.id) == nil else {
                throw fail("duplicate unit id \"\(unit.id)\"")
            }
            try CatalogList.checkLabels(vi: unit.vi, en: unit.en, of: unit.id, fail)
            for province in unit.provinces {
                guard provinces.contains(province) else {
                    throw fail("unit \(unit.id) receives \"\(province)\", which is not a province of the catalogue")
                }
                if let other = byProvince.updateValue(index, forKey: province) {
                    throw fail("units \(file.units[other].id) and \(unit.id) both receive \(province)")
                }
            }
        }
        var routes: [Route: [String]] = [:]
        for (key, steps) in file.routes {
            guard let route = Route(rawValue: key) else {
                throw fail("unknown route \"\(key)\": the routes are \"ordinary\" and \"local-authority-involved\"")
            }
            guard !steps.isEmpty else { throw fail("the route \(key) has no unit") }
            for step in steps where step != Self.provinceStep && positions[step] == nil {
                throw fail("the route \(key) names \"\(step)\", which is neither @province nor a unit id")
            }
            routes[route] = steps
        }
        for route in Route.allCases where routes[route] == nil {
            throw fail("the route \"\(route.rawValue)\" is missing")
        }
        self.units = file.units
        self.routes = routes
        self.positions = positions
        self.byProvince = byProvince
    }
}
