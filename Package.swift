// swift-tools-version: 6.0
import PackageDescription

// Candor depends on no Swift packages: Foundation, the toolchain, and the system libsodium only.
//
// The layers, lowest first. A module imports only modules listed before it, and none is over 3,000
// lines (Tests/ArchitectureTests checks both); the symbol test (Tests/EndToEndTests/
// BinarySeparationTests.swift) checks what each executable links.
//
//   CSodium, CSystemShim   the system's libsodium, epoll and the kernel keyring, through module maps
//   System                 the kernel: the one syscall helper, descriptors, atomic writes, sockets, epoll,
//                          the user keyring
//   Sodium                 libsodium in Swift: boxes, signatures, hashes, padding, secure memory
//   Transparency           RFC 6962 trees and proofs, signed notes, checkpoints, tiles (pure code)
//   Ledger                 the append-only, crash-safe, checkpointed log on disk
//   LedgerTesting          the fault-injecting file system and record tampering, for tests and
//                          harnesses only (never linked into candor-server)
//   MetadataStripping      JPEG and PNG metadata removal (pure code over bytes)
//   Catalogue              the fixed lists (provinces, procedures, misconduct, outcomes) and the
//                          holidays: JSON files shipped as resources
//   Casework               the domain, no I/O: tokens, tags, envelopes, messages, events, days
//   Outcomes               a published outcome: its allowlisted fields, the disciplined official, its
//                          strict entry format and signature (Outcomes.md)
//   Deployment             a deployment's Keys/ read and checked: inspectors, revoked keys, units,
//                          and the routing of reports to units
//   Attachments            attachments sealed and opened chunk by chunk
//   Deadlines              the statutory deadlines of triage over a working-day calendar
//   Stores                 the intake log and the outcomes log, on the Ledger
//   CaseBundle             a case exported for a court: the bundle's format, writer and offline
//                          verifier (public keys only)
//   TextScanning           a text as the sanitizer reads it: NFC, words with their places, folding,
//                          the lexicons (word lists shipped as resources, extended by a deployment)
//                          prepared for lookup, the place names that must stay
//   Tagging                a learned second opinion on which words are personal data: a word tagger
//                          trained on the sanitizer's annotated sentences, its features and its file
//   TextShapes             the shapes of data the sanitizer looks for in a scanned text: numbers,
//                          addresses, residences, identifiers, accounts and days (pure tests over
//                          text, no decisions)
//   LooseFindings          the loose findings and keeps: spoken phones, villages, display names, papers'
//                          codes, custody, agencies, landlines, vehicles, positions, lanes (pure tests)
//   Initials               the shapes of initials: dotted and bare initials, the cues before bare
//                          ones, and the acronyms that stay (pure tests over text)
//   PersonShapes           the shapes of people: the slots only a person fills, full names, names
//                          after an introduction, nicknames (pure tests over text)
//   EnglishShapes          the same in English text: people's names and titles, Western and East
//                          Asian names, and the data and addresses of an English sentence
//   NameFinding            the passes that find people in a scanned text: full names, names after cues,
//                          honorifics and roles, call names, standalone names, initials
//   Sanitization           personal data removed from what is published (inspectors' side only)
//   SanitizerEvaluation    the sanitizer's evaluation set and held-out batches, and their scoring
//                          (tests and candor-bench only)
//   API                    the JSON API's wire format: every body a type, read and written by the one
//                          JSON reader and writer; the proof-of-work solver; the HTTP client
//   HTTP                   HTTP/1.1 messages and parsing: requests, responses, headers, bodies, forms, router
//   HTTPServing            the server: event loop, connections, listener, workers, deadlines, HTTPServer
//   Web                    what the sites share: the page shell, HTML escaping, the strings (vi, en),
//                          the security headers
//   CitizenWeb             the citizen's site and JSON API: forms, receipts, status, tickets, proof of
//                          work, the intake and read budgets, the disk reserve
//   PublicWeb              the public pages, feeds, outcomes JSON and the outcomes log's tiles
//   InspectorWeb           the inspectors' signed API: sync, events, outcomes
//   Keys                   inspectors' private key files: made, sealed under a passphrase, written
//   Demo                   the demo inspector's key files (candor-server --demo)
//   Unlocking              a private key file read and opened (never linked into candor-server)
//   Mirroring              an inspector's verified mirror of the intake log, signed requests
//   Triage                 opening cases, drafting outcomes (candor-inspect only)
//   CaseIndex              the inspector's encrypted case index: what list shows, where each case's
//                          records are (candor-inspect only)
//   CaseExport             a case's bundle gathered from the mirror and the case index, opened or not
//   Commands               every tool's command line: one parser, one usage error, exit codes 0, 1, 2
//   InspectorWorkspace     what candor-inspect's case commands and the workbench share: the unlocked
//                          workspace, the listing, sync, the checked actions (candor-inspect only)
//   Workbench              the inspectors' workbench: candor-inspect serve's local web app on loopback
let package = Package(
    name: "Candor",
    products: [
        .library(name: "System", targets: ["System"]),
        .library(name: "Sodium", targets: ["Sodium"]),
        .library(name: "Transparency", targets: ["Transparency"]),
        .library(name: "Ledger", targets: ["Ledger"]),
        .library(name: "LedgerTesting", targets: ["LedgerTesting"]),
        .library(name: "MetadataStripping", targets: ["MetadataStripping"]),
        .library(name: "Catalogue", targets: ["Catalogue"]),
        .library(name: "Tagging", targets: ["Tagging"]),
        .library(name: "Casework", targets: ["Casework"]),
        .library(name: "Outcomes", targets: ["Outcomes"]),
        .library(name: "Deployment", targets: ["Deployment"]),
        .library(name: "Stores", targets: ["Stores"]),
        .library(name: "HTTP", targets: ["HTTP"]),
        .library(name: "API", targets: ["API"]),
        .library(name: "HTTPServing", targets: ["HTTPServing"]),
        .library(name: "Web", targets: ["Web"]),
        .library(name: "CitizenWeb", targets: ["CitizenWeb"]),
        .library(name: "PublicWeb", targets: ["PublicWeb"]),
        .library(name: "InspectorWeb", targets: ["InspectorWeb"]),
        .library(name: "Keys", targets: ["Keys"]),
        .library(name: "Unlocking", targets: ["Unlocking"]),
        .library(name: "Mirroring", targets: ["Mirroring"]),
        .library(name: "Triage", targets: ["Triage"]),
        .library(name: "CaseIndex", targets: ["CaseIndex"]),
        .library(name: "CaseBundle", targets: ["CaseBundle"]),
        .library(name: "CaseExport", targets: ["CaseExport"]),
        .library(name: "InspectorWorkspace", targets: ["InspectorWorkspace"]),
        .library(name: "Workbench", targets: ["Workbench"]),
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
        // For tests and harnesses, never linked into candor-server: the fault-injecting file system,
        // record tampering, the wait for a persisted checkpoint.
        .target(name: "LedgerTesting", dependencies: ["System", "Ledger", "Transparency", "Sodium"]),
        .target(name: "MetadataStripping"),
        .target(name: "Catalogue", resources: [.copy("Catalog")]),
        .target(name: "Casework", dependencies: ["Catalogue", "MetadataStripping", "Sodium"]),
        .target(name: "Outcomes", dependencies: ["Casework", "Catalogue", "Sodium"]),
        .target(name: "Deployment", dependencies: ["Casework", "Catalogue", "Sodium"]),
        .target(name: "Attachments", dependencies: ["MetadataStripping", "Casework", "Catalogue", "Sodium"]),
        .target(name: "Deadlines", dependencies: ["Casework", "Catalogue"]),
        .target(
            name: "Stores",
            dependencies: [
                "System",
                "Attachments", "Deadlines", "MetadataStripping", "Casework", "Outcomes", "Deployment", "Catalogue",
                "Ledger",
                "Transparency",
                "Sodium",
            ]),
        // A case bundle (CaseBundle.docc): written by candor-inspect, verified by candor-audit.
        .target(
            name: "CaseBundle",
            dependencies: ["System", "Stores", "Casework", "Deployment", "Ledger", "Transparency", "Sodium"]),
        .target(
            name: "TextScanning", resources: [.copy("Lexicon")],
            // ICU's regular expressions, run directly (PatternMatch.swift): the toolchain's own copy.
            linkerSettings: [.linkedLibrary("_FoundationICU")]),
        .target(name: "Tagging", dependencies: ["TextScanning"], resources: [.copy("Model")]),
        .target(name: "TextShapes", dependencies: ["TextScanning"]),
        .target(name: "LooseFindings", dependencies: ["TextScanning", "TextShapes"]),
        .target(name: "Initials", dependencies: ["TextScanning", "TextShapes"]),
        .target(name: "PersonShapes", dependencies: ["TextScanning", "TextShapes", "Initials"]),
        .target(name: "EnglishShapes", dependencies: ["TextScanning", "TextShapes", "PersonShapes"]),
        .target(
            name: "NameFinding",
            dependencies: ["TextScanning", "TextShapes", "Initials", "PersonShapes", "EnglishShapes"]),
        .target(
            name: "Sanitization",
            dependencies: [
                "Casework", "Catalogue", "TextScanning", "TextShapes", "LooseFindings", "PersonShapes", "EnglishShapes",
                "NameFinding",
                "Tagging",
            ]),
        .target(
            name: "SanitizerEvaluation", dependencies: ["Sanitization", "TextScanning", "Tagging"],
            resources: [.copy("Evaluation")]),
        .target(name: "HTTP", dependencies: ["System"]),
        .target(name: "HTTPServing", dependencies: ["HTTP", "System"]),
        .target(name: "Web", dependencies: ["System", "HTTP"], resources: [.copy("Static")]),
        .target(
            name: "CitizenWeb",
            dependencies: [
                "System",
                "Web", "API", "HTTP", "Stores", "Deadlines", "Attachments", "MetadataStripping", "Casework",
                "Deployment",
                "Catalogue", "Ledger",
                "Transparency", "Sodium",
            ]),
        .target(
            name: "PublicWeb",
            dependencies: [
                "System", "Web", "API", "HTTP", "Stores", "Casework", "Outcomes", "Deployment", "Catalogue", "Ledger",
                "Transparency", "Sodium",
            ]),
        .target(
            name: "InspectorWeb",
            dependencies: [
                "System", "Web", "API", "HTTP", "Stores", "Casework", "Outcomes", "Deployment", "Catalogue", "Ledger",
                "Transparency", "Sodium",
            ]),
        .target(name: "Keys", dependencies: ["System", "Casework", "Deployment", "Catalogue", "Sodium"]),
        .target(name: "Unlocking", dependencies: ["System", "Keys", "Casework", "Deployment", "Catalogue", "Sodium"]),
        .target(name: "Demo", dependencies: ["System", "Keys", "Casework", "Deployment", "Catalogue", "Sodium"]),
        .target(name: "API", dependencies: ["System", "Transparency", "Sodium"]),
        // The command line of every tool: one argument parser, one usage error, one set of exit codes.
        .target(name: "Commands"),
        .target(
            name: "Mirroring",
            dependencies: [
                "System",
                "API", "Unlocking", "Keys", "Stores", "Casework", "Deployment", "Catalogue", "Ledger", "Transparency",
                "Sodium",
            ]),
        // Opens reports: linked into candor-inspect only, never into candor-server (DESIGN.md).
        .target(
            name: "Triage",
            dependencies: [
                "System",
                "Mirroring", "Keys", "Sanitization", "TextScanning", "Deadlines", "Stores", "Attachments",
                "MetadataStripping",
                "Casework", "Outcomes", "Deployment", "Catalogue", "Ledger", "Transparency", "Sodium",
            ]),
        // The inspector's encrypted case index (CaseIndex.docc): linked into candor-inspect only.
        .target(
            name: "CaseIndex",
            dependencies: [
                "System", "Triage", "Mirroring", "Keys", "Deadlines", "Stores", "Casework", "Catalogue", "Ledger",
                "Sodium",
            ]),
        // A case's bundle from the mirror and the case index (the open part decrypted): candor-inspect only.
        .target(
            name: "CaseExport",
            dependencies: [
                "System", "Web", "CaseBundle", "CaseIndex", "Triage", "Mirroring", "Attachments", "Deadlines", "Stores",
                "Casework", "Catalogue", "Ledger", "Transparency", "Sodium",
            ]),
        // What candor-inspect's case commands and its workbench share: linked into candor-inspect only.
        .target(
            name: "InspectorWorkspace",
            dependencies: [
                "System", "Commands", "CaseExport", "CaseBundle", "CaseIndex", "Triage", "Mirroring", "Unlocking",
                "Keys", "API", "Deadlines",
                "Stores", "Casework", "Outcomes", "Deployment", "Catalogue", "Ledger", "Transparency", "Sodium",
            ]),
        // candor-inspect serve (Workbench.docc): the project's own HTTP stack, on loopback only.
        .target(
            name: "Workbench",
            dependencies: [
                "HTTPServing", "HTTP", "Web", "System", "InspectorWorkspace", "CaseIndex", "Triage", "Sanitization",
                "Mirroring",
                "Unlocking", "Keys", "API", "Deadlines", "Stores", "Attachments", "MetadataStripping", "Casework",
                "Outcomes",
                "Deployment", "Catalogue", "Ledger", "Transparency", "Sodium",
            ]),
        .executableTarget(
            name: "candor-server",
            dependencies: [
                "HTTPServing", "System",
                "Commands", "CitizenWeb", "PublicWeb", "InspectorWeb", "Web", "API", "HTTP", "Demo", "Stores",
                "Deadlines",
                "Casework", "Outcomes", "Deployment", "Catalogue", "Ledger", "Transparency", "Sodium",
            ]),
        .executableTarget(
            name: "candor-inspect",
            dependencies: [
                "System", "Workbench", "InspectorWorkspace",
                "Commands", "CaseExport", "CaseBundle", "CaseIndex", "Triage", "Mirroring", "Unlocking", "Keys", "API",
                "Sanitization", "TextScanning", "Deadlines",
                "Stores",
                "Attachments",
                "MetadataStripping", "Casework", "Outcomes", "Deployment", "Catalogue", "Ledger", "Transparency",
                "Sodium",
            ]),
        .executableTarget(
            name: "candor-bench",
            dependencies: [
                "HTTPServing", "System",
                "Commands", "Unlocking", "Keys", "API", "HTTP", "LedgerTesting", "Sanitization", "TextScanning",
                "Stores", "Deadlines",
                "Attachments", "InspectorWorkspace", "SanitizerEvaluation",
                "MetadataStripping",
                "Casework", "Deployment", "Catalogue",
                "Ledger", "Transparency", "Sodium",
            ]),
        // Public data and public keys only: no private-key code.
        .executableTarget(
            name: "candor-audit",
            dependencies: [
                "HTTPServing", "HTTP",
                "System", "Commands", "API", "CaseBundle", "Stores", "Casework", "Outcomes", "Deployment", "Catalogue",
                "Ledger",
                "Transparency", "Sodium",
            ]),
        // Helpers every test target shares (hex, raw sockets, child processes, candor-server): Foundation only.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "TestSupportTests", dependencies: ["TestSupport"]),
        .testTarget(name: "SodiumTests", dependencies: ["TestSupport", "Sodium"]),
        .testTarget(
            name: "TransparencyTests", dependencies: ["TestSupport", "Transparency", "Sodium"], exclude: ["Vectors"]),
        .testTarget(
            name: "LedgerTests", dependencies: ["LedgerTesting", "TestSupport", "Ledger", "Transparency", "Sodium"]),
        .testTarget(
            name: "CaseworkTests",
            dependencies: [
                "LedgerTesting", "TestSupport", "SanitizerEvaluation",
                "Sanitization", "TextScanning", "Stores", "Deadlines", "Attachments", "MetadataStripping", "Casework",
                "Outcomes", "Tagging",
                "Deployment",
                "Catalogue",
                "Ledger",
                "Transparency", "Sodium",
            ],
            exclude: ["Vectors"]),
        .testTarget(name: "SystemTests", dependencies: ["TestSupport", "System"]),
        .testTarget(name: "HTTPTests", dependencies: ["TestSupport", "HTTP"]),
        .testTarget(name: "HTTPServingTests", dependencies: ["TestSupport", "HTTPServing", "HTTP", "System"]),
        .testTarget(name: "CommandsTests", dependencies: ["TestSupport", "Commands"]),
        // Reads Package.swift and Sources/ as files: the layers, the imports, the sizes.
        .testTarget(name: "ArchitectureTests"),
        .testTarget(
            name: "WebTests",
            dependencies: [
                "HTTPServing", "System",
                "LedgerTesting", "TestSupport",
                "CitizenWeb", "PublicWeb", "InspectorWeb", "Web", "API", "HTTP", "Stores", "Deadlines", "Attachments",
                "MetadataStripping", "Casework", "Outcomes", "Deployment", "Catalogue", "Ledger",
                "Transparency", "Sodium",
            ]),
        .testTarget(name: "APITests", dependencies: ["API", "Transparency", "Sodium"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "HTTPServing", "System",
                "LedgerTesting", "TestSupport",
                "CaseBundle", "Mirroring", "Unlocking", "Keys", "API", "Stores", "Deadlines", "Attachments",
                "MetadataStripping",
                "Casework", "Outcomes", "Deployment", "Catalogue",
                "Ledger", "Transparency", "Sodium", "HTTP",
            ],
            exclude: ["Clients"]),
        .testTarget(
            name: "WorkbenchTests",
            dependencies: [
                "TestSupport", "Workbench", "InspectorWorkspace", "HTTPServing", "HTTP", "Web", "System", "Mirroring",
                "Transparency",
                "Unlocking", "Keys", "API", "Casework", "Sodium",
            ]),
        .testTarget(
            name: "InspectionTests",
            dependencies: [
                "HTTPServing", "System",
                "LedgerTesting", "TestSupport",
                "CaseIndex", "InspectorWorkspace", "Triage", "Mirroring", "Unlocking", "Keys", "API", "Sanitization",
                "Deadlines", "Stores",
                "Attachments",
                "MetadataStripping", "Casework", "Outcomes", "Deployment", "Catalogue", "Ledger", "Transparency",
                "Sodium",
                "InspectorWeb", "Web",
                "HTTP",
            ]),
    ],
    swiftLanguageModes: [.v6]
)
