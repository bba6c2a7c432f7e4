import Catalogue

/// Which version carries which clear field (Events.md): a transfer's unit in version 3, an opening's
/// feedback record in version 4.
extension InspectorEvent {
    /// What is wrong with an event's unit, or nil: a transfer names a well-formed unit id and is of
    /// version 3; no other action names a unit.
    static func unitProblem(version: UInt8, action: Action, unit: String?) -> String? {
        guard action == .transfer else {
            return unit == nil ? nil : "only a transfer names a unit"
        }
        guard version == unitVersion else { return "a transfer is an event of version 3" }
        guard let unit, !unit.isEmpty else { return "a transfer names the unit it hands the case to" }
        guard unit.utf8.count <= maximumUnitByteCount, CatalogEntry.isWellFormedID(unit) else {
            return "\"\(unit)\" is not a unit id (lowercase ASCII words joined by dashes)"
        }
        return nil
    }

    /// What is wrong with an event's feedback record, or nil: an opening is of version 4 and names its
    /// record; no other action is of version 4.
    static func feedbackProblem(version: UInt8, action: Action, feedbackRecord: UInt64?) -> String? {
        guard action == .open else {
            return version == feedbackVersion || feedbackRecord != nil
                ? "only an opening from feedback is of version 4 and names a feedback record" : nil
        }
        guard version == feedbackVersion, feedbackRecord != nil else {
            return "an opening from feedback is an event of version 4 and names its feedback record"
        }
        return nil
    }
}
