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
        return try ChildProcess.run(nm, [try BuiltProducts.path(binary)]).stdout
    }

    @Test func candorServerHasNoCaseBookAndCandorInspectDoes() throws {
        // Swift mangles module names into every symbol: 6Triage is the Triage module.
        let server = try symbols("candor-server")
        #expect(!server.contains("6Triage"), "candor-server links the Triage module")
        #expect(!server.contains("8CaseBook"))
        #expect(try symbols("candor-inspect").contains("6Triage8CaseBook"))
    }

    /// The fault-injecting file system is a test double (LedgerTesting), not part of the service.
    @Test func candorServerHasNoFaultInjectingFileSystem() throws {
        #expect(!(try symbols("candor-server")).contains("24FaultInjectingFileSystem"))
        #expect(try symbols("candor-bench").contains("13LedgerTesting24FaultInjectingFileSystem"))
    }
}
