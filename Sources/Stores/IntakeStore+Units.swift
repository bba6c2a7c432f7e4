import Casework
import Catalogue
import Deployment

/// Which units a case belongs to, who may read and act on it, and which unit handles it.
///
/// A case's units are the units whose epoch keys (any epoch) its report envelope is sealed to, in
/// their route's order, then every unit a transfer named (Events.md, "Actions"). They are read from
/// what is in clear, so the intake needs no key to know them. In a flat `Keys/` a case has no unit:
/// every inspector reads and acts on every case.
extension IntakeStore {
    /// Whether `inspector` may read the records of the case under `caseTag` (the inspectors' sync asks
    /// for each record): always in a flat `Keys/`; otherwise when their unit is among the case's units
    /// now. Answered from memory after a case's first question; a case that does not exist is not
    /// readable.
    public func mayRead(_ inspector: String, caseTag: CaseTag) -> Bool {
        guard !inspectorates.isFlat else { return true }
        guard let unit = inspectorates.unit(of: inspector) else { return false }
        return caseUnits.contains(unit, caseTag: caseTag) { (try? caseState(caseTag))??.units }
    }

    /// The unit that handles the case under `tag` (the last transfer's target, or the first unit of its
    /// route), for the citizen's status page; nil in a flat `Keys/` and for no such case.
    public func handlingUnit(of tag: CaseTag) throws(StoreError) -> Units.Unit? {
        guard !inspectorates.isFlat, let state = try caseState(tag), let id = state.handlingUnit else { return nil }
        return inspectorates.catalog[id]
    }

    /// The units a report envelope's recipients make a case's, in the order of their route
    /// (``/Casework/Inspectorates/caseUnits(reportRecipients:transfers:routes:)``).
    func units(ofReport envelope: Envelope) -> [String] {
        inspectorates.caseUnits(reportRecipients: envelope.recipientKeyIDs, routes: routeOrder)
    }

    /// The recipient key ids (reply key aside) of a pre-sealed report of each possible route; in a flat
    /// `Keys/`, the one set of every inspector's key id.
    static func possibleRouteKeyIDs(_ inspectorates: Inspectorates, _ routes: [Set<String>: [String]]) -> [Set<[UInt8]>]
    {
        guard !inspectorates.isFlat else { return [Set(inspectorates.inspectors.inspectors.map(\.keyID))] }
        return routes.values.map { Set(inspectorates.sealingKeys(forUnits: $0).map(Envelope.keyID(of:))) }
    }
}
