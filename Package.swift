// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "commentary",
    products: [
        .executable(name: "commentary", targets: ["CommentaryCLI"]),
        .executable(name: "commentary-eval", targets: ["CommentaryEval"]),
        .library(name: "Commentary", targets: ["Commentary"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // libxml2's HTML parser: our own declarations of the part the reader uses, no link. The
        // library (Debian: libxml2) is opened at run time when the first HTML page is read, so the
        // other commands never load it.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2"),
        // zlib, for gzip-compressed JSON Lines (Debian: zlib1g-dev).
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        // The variadic sqlite3_config, wrapped for Swift (GRDB's SQLite, the system's libsqlite3).
        .systemLibrary(
            name: "CSQLiteConfig",
            path: "Sources/CSQLiteConfig",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]),
        // The library: readers, normalizer, extractors, store, search, export. Never prints.
        .target(
            name: "Commentary",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                "CLibXML2",
                "CSQLiteConfig",
                "CZlib",
            ],
            plugins: ["EmbedFilesPlugin"]),
        // The thin command-line front end.
        // (Sources/CommentaryCLI: a folder name that differs from the library's in more than case,
        // so the package builds on case-insensitive file systems; the product is `commentary`.)
        .executableTarget(
            name: "CommentaryCLI",
            dependencies: [
                "Commentary",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // `make eval`: scores extraction against the hand-annotated gold set.
        .executableTarget(
            name: "CommentaryEval",
            dependencies: ["Commentary"]),
        // Fuzz targets (`make fuzz`, scripts/fuzz/): with `-DFUZZING`, coverage and libFuzzer linked
        // each is a libFuzzer fuzzer; in an ordinary build each replays the files named on its
        // command line. CLibFuzzer only declares libFuzzer's entry; nothing links it but a fuzz build.
        .systemLibrary(
            name: "CLibFuzzer",
            path: "Sources/CLibFuzzer"),
        .target(
            name: "FuzzSupport",
            dependencies: ["CLibFuzzer", "Commentary"]),
        .executableTarget(
            name: "FuzzText",
            dependencies: ["Commentary", "FuzzSupport"]),
        .executableTarget(
            name: "FuzzHTML",
            dependencies: ["Commentary", "FuzzSupport"]),
        .executableTarget(
            name: "FuzzJSON",
            dependencies: ["Commentary", "FuzzSupport"]),
        .executableTarget(
            name: "FuzzNormalize",
            dependencies: ["Commentary", "FuzzSupport"]),
        .executableTarget(
            name: "FuzzCSVDOCX",
            dependencies: ["Commentary", "FuzzSupport"]),
        // Build-time tool: turns Migrations/*.sql and Data/gazetteer/* into Swift source, so the
        // binary is self-contained.
        .executableTarget(name: "EmbedFiles"),
        .plugin(
            name: "EmbedFilesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedFiles"]),
        .testTarget(
            name: "CommentaryTests",
            dependencies: ["Commentary"]),
        .testTarget(
            name: "CLITests",
            dependencies: ["CommentaryCLI"],
            // Read from the source tree by path (HelpSnapshotTests), not bundled.
            exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
