import Foundation
import TestSupport
import Testing

/// DESIGN.md: "The server binary contains no code path that opens a report." The code that opens cases
/// (the Triage module: CaseBook, OutcomeDraft) is linked into candor-inspect only.
@Suite("Binaries: the server links no report-opening code")
struct BinarySeparationTests {
    func symbols(_ binary: String) throws -> String {
        let nm = "/usr/bin/nm"
        try #require(FileManager.default.isExecutableFile(atPath: nm), "binutils' nm is needed")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: nm)
        process.arguments = [try BuiltProducts.path(binary)]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func candorServerHasNoCaseBookAndCandorInspectDoes() throws {
        // Swift mangles module names into every symbol: 6Triage is the Triage module.
        let server = try symbols("candor-server")
        #expect(!server.contains("6Triage"), "candor-server links the Triage module")
        #expect(!server.contains("8CaseBook"))
        #expect(try symbols("candor-inspect").contains("6Triage8CaseBook"))
    }
}
