import Casework
import Catalogue
import Deployment
import Foundation
import Keys
import System

/// A Keys/ folder as the `unit` commands see it: its inspectors and each unit file read on its own, so
/// that a deployment still being set up (the national unit not made yet) can be worked on.
struct UnitDeployment {
    let keysDirectory: String
    let inspectors: InspectorKeys
    /// The unit files of `Keys/units/`, by unit id.
    let files: [String: UnitKeyFile]

    init(keysDirectory: String) throws(InspectionError) {
        self.keysDirectory = keysDirectory
        do {
            inspectors = try InspectorKeys(directory: keysDirectory)
        } catch {
            throw .inspectorKeys(error)
        }
        var files: [String: UnitKeyFile] = [:]
        let folder = Self.folder(keysDirectory)
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        where name.hasSuffix("." + UnitKeyFile.fileExtension) {
            do {
                let file = try UnitKeyFile(path: (folder as NSString).appendingPathComponent(name))
                files[file.unit] = file
            } catch {
                throw .inspectorKeys(error)
            }
        }
        self.files = files
    }

    static func folder(_ keysDirectory: String) -> String {
        (keysDirectory as NSString).appendingPathComponent(UnitKeyFile.folderName)
    }

    /// Where unit `id`'s file is deployed.
    func path(of unit: String) -> String {
        (Self.folder(keysDirectory) as NSString).appendingPathComponent(unit + "." + UnitKeyFile.fileExtension)
    }

    /// The current key of inspector `name`, who must have a `Keys/NAME.pub`.
    func inspector(_ name: String) throws(InspectionError) -> InspectorKey {
        guard let key = inspectors.inspectors.first(where: { $0.name == name }) else {
            throw .usage(
                "\(name) has no \((keysDirectory as NSString).appendingPathComponent(name + ".pub")): add their "
                    + "public line first (`candor-inspect keygen` prints it; see Keys/README.md)")
        }
        return key
    }

    /// The unit of inspector `name`, if any.
    func unit(of name: String) -> String? {
        files.values.first { $0.member(name) != nil }?.unit
    }

    /// Refuses `name` when they are a member of another unit than `unit`: an inspector belongs to one.
    func checkNotInAnotherUnit(_ name: String, than id: String) throws(InspectionError) {
        if let other = unit(of: name), other != id {
            throw .usage(
                "\(name) is a member of unit \(other) (\(path(of: other))): an inspector belongs to one unit; "
                    + "remove them there first (`candor-inspect unit remove-member --unit \(other) \(name)`)")
        }
    }

    /// Whether the whole deployment, with `file` in place, is one candor-server accepts; nil when it is.
    func problem(with file: UnitKeyFile, catalog: Units) -> String? {
        var all = files
        all[file.unit] = file
        do {
            _ = try Inspectorates(
                inspectors: inspectors, units: all.values.sorted { $0.unit < $1.unit }, catalog: catalog,
                path: Self.folder(keysDirectory))
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// Writes `file` to `path` atomically (a crash leaves the old file or the new one), mode 0644: it holds
    /// public keys and sealed copies only.
    static func write(_ file: UnitKeyFile, to path: String) throws(InspectionError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .io(path: folder, reason: "cannot create the folder (\(error.localizedDescription))")
            }
        }
        do {
            try AtomicFile.write(Array(file.text.utf8), to: path, permissions: 0o644)
        } catch {
            throw .io(path: path, reason: "\(error.operation) failed: \(error.message)")
        }
    }
}
