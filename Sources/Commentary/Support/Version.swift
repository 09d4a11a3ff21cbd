/// The tool's version: `commentary --version`, the export manifest's `tool`, and the newest entry of
/// CHANGELOG.md (a test holds them together).
public enum CommentaryVersion {
    public static let string = "0.33.0"
}
