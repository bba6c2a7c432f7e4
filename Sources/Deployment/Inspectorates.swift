import Casework
import Catalogue
import Foundation
import Sodium

/// Who receives a deployment's reports: its inspectors (`Keys/NAME.pub`) and, when `Keys/units/` holds
/// unit files, the units they belong to (KeyFiles.md, "Unit keys").
///
/// - **Units.** A report is sealed once per unit its route reaches (the unit's current epoch key),
///   whatever the unit's size; an inspector acts only on the cases of their own unit.
/// - **Flat.** A `Keys/` folder with no unit file is one unit that receives everything: every report
///   is sealed to every inspector, and every inspector acts on every case, as before units existed.
public struct Inspectorates: Sendable {
    public let inspectors: InspectorKeys
    /// The deployed units by id; empty for a flat `Keys/`.
    public let units: [String: UnitKeyFile]
    /// The catalogue's units and routing rules.
    public let catalog: Units
    /// Each member's unit.
    private let unitOfMember: [String: String]
    /// Each epoch key id's unit.
    private let unitOfKeyID: [[UInt8]: String]

    /// Whether `Keys/` is flat: no unit file, one implicit unit that receives everything.
    public var isFlat: Bool { units.isEmpty }

    /// Reads the inspectors of `keysDirectory` and the unit files of its `units/` folder, if any.
    ///
    /// Refused, each with what to do: a unit the catalogue does not know; a member who is not a current
    /// inspector, or whose copy is sealed to another key than their `NAME.pub` (the key ids differ); a
    /// member listed in two units; a unit with no current epoch; a route rule that names a unit with no
    /// unit file; a province whose reports would reach no deployed unit; and everything
    /// ``UnitKeyFile`` refuses.
    public init(keysDirectory: String, catalog: Units) throws(CaseworkError) {
        let inspectors = try InspectorKeys(directory: keysDirectory)
        let folder = (keysDirectory as NSString).appendingPathComponent(UnitKeyFile.folderName)
        var files: [UnitKeyFile] = []
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder)
            } catch {
                throw .io(path: folder, reason: "cannot list the units folder (\(error.localizedDescription))")
            }
            for name in names.sorted() where name.hasSuffix("." + UnitKeyFile.fileExtension) {
                files.append(try UnitKeyFile(path: (folder as NSString).appendingPathComponent(name)))
            }
        }
        try self.init(inspectors: inspectors, units: files, catalog: catalog, path: folder)
    }

    /// Inspectors and units in memory; `path` is only for messages.
    public init(inspectors: InspectorKeys, units files: [UnitKeyFile], catalog: Units, path: String = "Keys/units")
        throws(CaseworkError)
    {
        func fail(_ file: String, _ reason: String) -> CaseworkError { .malformedKeyFile(path: file, reason: reason) }
        var units: [String: UnitKeyFile] = [:]
        var unitOfMember: [String: String] = [:]
        var unitOfKeyID: [[UInt8]: String] = [:]
        for file in files {
            let path = (path as NSString).appendingPathComponent(file.unit + "." + UnitKeyFile.fileExtension)
            guard catalog[file.unit] != nil else {
                throw fail(path, "the catalogue has no unit \"\(file.unit)\" (its units.json lists the unit ids)")
            }
            guard units.updateValue(file, forKey: file.unit) == nil else { throw fail(path, "unit \(file.unit) twice") }
            for member in file.members {
                guard let inspector = inspectors.inspectors.first(where: { $0.name == member.name }) else {
                    throw fail(
                        path,
                        "member \(member.name) is not a current inspector: add Keys/\(member.name).pub or remove them")
                }
                guard inspector.keyID == member.keyID else {
                    throw fail(
                        path,
                        "the keys of member \(member.name) are sealed to key id \(member.keyID.hexString), not to their key in "
                            + "Keys/\(member.name).pub (\(inspector.keyID.hexString)): run `candor-inspect unit add-member "
                            + "--unit \(file.unit) \(member.name)` again")
                }
                if let other = unitOfMember.updateValue(file.unit, forKey: member.name) {
                    throw fail(
                        path,
                        "\(member.name) is a member of both \(other) and \(file.unit): an inspector belongs to one unit"
                    )
                }
            }
            for epoch in file.epochs {
                if let other = unitOfKeyID.updateValue(file.unit, forKey: epoch.keyID), other != file.unit {
                    throw fail(path, "units \(other) and \(file.unit) share an epoch key")
                }
            }
        }
        if !units.isEmpty {
            for id in catalog.namedInRoutes.sorted() where units[id] == nil {
                throw fail(
                    (path as NSString).appendingPathComponent(id + "." + UnitKeyFile.fileExtension),
                    "the routing rules send reports to unit \(id), which has no unit file: create it with "
                        + "`candor-inspect unit create --unit \(id)`")
            }
        }
        self.inspectors = inspectors
        self.units = units
        self.catalog = catalog
        self.unitOfMember = unitOfMember
        self.unitOfKeyID = unitOfKeyID
        if !units.isEmpty {
            for province in catalog.units.flatMap(\.provinces) {
                for route in Units.Route.allCases where self.route(province: province, route).isEmpty {
                    throw fail(
                        path,
                        "reports about \(province) (route \(route.rawValue)) would reach no deployed unit: deploy its unit "
                            + "file or name a deployed unit in the routing rules")
                }
            }
        }
    }

    /// The deployed units a report about `province` goes to, in the rule's order (the first handles
    /// it); empty for a flat `Keys/`.
    public func route(province: String, _ route: Units.Route) -> [String] {
        catalog.route(province: province, route).map(\.id).filter { units[$0] != nil }
    }

    /// The keys a citizen's record or an inspector's event of a case held by `caseUnits` is sealed to
    /// (besides the citizen's reply key): each unit's current epoch key, or, for a flat `Keys/`, every
    /// inspector's key.
    public func sealingKeys(forUnits caseUnits: [String]) -> [SealedBox.PublicKey] {
        guard !isFlat else { return inspectors.sealingKeys }
        return caseUnits.compactMap { units[$0]?.currentEpoch.sealingKey }
    }

    /// The unit of `inspector`, if they are a member of one.
    public func unit(of inspector: String) -> String? { unitOfMember[inspector] }

    /// The unit whose epoch key (any epoch) has this key id.
    public func unit(keyID: [UInt8]) -> String? { unitOfKeyID[keyID] }

    /// The units among an envelope's recipients, in their order, each once.
    public func units(ofRecipients keyIDs: [[UInt8]]) -> [String] {
        var result: [String] = []
        for id in keyIDs {
            if let unit = unitOfKeyID[id], !result.contains(unit) { result.append(unit) }
        }
        return result
    }

    /// Whether `inspector` may act on a case held by `caseUnits` (routed or transferred to): always in
    /// a flat `Keys/`; otherwise when they are a member of one of them.
    public func mayAct(_ inspector: String, onCaseOf caseUnits: some Sequence<String>) -> Bool {
        guard !isFlat else { return true }
        guard let unit = unitOfMember[inspector] else { return false }
        return caseUnits.contains(unit)
    }
}
