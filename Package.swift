// swift-tools-version:6.1
import PackageDescription

/// Where Debian's libxml2-dev puts its headers (`pkg-config --cflags libxml-2.0`).
let libxml2Headers: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]

let package = Package(
    name: "commentary",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "commentary", targets: ["commentary"]),
        .executable(name: "commentary-eval", targets: ["CommentaryEval"]),
        .library(name: "Commentary", targets: ["Commentary"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // libxml2's HTML parser, from the system (Debian: libxml2-dev); declarations only, the
        // library itself is opened at run time when the first HTML page is read.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            providers: [.apt(["libxml2-dev"])]),
        // zlib, for gzip-compressed JSON Lines (Debian: zlib1g-dev).
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            providers: [.apt(["zlib1g-dev"])]),
        // The library: readers, normalizer, extractors, store, search, export. Never prints.
        .target(
            name: "Commentary",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                "CLibXML2",
                "CZlib",
            ],
            swiftSettings: libxml2Headers,
            plugins: ["EmbedMigrationsPlugin"]),
        // The thin command-line front end.
        .executableTarget(
            name: "commentary",
            dependencies: [
                "Commentary",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: libxml2Headers),
        // `make eval`: scores extraction against the hand-annotated gold set.
        .executableTarget(
            name: "CommentaryEval",
            dependencies: ["Commentary"],
            swiftSettings: libxml2Headers),
        // Fuzz targets (`make fuzz`, scripts/fuzz/): with `-DFUZZING`, coverage and libFuzzer linked
        // each is a libFuzzer fuzzer; in an ordinary build each replays the files named on its
        // command line. CLibFuzzer only declares libFuzzer's entry; nothing links it but a fuzz build.
        .systemLibrary(
            name: "CLibFuzzer",
            path: "Sources/CLibFuzzer"),
        .target(
            name: "FuzzSupport",
            dependencies: ["CLibFuzzer", "Commentary"],
            swiftSettings: libxml2Headers),
        .executableTarget(
            name: "FuzzText",
            dependencies: ["Commentary", "FuzzSupport"],
            swiftSettings: libxml2Headers),
        .executableTarget(
            name: "FuzzHTML",
            dependencies: ["Commentary", "FuzzSupport"],
            swiftSettings: libxml2Headers),
        .executableTarget(
            name: "FuzzJSON",
            dependencies: ["Commentary", "FuzzSupport"],
            swiftSettings: libxml2Headers),
        .executableTarget(
            name: "FuzzNormalize",
            dependencies: ["Commentary", "FuzzSupport"],
            swiftSettings: libxml2Headers),
        // Build-time tool: turns Migrations/*.sql into Swift source, so the binary is self-contained.
        .executableTarget(name: "EmbedMigrations"),
        .plugin(
            name: "EmbedMigrationsPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedMigrations"]),
        .testTarget(
            name: "CommentaryTests",
            dependencies: ["Commentary"],
            swiftSettings: libxml2Headers),
        .testTarget(
            name: "CLITests",
            dependencies: ["commentary"],
            swiftSettings: libxml2Headers),
    ],
    swiftLanguageModes: [.v6]
)
