import Foundation
import PackagePlugin

/// Embeds the package's `Migrations/*.sql` files into the target as generated Swift source,
/// so the built binary never reads `Migrations/` at run time.
@main
struct EmbedMigrationsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let directory = context.package.directoryURL.appending(path: "Migrations")
        let files = try FileManager.default
            .contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "sql" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedMigrations.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) migrations",
                executable: try context.tool(named: "EmbedMigrations").url,
                // The tool lists the folder itself: a plan cached before a new file appeared still
                // embeds every migration.
                arguments: [output.path, directory.path],
                // The folder too, so a new migration file re-runs the embedding.
                inputFiles: files + [directory],
                outputFiles: [output])
        ]
    }
}
