import Casework
import Catalogue

/// A case's units, computed from what is in clear (Events.md, "Actions"), the same way by the server
/// and by the inspectors' tool.
extension Inspectorates {
    /// Every route a report can take in this deployment (each province's under each rule, and a
    /// province-less one), as its ordered units, keyed by its set: one unit set always comes in one
    /// order. Empty for a flat `Keys/`. Compute it once and pass it to ``caseUnits(reportRecipients:transfers:routes:)``.
    public func possibleRoutes() -> [Set<String>: [String]] {
        guard !isFlat else { return [:] }
        var routes: [Set<String>: [String]] = [:]
        for province in catalog.units.flatMap(\.provinces) + [""] {
            for rule in Units.Route.allCases {
                let route = route(province: province, rule)
                if !route.isEmpty, routes[Set(route)] == nil { routes[Set(route)] = route }
            }
        }
        return routes
    }

    /// The units of a case (empty for a flat `Keys/`): those among its report envelope's recipients
    /// (any epoch), in the order of the route they form, then each transfer's target not already
    /// among them. A report sealed to no unit (before the deployment had units) belongs to the units
    /// the routing rules name whatever the province (the national unit).
    ///
    /// The unit that handles the case is the last transfer's target, or else the first of these.
    public func caseUnits(
        reportRecipients: [[UInt8]], transfers: [String] = [], routes: [Set<String>: [String]]
    ) -> [String] {
        guard !isFlat else { return [] }
        var result = units(ofRecipients: reportRecipients)
        if result.isEmpty {
            result = catalog.namedInRoutes.filter { units[$0] != nil }.sorted()
        } else if let ordered = routes[Set(result)] {
            result = ordered
        }
        for unit in transfers where !result.contains(unit) { result.append(unit) }
        return result
    }
}
