import Casework

extension CaseBook {
    /// The units that hold a case (KeyFiles.md, "Routing"): the units among its report's recipients, any
    /// epoch, in the report's order (the first handles it). Empty in a flat `Keys/`, and for a report
    /// sealed before the deployment had units.
    public func units(of item: Case, in inspectorates: Inspectorates) -> [String] {
        guard let report = envelope(record: item.id) else { return [] }
        return inspectorates.units(ofRecipients: report.recipientKeyIDs)
    }
}
