/// Every failure the library reports, carrying what a person needs to act on it.
public enum CommentaryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The user's input to a command is not valid (exit status 2).
    case usage(String)
    /// The archive is missing, not a commentary archive, newer than this tool, or damaged (exit status 3).
    case archive(path: String, reason: String)
    /// One input (a file, a record) could not be read or imported; `location` names it.
    case input(location: String, reason: String)
    /// A raw FTS5 query that SQLite rejected, explained.
    case query(String)
    /// Anything else SQLite or the file system reported.
    case failure(String)

    public var description: String {
        switch self {
        case .usage(let message): message
        case .archive(let path, let reason): "\(path): \(reason)"
        case .input(let location, let reason): "\(location): \(reason)"
        case .query(let message): message
        case .failure(let message): message
        }
    }
}
