import Casework
import Deployment

extension CaseBook {
    /// The units that hold a case (Events.md, "Actions"), as the intake counts them: the units among
    /// its report's recipients, any epoch, in the report's order, then each unit a valid transfer
    /// named. A report sealed before the deployment had units belongs to the deployed units the routing
    /// rules name whatever the province (the national unit). Empty in a flat `Keys/`.
    public func units(of item: Case, in inspectorates: Inspectorates) -> [String] {
        guard !inspectorates.isFlat, let report = envelope(record: item.id) else { return [] }
        var units = inspectorates.units(ofRecipients: report.recipientKeyIDs)
        if units.isEmpty {
            units = inspectorates.catalog.namedInRoutes.filter { inspectorates.units[$0] != nil }.sorted()
        }
        for event in item.events where event.verdict == .valid && event.event.action == .transfer {
            if let unit = event.event.unit, !units.contains(unit) { units.append(unit) }
        }
        return units
    }
}
