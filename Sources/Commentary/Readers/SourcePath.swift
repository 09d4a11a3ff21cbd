import Foundation

/// Source names, as design.md's identity rules give them.
public enum SourcePath {
    /// A path as given, standardized lexically: `./Samples/a.txt` → `Samples/a.txt`,
    /// `a/../b.txt` → `b.txt`, repeated slashes folded. Symbolic links are not resolved.
    public static func standardize(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        // An ASCII path is split on bytes: there each byte is a Character of its own (only CR LF
        // join, and neither is a slash), so the parts are the same. A folder walk standardizes
        // every path it meets, before any worker has a unit.
        let split: [Substring] =
            path.utf8.allSatisfy({ $0 < 0x80 })
            ? path.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
            : path.split(separator: "/", omittingEmptySubsequences: true)
        var parts: [Substring] = []
        for part in split {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." { parts.removeLast() } else if !isAbsolute { parts.append(part) }
            default: parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if isAbsolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// A directory argument joined with a path inside it.
    public static func join(_ directory: String, _ relative: String) -> String {
        standardize(directory + "/" + relative)
    }

    /// A path made absolute with every symbolic link followed (realpath(3)); nil when it cannot
    /// be resolved. Two spellings of one file resolve alike.
    static func resolved(_ path: String) -> String? {
        resolvedBytes(path).map { FileName.text($0) }
    }

    /// realpath(3) of the path, as the bytes it returns.
    static func resolvedBytes(_ path: String) -> [UInt8]? {
        guard let resolved = realpath(FileName.systemPath(path), nil) else { return nil }
        defer { free(resolved) }
        return Array(UnsafeRawBufferPointer(start: resolved, count: strlen(resolved)))
    }
}
