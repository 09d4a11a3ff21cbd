/// Source names, as design.md's identity rules give them.
public enum SourcePath {
    /// A path as given, standardized lexically: `./Samples/a.txt` → `Samples/a.txt`,
    /// `a/../b.txt` → `b.txt`, repeated slashes folded. Symbolic links are not resolved.
    public static func standardize(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
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
}
