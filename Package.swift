// swift-tools-version: 6.0
import PackageDescription

// Candor depends on no Swift packages: Foundation, the toolchain, and the system libsodium only.
let package = Package(
    name: "Candor",
    products: [
        .library(name: "Sodium", targets: ["Sodium"]),
        .library(name: "Ledger", targets: ["Ledger"]),
        .executable(name: "candor-bench", targets: ["candor-bench"]),
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
        .executableTarget(name: "candor-bench", dependencies: ["Sodium", "Ledger"]),
        .testTarget(name: "SodiumTests", dependencies: ["Sodium"]),
        .testTarget(name: "LedgerTests", dependencies: ["Ledger", "Sodium"]),
    ],
    swiftLanguageModes: [.v6]
)
