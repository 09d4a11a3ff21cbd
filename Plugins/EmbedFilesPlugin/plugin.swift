import Foundation
import PackagePlugin

/// Embeds the package's data folders into the library as generated Swift source, so the built
/// binary is one file that never reads them at run time: `Migrations/*.sql` (the archive's schema)
/// and `Data/gazetteer/*` (the known names).
@main
struct EmbedFilesPlugin: BuildToolPlugin {
    /// Each folder, the enum its files become, and the extensions taken from it.
    static let folders: [(path: String, enumName: String, extensions: [String])] = [
        ("Migrations", "EmbeddedMigrations", ["sql"]),
        ("Data/gazetteer", "EmbeddedGazetteer", ["tsv", "txt"]),
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        try Self.folders.map { folder in
            let directory = context.package.directoryURL.appending(path: folder.path)
            let files = try FileManager.default
                .contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
                .filter { folder.extensions.contains($0.pathExtension) }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
            let output = context.pluginWorkDirectoryURL.appending(path: "\(folder.enumName).swift")
            return .buildCommand(
                displayName: "Embedding \(files.count) files of \(folder.path)",
                executable: try context.tool(named: "EmbedFiles").url,
                // The tool lists the folder itself: a plan cached before a new file appeared still
                // embeds every file.
                arguments: [output.path, folder.enumName, directory.path] + folder.extensions,
                // The folder too, so a new file re-runs the embedding.
                inputFiles: files + [directory],
                outputFiles: [output])
        }
    }
}
