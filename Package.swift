// swift-tools-version: 6.0
import PackageDescription

// Candor depends on no Swift packages: Foundation, the toolchain, and the system libsodium only.
//
// The layers, lowest first. A module imports only modules above it in this list; the symbol test
// (Tests/EndToEndTests/BinarySeparationTests.swift) checks what each executable links.
//
//   CSodium, CSystemShim   the system's libsodium and epoll, through module maps
//   System                 the kernel: the one syscall helper, descriptors, atomic writes, sockets, epoll
//   Sodium                 libsodium in Swift: boxes, signatures, hashes, padding, secure memory
//   Transparency           RFC 6962 trees and proofs, signed notes, checkpoints, tiles (pure code)
//   Ledger                 the append-only, crash-safe, checkpointed log on disk
//   MetadataStripping      JPEG and PNG metadata removal (pure code over bytes)
//   Casework               the domain, no I/O: tokens, tags, envelopes, messages, events, outcomes,
//                          the catalogue, days
//   Attachments            attachments sealed and opened chunk by chunk
//   Deadlines              the statutory deadlines of triage over a working-day calendar
//   Stores                 the intake log and the outcomes log, on the Ledger
//   Sanitization           personal data removed from what is published (inspectors' side only)
//   HTTP                   HTTP/1.1 messages and parsing: requests, responses, headers, bodies, forms, router
//   HTTPServing            the server: event loop, connections, listener, workers, deadlines, HTTPServer
//   Web                    the citizen's, public and inspectors' sites
//   Demo                   the demo inspector's key files (candor-server --demo)
//   API                    the JSON API's client side
//   Keys                   inspectors' private key files: made, sealed under a passphrase, written
//   Unlocking              a private key file read and opened (never linked into candor-server)
//   Mirroring              an inspector's verified mirror of the intake log, signed requests
//   Triage                 opening cases, drafting outcomes (candor-inspect only)
let package = Package(
    name: "Candor",
    products: [
        .library(name: "System", targets: ["System"]),
        .library(name: "Sodium", targets: ["Sodium"]),
        .library(name: "Transparency", targets: ["Transparency"]),
        .library(name: "Ledger", targets: ["Ledger"]),
        .library(name: "Casework", targets: ["Casework"]),
        .library(name: "Stores", targets: ["Stores"]),
        .library(name: "HTTP", targets: ["HTTP"]),
        .library(name: "HTTPServing", targets: ["HTTPServing"]),
        .library(name: "Web", targets: ["Web"]),
        .library(name: "Mirroring", targets: ["Mirroring"]),
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
        // epoll, which Glibc's module map leaves out: the module map and one header, nothing else.
        .systemLibrary(name: "CSystemShim", path: "Sources/CSystemShim"),
        .target(name: "System", dependencies: ["CSystemShim"]),
        .target(name: "Sodium", dependencies: ["CSodium"]),
        .target(name: "Transparency", dependencies: ["Sodium"]),
        .target(name: "Ledger", dependencies: ["System", "Transparency", "Sodium"]),
        .target(name: "MetadataStripping"),
        .target(name: "Casework", dependencies: ["MetadataStripping", "Sodium"], resources: [.copy("Catalog")]),
        .target(name: "Attachments", dependencies: ["MetadataStripping", "Casework", "Sodium"]),
        .target(name: "Deadlines", dependencies: ["Casework"]),
        .target(
            name: "Stores",
            dependencies: [
                "Attachments", "Deadlines", "MetadataStripping", "Casework", "Ledger", "Transparency", "Sodium",
                "System",
            ]),
        .target(name: "Sanitization", dependencies: ["Casework"]),
        .target(name: "HTTP", dependencies: ["System"]),
        .target(name: "HTTPServing", dependencies: ["HTTP", "System"]),
        .target(
            name: "Web",
            dependencies: [
                "HTTP", "Stores", "Deadlines", "Attachments", "MetadataStripping", "Casework", "Ledger",
                "Transparency", "Sodium", "System",
            ],
            resources: [.copy("Static")]),
        .target(name: "Keys", dependencies: ["Casework", "Sodium", "System"]),
        .target(name: "Unlocking", dependencies: ["Keys", "Casework", "Sodium", "System"]),
        .target(name: "Demo", dependencies: ["Keys", "Casework", "Sodium", "System"]),
        .target(name: "API", dependencies: ["System"]),
        .target(
            name: "Mirroring",
            dependencies: [
                "API", "Unlocking", "Keys", "Stores", "Casework", "Ledger", "Transparency", "Sodium", "System",
            ]),
        // Opens reports: linked into candor-inspect only, never into candor-server (DESIGN.md).
        .target(
            name: "Triage",
            dependencies: [
                "Mirroring", "Keys", "Sanitization", "Deadlines", "Stores", "Attachments", "MetadataStripping",
                "Casework", "Ledger", "Transparency", "Sodium",
            ]),
        .executableTarget(
            name: "candor-server",
            dependencies: [
                "Web", "HTTPServing", "HTTP", "Demo", "Stores", "Deadlines", "Casework", "Ledger", "Transparency",
                "Sodium",
            ]),
        .executableTarget(
            name: "candor-inspect",
            dependencies: [
                "Triage", "Mirroring", "Unlocking", "Keys", "API", "Sanitization", "Deadlines", "Stores", "Attachments",
                "MetadataStripping", "Casework", "Ledger", "Transparency", "Sodium", "System",
            ]),
        .executableTarget(
            name: "candor-bench",
            dependencies: [
                "Unlocking", "Keys", "API", "Web", "HTTPServing", "HTTP", "Stores", "Deadlines", "Attachments",
                "MetadataStripping", "Casework", "Ledger", "Transparency", "Sodium", "System",
            ]),
        // Public data and public keys only: no private-key code.
        .executableTarget(
            name: "candor-audit",
            dependencies: ["API", "Stores", "Casework", "Ledger", "Transparency", "Sodium", "System"]),
        .testTarget(name: "SystemTests", dependencies: ["System"]),
        .testTarget(name: "SodiumTests", dependencies: ["Sodium"]),
        .testTarget(name: "TransparencyTests", dependencies: ["Transparency", "Sodium"]),
        .testTarget(name: "LedgerTests", dependencies: ["Ledger", "Transparency", "Sodium"]),
        .testTarget(
            name: "CaseworkTests",
            dependencies: [
                "Sanitization", "Stores", "Deadlines", "Attachments", "MetadataStripping", "Casework", "Ledger",
                "Transparency", "Sodium",
            ],
            exclude: ["Vectors"]),
        .testTarget(name: "HTTPTests", dependencies: ["HTTP"]),
        .testTarget(name: "HTTPServingTests", dependencies: ["HTTPServing", "HTTP"]),
        .testTarget(
            name: "WebTests",
            dependencies: [
                "Web", "HTTPServing", "HTTP", "Stores", "Deadlines", "Attachments", "MetadataStripping", "Casework",
                "Ledger", "Transparency", "Sodium",
            ]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "Mirroring", "Unlocking", "Keys", "API", "Stores", "Deadlines", "Attachments", "MetadataStripping",
                "Casework",
                "Ledger", "Transparency", "Sodium", "HTTPServing", "HTTP",
            ],
            exclude: ["Clients"]),
        .testTarget(
            name: "InspectionTests",
            dependencies: [
                "Triage", "Mirroring", "Unlocking", "Keys", "API", "Sanitization", "Deadlines", "Stores", "Attachments",
                "MetadataStripping", "Casework", "Ledger", "Transparency", "Sodium", "Web", "HTTPServing", "HTTP",
            ]),
    ],
    swiftLanguageModes: [.v6]
)
