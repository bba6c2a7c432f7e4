import Foundation
import TestSupport
import Testing

/// DESIGN.md: "The server binary contains no code path that opens a report." Each executable links only
/// the modules it needs (Package.swift lists the layers); this reads the built binaries' symbols.
///
/// Swift mangles a symbol's module into its name: a symbol of module M starts `$s` + M's length + M
/// (`$s6Triage…`), and a member that M adds in an extension of another module's type carries M's name
/// followed by `E` (`$s4Keys7KeyFileO9UnlockingE4open…`). A binary that carries any code of M has one.
@Suite("Binaries: each executable links only what it needs")
struct BinarySeparationTests {
    func symbols(_ binary: String) throws -> String {
        let nm = "/usr/bin/nm"
        try #require(FileManager.default.isExecutableFile(atPath: nm), "binutils' nm is needed")
        return try ChildProcess.run(nm, [try BuiltProducts.path(binary)]).stdout
    }

    /// Whether `symbols` has a symbol defined by `module`, at the top level or in an extension.
    func carries(_ symbols: String, _ module: String) -> Bool {
        let name = "\(module.utf8.count)\(module)"
        return symbols.contains("$s" + name) || symbols.contains(name + "E")
    }

    @Test func candorServerCarriesNoInspectorCode() throws {
        let server = try symbols("candor-server")
        // Opening reports, the sanitizer (and its name finding), sync and signed requests, reading a private key file.
        for module in ["Triage", "Sanitization", "NameFinding", "Mirroring", "Unlocking", "LedgerTesting"] {
            #expect(!carries(server, module), "candor-server links the \(module) module")
        }
        #expect(!server.contains("8CaseBook"))
        #expect(!server.contains("13RequestSigner"))
        // It does write the demo key files (Demo, and Keys' writing half) and serves the sites.
        #expect(carries(server, "Demo"))
        #expect(carries(server, "Web"))
    }

    @Test func candorAuditCarriesNoPrivateKeyCode() throws {
        let audit = try symbols("candor-audit")
        for module in [
            "Keys", "Unlocking", "Demo", "Mirroring", "Triage", "Sanitization", "NameFinding", "LedgerTesting",
        ] {
            #expect(!carries(audit, module), "candor-audit links the \(module) module")
        }
        #expect(carries(audit, "API"))
        #expect(carries(audit, "Transparency"))
    }

    @Test func candorInspectCarriesTriageAndNoTestCode() throws {
        let inspect = try symbols("candor-inspect")
        #expect(inspect.contains("6Triage8CaseBook"))
        #expect(carries(inspect, "Unlocking"))
        #expect(!carries(inspect, "LedgerTesting"))
    }

    /// The fault-injecting file system is a test double (LedgerTesting), not part of the service.
    @Test func candorServerHasNoFaultInjectingFileSystem() throws {
        #expect(!(try symbols("candor-server")).contains("24FaultInjectingFileSystem"))
        #expect(try symbols("candor-bench").contains("13LedgerTesting24FaultInjectingFileSystem"))
    }
}
