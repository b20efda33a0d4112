// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "crosscheck",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "crosscheck", targets: ["crosscheck"]),
        .library(name: "CrossCheck", targets: ["CrossCheck"]),
        // For the fuzz harnesses in Fuzz/ (a separate package): HTML pages through libxml2.
        .library(name: "CrossCheckHTML", targets: ["CrossCheckHTML"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // libxml2 through pkg-config; only CrossCheckHTML imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The pipeline in pure Swift: normalize, split, quantities, rules, extract, compare.
        .target(
            name: "CrossCheck",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // HTML in and out through libxml2: reading pages, writing reports. Exposes no libxml2 type.
        .target(
            name: "CrossCheckHTML",
            dependencies: ["CrossCheck", "CLibXML2"]
        ),
        // The claim store: a run's per-document work kept in SQLite (GRDB, system libsqlite3),
        // so a later run over a grown folder redoes only new or changed documents.
        .target(
            name: "CrossCheckStore",
            dependencies: ["CrossCheck", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The command-line tool: one file per subcommand.
        .executableTarget(
            name: "crosscheck",
            dependencies: [
                "CrossCheck", "CrossCheckHTML", "CrossCheckStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "CrossCheckTests",
            dependencies: ["CrossCheck"],
            path: "Tests/CrossCheckTests"
        ),
        .testTarget(
            name: "CrossCheckStoreTests",
            dependencies: ["CrossCheck", "CrossCheckStore"],
            path: "Tests/CrossCheckStoreTests"
        ),
        .testTarget(
            name: "CrossCheckHTMLTests",
            dependencies: ["CrossCheck", "CrossCheckHTML"],
            path: "Tests/CrossCheckHTMLTests"
        ),
    ]
)
