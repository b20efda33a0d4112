// swift-tools-version: 6.0
// libFuzzer harnesses, one per parser, kept out of the main package so that `swift build` and
// `swift test` never see them. Build and run them with `scripts/fuzz [TARGET] [SECONDS]` (it
// passes the sanitizer flags; see docs/hardening.md).
import PackageDescription

let targets = ["FuzzInflate", "FuzzWARC", "FuzzTextDump", "FuzzHTMLPage", "FuzzSplitter", "FuzzQuantities",
               "FuzzRuleFile", "FuzzPattern", "FuzzJSONLines"]

let package = Package(
    name: "crosscheck-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "crosscheck", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "CrossCheck", package: "crosscheck")]),
    ] + targets.map { name in
        .executableTarget(
            name: name,
            dependencies: [
                "FuzzSupport",
                .product(name: "CrossCheck", package: "crosscheck"),
                .product(name: "CrossCheckHTML", package: "crosscheck"),
            ],
            // The harness file is a library file, not top-level code: its `<Target>_main`
            // is the entry point SwiftPM links (`--defsym main=<Target>_main`).
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    }
)
