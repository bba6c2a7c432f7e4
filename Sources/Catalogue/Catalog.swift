import Foundation

/// The domain's fixed lists: provinces, procedures, kinds of misconduct and outcomes.
///
/// The catalogue is data, one JSON file per list, so that a deployment can correct a label or add a
/// procedure without a new build. ``bundled()`` reads the files shipped in the module's resources;
/// ``init(directory:)`` reads a deployment's own copy. The file format is in <doc:CatalogueFiles>.
public struct Catalog: Sendable, Hashable {
    /// The lists, each in its own file `<rawValue>.json`.
    public enum Kind: String, Sendable, CaseIterable {
        case provinces
        case procedures
        case misconduct
        case outcomes
        /// Kinds of agency a citizen visits, for service feedback (optional in a deployment's folder).
        case agencies

        /// The file name in a catalogue folder.
        public var fileName: String { rawValue + ".json" }
    }

    /// The 34 provincial units in force since 1 July 2025: 6 centrally-run cities (group `city`) and
    /// 28 provinces (group `province`).
    public let provinces: CatalogList
    /// Administrative procedures, ending with `khac` (other).
    public let procedures: CatalogList
    /// Kinds of misconduct, ending with `khac` (other).
    public let misconductKinds: CatalogList
    /// Outcomes of a case: discipline of cadres (group `cadre`) and of civil servants (group
    /// `civil-servant`) under Decree 172/2025, and the other results (group `other`).
    public let outcomes: CatalogList
    /// The inspectorates and the routing rules (`units.json`, ``Units``).
    public let units: Units
    /// Kinds of agency a citizen rates in service feedback (with the province, they name the office),
    /// ending with `khac` (other).
    public let agencies: CatalogList

    /// Reads `provinces.json`, `procedures.json`, `misconduct.json`, `outcomes.json` and `units.json`
    /// from `directory`.
    ///
    /// Throws ``CatalogueError/missing(path:)`` for a missing file and
    /// ``CatalogueError/malformed(file:reason:)`` for one that is not a valid catalogue list.
    public init(directory: String) throws(CatalogueError) {
        func load(_ kind: Kind) throws(CatalogueError) -> CatalogList {
            let path = (directory as NSString).appendingPathComponent(kind.fileName)
            guard let data = FileManager.default.contents(atPath: path) else { throw .missing(path: path) }
            return try CatalogList(json: data, kind: kind, name: path)
        }
        provinces = try load(.provinces)
        procedures = try load(.procedures)
        misconductKinds = try load(.misconduct)
        outcomes = try load(.outcomes)
        let unitsPath = (directory as NSString).appendingPathComponent(Units.fileName)
        guard let unitsData = FileManager.default.contents(atPath: unitsPath) else {
            throw .missing(path: unitsPath)
        }
        units = try Units(json: unitsData, provinces: Set(provinces.ids), name: unitsPath)
        // Optional, so that a deployment's folder made before service feedback still loads: the shipped
        // list stands in for it.
        let agenciesPath = (directory as NSString).appendingPathComponent(Kind.agencies.fileName)
        let fallback = Self.bundledDirectory.map { ($0 as NSString).appendingPathComponent(Kind.agencies.fileName) }
        if let data = FileManager.default.contents(atPath: agenciesPath) {
            agencies = try CatalogList(json: data, kind: .agencies, name: agenciesPath)
        } else if let fallback, let data = FileManager.default.contents(atPath: fallback) {
            agencies = try CatalogList(json: data, kind: .agencies, name: fallback)
        } else {
            throw .missing(path: agenciesPath)
        }
    }

    /// The catalogue shipped with the module, in its resource bundle (`Catalog/`).
    ///
    /// The files are read on every call; keep the result. A server installed without the resource
    /// bundle should use ``init(directory:)`` instead.
    public static func bundled() throws(CatalogueError) -> Catalog {
        guard let directory = bundledDirectory else {
            throw .missing(path: expectedBundledDirectory)
        }
        return try Catalog(directory: directory)
    }

    /// The environment variable that names a deployment's catalogue folder when `--catalog` does not.
    public static let environmentVariable = "CANDOR_CATALOG"

    /// The deployment's catalogue: the folder `directory` (a tool's `--catalog DIR`), else the one
    /// `CANDOR_CATALOG` names, else the shipped one. The server and the inspectors' tool read the same
    /// folder, so that both route a report to the same units.
    public static func deployment(directory: String? = nil) throws(CatalogueError) -> Catalog {
        let environment = ProcessInfo.processInfo.environment[environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
        guard let folder = directory ?? environment else { return try bundled() }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .missing(path: folder)
        }
        return try Catalog(directory: folder)
    }

    /// Where the shipped catalogue files are, to copy them as a starting point for a deployment's own.
    public static var bundledDirectory: String? {
        Bundle.module.url(forResource: "Catalog", withExtension: nil)?.path
    }

    /// Where the shipped catalogue should be, for a message when ``bundledDirectory`` is missing.
    public static var expectedBundledDirectory: String { Bundle.module.bundlePath + "/Catalog" }

    /// The list of a kind.
    public subscript(kind: Kind) -> CatalogList {
        switch kind {
        case .provinces: provinces
        case .procedures: procedures
        case .misconduct: misconductKinds
        case .outcomes: outcomes
        case .agencies: agencies
        }
    }

    public func isValidProvince(_ id: String) -> Bool { provinces.contains(id) }
    public func isValidProcedure(_ id: String) -> Bool { procedures.contains(id) }
    public func isValidMisconductKind(_ id: String) -> Bool { misconductKinds.contains(id) }
    public func isValidOutcome(_ id: String) -> Bool { outcomes.contains(id) }
    public func isValidAgency(_ id: String) -> Bool { agencies.contains(id) }
}
