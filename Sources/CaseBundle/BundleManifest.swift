import Foundation
import Sodium

/// `manifest.txt`: what a bundle holds and the SHA-256 of each of its other files (CaseBundle.md,
/// "The manifest").
public struct BundleManifest: Sendable, Equatable {
    public static let fileName = "manifest.txt"
    public static let signatureFileName = "manifest.sig"
    static let firstLine = "candor-case-bundle 1"
    /// What the exporter signs before the manifest's bytes, so that the signature is of a bundle only.
    public static let signatureContext = Array("candor-case-bundle-v1\n".utf8)

    /// One listed file.
    public struct File: Sendable, Equatable {
        public let path: String
        public let byteCount: UInt64
        public let sha256: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            byteCount = UInt64(bytes.count)
            sha256 = SHA256.hash(bytes)
        }

        init(path: String, byteCount: UInt64, sha256: [UInt8]) {
            self.path = path
            self.byteCount = byteCount
            self.sha256 = sha256
        }
    }

    public let origin: String
    public let caseID: UInt64
    public let exporter: String
    public let tool: String
    public let files: [File]

    /// Whether plaintext files are listed (under `open/`).
    public var isOpen: Bool { files.contains { $0.path.hasPrefix("open/") } }

    /// A manifest of `files` (in any order: they are sorted by path).
    public init(origin: String, caseID: UInt64, exporter: String, tool: String, files: [File]) {
        self.origin = origin
        self.caseID = caseID
        self.exporter = exporter
        self.tool = tool
        self.files = files.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
    }

    /// The file's bytes.
    public var bytes: [UInt8] {
        var text = Self.firstLine + "\n"
        text += "origin \(origin)\ncase \(caseID)\nexporter \(exporter)\ntool \(tool)\nopen \(isOpen ? "yes" : "no")\n"
        for file in files { text += "file \(file.sha256.hexString) \(file.byteCount) \(file.path)\n" }
        return Array(text.utf8)
    }

    /// Parses `manifest.txt` strictly: what ``bytes`` writes, and nothing else.
    public init(parsing bytes: [UInt8]) throws(BundleError) {
        let name = Self.fileName
        var lines = try TextLines(bytes, file: name)
        try lines.expect(Self.firstLine)
        origin = String(try lines.value("origin"))
        caseID = try lines.decimal(try lines.value("case"), "the case id")
        exporter = String(try lines.value("exporter"))
        tool = String(try lines.value("tool"))
        let open = try lines.value("open")
        guard open == "yes" || open == "no" else { throw .mismatch(file: name, reason: "`open` is not yes or no") }
        guard !origin.isEmpty, !exporter.isEmpty, !tool.isEmpty else {
            throw .mismatch(file: name, reason: "an empty origin, exporter or tool")
        }
        var files: [File] = []
        while let line = try lines.optionalValue("file") {
            let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, fields[0].utf8.count == 64,
                let hash = [UInt8](hexString: String(fields[0]), lowercaseOnly: true)
            else { throw .mismatch(file: name, reason: "a `file` line is not: SHA-256, size, path") }
            let size = try lines.decimal(fields[1], "a size")
            let path = String(fields[2])
            guard Self.isValidPath(path), path != Self.fileName, path != Self.signatureFileName else {
                throw .mismatch(file: name, reason: "\"\(path)\" is not a path a bundle may hold")
            }
            if let last = files.last, !Array(last.path.utf8).lexicographicallyPrecedes(Array(path.utf8)) {
                throw .mismatch(file: name, reason: "the files are not sorted by path, or one is listed twice")
            }
            files.append(File(path: path, byteCount: size, sha256: hash))
        }
        guard lines.isAtEnd else { throw .mismatch(file: name, reason: "a line after the files that is not one") }
        self.files = files
        guard isOpen == (open == "yes") else {
            throw .mismatch(file: name, reason: "`open \(open)` does not match the files listed under open/")
        }
    }

    /// A relative path of names of 1 to 255 bytes, none `.` or `..`, with no control character.
    public static func isValidPath(_ path: String) -> Bool {
        let names = path.split(separator: "/", omittingEmptySubsequences: false)
        return !names.isEmpty
            && names.allSatisfy { name in
                !name.isEmpty && name.utf8.count <= 255 && name != "." && name != ".."
                    && name.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
            }
    }

    /// The bytes `manifest.sig` signs.
    public var signedBytes: [UInt8] { Self.signatureContext + bytes }
}
