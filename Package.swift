// swift-tools-version: 6.0
import PackageDescription

// Candor depends on no Swift packages: Foundation, the toolchain, and the system libsodium only.
let package = Package(
    name: "Candor",
    products: [
        .library(name: "Sodium", targets: ["Sodium"]),
        .library(name: "Ledger", targets: ["Ledger"]),
        .library(name: "LedgerTesting", targets: ["LedgerTesting"]),
        .library(name: "Casework", targets: ["Casework"]),
        .library(name: "HTTP", targets: ["HTTP"]),
        .library(name: "Web", targets: ["Web"]),
        .library(name: "Inspection", targets: ["Inspection"]),
        .library(name: "Triage", targets: ["Triage"]),
        .executable(name: "candor-server", targets: ["candor-server"]),
        .executable(name: "candor-inspect", targets: ["candor-inspect"]),
        .executable(name: "candor-bench", targets: ["candor-bench"]),
        .executable(name: "candor-audit", targets: ["candor-audit"]),
    ],
    targets: [
        .systemLibrary(
            name: "CSodium",
            path: "Sources/CSodium",
            pkgConfig: "libsodium",
            providers: [.apt(["libsodium-dev"])]
        ),
        .target(name: "Sodium", dependencies: ["CSodium"]),
        .target(name: "Ledger", dependencies: ["Sodium"]),
        // For tests and harnesses, never linked into candor-server: the fault-injecting file system,
        // record tampering, the wait for a persisted checkpoint.
        .target(name: "LedgerTesting", dependencies: ["Ledger", "Sodium"]),
        .target(name: "Casework", dependencies: ["Sodium", "Ledger"], resources: [.copy("Catalog")]),
        // epoll, which Glibc's module map leaves out: the module map and one header, nothing else.
        .systemLibrary(name: "CSystemShim", path: "Sources/CSystemShim"),
        .target(name: "HTTP", dependencies: ["CSystemShim"]),
        .target(name: "Web", dependencies: ["HTTP", "Casework", "Ledger", "Sodium"], resources: [.copy("Static")]),
        .target(name: "Inspection", dependencies: ["Casework", "Ledger", "Sodium"]),
        .executableTarget(
            name: "candor-server", dependencies: ["Web", "HTTP", "Casework", "Ledger", "Sodium", "Inspection"]),
        // Opens reports: linked into candor-inspect only, never into candor-server (DESIGN.md).
        .target(name: "Triage", dependencies: ["Inspection", "Casework", "Ledger", "Sodium"]),
        .executableTarget(
            name: "candor-inspect", dependencies: ["Triage", "Inspection", "Casework", "Ledger", "Sodium"]),
        .executableTarget(
            name: "candor-bench",
            dependencies: ["Sodium", "Ledger", "LedgerTesting", "Casework", "HTTP", "Web", "Inspection"]),
        // Public data and public keys only; Inspection lends its HTTP client, and none of its key files.
        .executableTarget(name: "candor-audit", dependencies: ["Ledger", "Casework", "Sodium", "Inspection"]),
        // Helpers every test target shares (hex, raw sockets, child processes, candor-server): Foundation only.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "TestSupportTests", dependencies: ["TestSupport"]),
        .testTarget(name: "SodiumTests", dependencies: ["Sodium", "TestSupport"]),
        .testTarget(name: "LedgerTests", dependencies: ["Ledger", "LedgerTesting", "Sodium", "TestSupport"]),
        .testTarget(
            name: "CaseworkTests", dependencies: ["Casework", "Ledger", "LedgerTesting", "Sodium", "TestSupport"],
            exclude: ["Vectors"]),
        .testTarget(name: "HTTPTests", dependencies: ["HTTP", "TestSupport"]),
        .testTarget(
            name: "WebTests",
            dependencies: ["Web", "HTTP", "Casework", "Ledger", "LedgerTesting", "Sodium", "TestSupport"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "Inspection", "Casework", "Ledger", "LedgerTesting", "Sodium", "HTTP", "Web", "TestSupport",
            ],
            exclude: ["Clients"]),
        .testTarget(
            name: "InspectionTests",
            dependencies: [
                "Triage", "Inspection", "Casework", "Ledger", "LedgerTesting", "Sodium", "Web", "HTTP", "TestSupport",
            ]),
    ],
    swiftLanguageModes: [.v6]
)
