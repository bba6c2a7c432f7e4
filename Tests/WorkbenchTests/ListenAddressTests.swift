import Foundation
import TestSupport
import Testing
import Workbench

@Suite("Workbench: it listens on loopback only")
struct ListenAddressTests {
    @Test(arguments: ["127.0.0.1:8090", "localhost:0", "[::1]:9000", "127.1.2.3:80"])
    func loopbackAddressesAreTaken(_ text: String) throws {
        let address = try ListenAddress(text)
        #expect(address.host == "::1" || address.host.hasPrefix("127."))
    }

    @Test(arguments: ["0.0.0.0:8090", "192.168.1.5:8090", "[::]:8090", "example.org:80", "10.0.0.1:1", "127.0.0.1"])
    func otherAddressesAreRefused(_ text: String) {
        #expect(throws: WorkbenchError.self) { try ListenAddress(text) }
    }

    /// `candor-inspect serve --listen 0.0.0.0:…` is a usage error, exit 2, before anything listens.
    @Test func theCommandRefusesANonLoopbackAddress() throws {
        let folder = TemporaryDirectory()
        let run = try ChildProcess.run(
            try BuiltProducts.path("candor-inspect"),
            ["serve", "--key", "nobody.candor-key", "--listen", "0.0.0.0:8090"], in: folder.path,
            environment: ["PATH": "/usr/bin:/bin"])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("not a loopback address"), "\(run.stderr)")
    }
}
