import Casework
import Deployment

extension CaseBook {
    /// The units that hold a case (Events.md, "Actions"), as the intake counts them (`Inspectorates.caseUnits`): the units among
    /// its report's recipients, any epoch, in their route's order, then each unit a valid transfer
    /// named (for a case opened from feedback, the feedback's recipients). A report sealed before the deployment had units belongs to the deployed units the routing
    /// rules name whatever the province (the national unit). Empty in a flat `Keys/`.
    public func units(of item: Case, in inspectorates: Inspectorates) -> [String] {
        guard !inspectorates.isFlat, let report = envelope(record: item.feedbackRecord ?? item.id) else { return [] }
        let transfers = item.events.compactMap { event in
            event.verdict == .valid && event.event.action == .transfer ? event.event.unit : nil
        }
        return inspectorates.caseUnits(
            reportRecipients: report.recipientKeyIDs, transfers: transfers, routes: inspectorates.possibleRoutes())
    }
}
