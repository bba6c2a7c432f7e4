import Foundation
import Testing

/// The package's shape, read from the source tree: the layers Package.swift lists, lowest first, and
/// the modules under Sources/. A module imports only modules listed before it, and none is over
/// ``maximumLineCount`` lines, so a new engineer can trust the list to say where a change goes.
@Suite("Architecture: layers only import downwards, modules stay small")
struct LayeringTests {
    static let maximumLineCount = 3_000

    /// The package root: this file is Tests/ArchitectureTests/LayeringTests.swift.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The module names of Package.swift's layer comment, in order (names on one line left to right).
    static func layers() throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        var names: [String] = []
        var inList = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("//") else {
                if inList { break }
                continue
            }
            let body = line.dropFirst(2)
            // A layer line: three spaces, then names separated by ", ", then two spaces or more.
            guard body.hasPrefix("   "), let first = body.dropFirst(3).first, first.isUppercase else {
                continue
            }
            inList = true
            let namesPart = body.dropFirst(3).components(separatedBy: "  ").first ?? ""
            names += namesPart.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return names
    }

    /// The library modules under Sources/ (executables, named candor-*, and C module maps left out).
    static func modules() throws -> [String] {
        let sources = root.appendingPathComponent("Sources").path
        return try FileManager.default.contentsOfDirectory(atPath: sources).filter {
            !$0.hasPrefix("candor-") && !$0.hasPrefix(".")
                && !FileManager.default.fileExists(atPath: "\(sources)/\($0)/module.modulemap")
        }.sorted()
    }

    static func swiftFiles(of module: String) throws -> [URL] {
        let folder = root.appendingPathComponent("Sources/" + module)
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
    }

    @Test func everyModuleIsAListedLayer() throws {
        let layers = try Self.layers()
        #expect(layers.count > 10, "the layer list in Package.swift was not found")
        let modules = try Self.modules()
        #expect(modules.contains("Casework") && !modules.contains("CSodium"))
        for module in modules {
            #expect(layers.contains(module), "Sources/\(module) is not in Package.swift's list of layers")
        }
    }

    @Test func modulesImportOnlyLowerLayers() throws {
        let layers = try Self.layers()
        for module in try Self.modules() {
            guard let level = layers.firstIndex(of: module) else { continue }
            for file in try Self.swiftFiles(of: module) {
                let text = try String(contentsOf: file, encoding: .utf8)
                for line in text.split(separator: "\n") where line.hasPrefix("import ") {
                    let imported = String(line.dropFirst("import ".count)).trimmingCharacters(in: .whitespaces)
                    guard let importedLevel = layers.firstIndex(of: imported) else { continue }
                    #expect(
                        importedLevel < level,
                        "\(module)/\(file.lastPathComponent) imports \(imported), which is not below it")
                }
            }
        }
    }

    @Test func noModuleIsOverThreeThousandLines() throws {
        for module in try Self.modules() {
            let lines = try Self.swiftFiles(of: module).map { try String(contentsOf: $0, encoding: .utf8) }
                .reduce(0) { $0 + $1.utf8.count { $0 == UInt8(ascii: "\n") } }
            #expect(lines <= Self.maximumLineCount, "Sources/\(module) has \(lines) lines")
        }
    }
}
