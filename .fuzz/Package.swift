// swift-tools-version: 6.0
import Foundation
import PackageDescription

// The fuzz targets of Candor's parsers, kept out of the main package: a libFuzzer target has no `main`
// (libFuzzer brings its own), so it only links with `--sanitize fuzzer`, and a plain `swift build` of
// the main package must never meet it. Build and run them with `./run.sh TARGET SECONDS`.
//
// SwiftPM names a path dependency after its directory, so the identity is read from where this file
// sits: the checkout may be called `candor`, `main` or anything else.
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let mainIdentity = mainPackage.lastPathComponent.lowercased()

let package = Package(
    name: "CandorFuzz",
    products: [
        .executable(name: "fuzz-http-request", targets: ["fuzz-http-request"]),
        .executable(name: "fuzz-multipart", targets: ["fuzz-multipart"]),
        .executable(name: "fuzz-ledger-record", targets: ["fuzz-ledger-record"]),
        .executable(name: "fuzz-envelope", targets: ["fuzz-envelope"]),
        .executable(name: "fuzz-outcome-entry", targets: ["fuzz-outcome-entry"]),
        .executable(name: "fuzz-signed-note", targets: ["fuzz-signed-note"]),
        .executable(name: "fuzz-tile-path", targets: ["fuzz-tile-path"]),
        .executable(name: "fuzz-json", targets: ["fuzz-json"]),
        .executable(name: "fuzz-jpeg-stripper", targets: ["fuzz-jpeg-stripper"]),
        .executable(name: "fuzz-png-stripper", targets: ["fuzz-png-stripper"]),
        .executable(name: "fuzz-key-file", targets: ["fuzz-key-file"]),
        .executable(name: "fuzz-inspector-event", targets: ["fuzz-inspector-event"]),
        .executable(name: "fuzz-chunked-framing", targets: ["fuzz-chunked-framing"]),
        .executable(name: "fuzz-record-batch", targets: ["fuzz-record-batch"]),
        .executable(name: "fuzz-unit-file", targets: ["fuzz-unit-file"]),
        .executable(name: "fuzz-case-bundle", targets: ["fuzz-case-bundle"]),
        .executable(name: "fuzz-witness", targets: ["fuzz-witness"]),
        .executable(name: "fuzz-feedback", targets: ["fuzz-feedback"]),
        .executable(name: "fuzz-tagger-file", targets: ["fuzz-tagger-file"]),
    ],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "fuzz-http-request", dependencies: [.product(name: "HTTP", package: mainIdentity)]),
        .executableTarget(
            name: "fuzz-multipart", dependencies: [.product(name: "HTTP", package: mainIdentity)]),
        .executableTarget(
            name: "fuzz-ledger-record",
            dependencies: [
                .product(name: "Ledger", package: mainIdentity), .product(name: "Transparency", package: mainIdentity),
                .product(name: "Sodium", package: mainIdentity),
            ]),
        .executableTarget(
            name: "fuzz-outcome-entry",
            dependencies: [
                .product(name: "Outcomes", package: mainIdentity), .product(name: "Sodium", package: mainIdentity),
            ]),
        .executableTarget(
            name: "fuzz-envelope",
            dependencies: [
                .product(name: "Casework", package: mainIdentity), .product(name: "Sodium", package: mainIdentity),
            ]),
        .executableTarget(
            name: "fuzz-signed-note",
            dependencies: [
                .product(name: "Transparency", package: mainIdentity), .product(name: "Sodium", package: mainIdentity),
            ]),
        .executableTarget(
            name: "fuzz-witness",
            dependencies: [
                .product(name: "Transparency", package: mainIdentity), .product(name: "Sodium", package: mainIdentity),
                .product(name: "API", package: mainIdentity),
            ]),
        .executableTarget(
            name: "fuzz-tile-path", dependencies: [.product(name: "Transparency", package: mainIdentity)]),
        .executableTarget(
            name: "fuzz-json", dependencies: [.product(name: "API", package: mainIdentity)]),
        // The invariants both image strippers share: one file, two targets (one per format, so that
        // each gets its whole time budget).
        .target(
            name: "StripperInvariants", dependencies: [.product(name: "MetadataStripping", package: mainIdentity)]),
        .executableTarget(name: "fuzz-jpeg-stripper", dependencies: ["StripperInvariants"]),
        .executableTarget(name: "fuzz-png-stripper", dependencies: ["StripperInvariants"]),
        .executableTarget(
            name: "fuzz-key-file",
            dependencies: [
                .product(name: "Unlocking", package: mainIdentity), .product(name: "Keys", package: mainIdentity),
                .product(name: "Sodium", package: mainIdentity),
            ]),
        .executableTarget(
            name: "fuzz-inspector-event", dependencies: [.product(name: "Casework", package: mainIdentity)]),
        .executableTarget(
            name: "fuzz-chunked-framing", dependencies: [.product(name: "HTTP", package: mainIdentity)]),
        .executableTarget(
            name: "fuzz-record-batch",
            dependencies: [
                .product(name: "Mirroring", package: mainIdentity), .product(name: "Ledger", package: mainIdentity),
            ]),
        .executableTarget(
            name: "fuzz-unit-file",
            dependencies: [
                .product(name: "Deployment", package: mainIdentity), .product(name: "Catalogue", package: mainIdentity),
            ]),
        .executableTarget(
            name: "fuzz-case-bundle", dependencies: [.product(name: "CaseBundle", package: mainIdentity)]),
        .executableTarget(
            name: "fuzz-feedback",
            dependencies: [
                .product(name: "Casework", package: mainIdentity), .product(name: "Stores", package: mainIdentity),
                .product(name: "API", package: mainIdentity),
            ]),
        .executableTarget(
            name: "fuzz-tagger-file", dependencies: [.product(name: "Tagging", package: mainIdentity)]),
    ],
    swiftLanguageModes: [.v6]
)
