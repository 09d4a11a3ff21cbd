import Foundation

extension Importer {
    /// One input file, or standard input.
    struct InputFile {
        var path: String
        /// The source name: the path as given, standardized.
        var source: String
        var format: InputFormat?
        var size: Int
        var isStandardInput = false
        /// The file's resolved path (absolute, links followed): its identity however it was named.
        var resolved: String? = nil
    }

    // MARK: - Inputs

    /// Files as given, directories walked recursively (hidden entries skipped, sorted by path).
    func expand(_ paths: [String], state: RunState) -> [InputFile] {
        var files: [InputFile] = []
        for path in paths {
            if path == "-" {
                files.append(
                    InputFile(path: "-", source: options.sourceName ?? "stdin", format: options.format, size: 0, isStandardInput: true))
                continue
            }
            // Through the name's bytes (FileName), so a name that is not UTF-8 is found too.
            var info = stat()
            guard stat(FileName.systemPath(path), &info) == 0 else {
                state.fail(.input(location: path, reason: "no such file or directory"))
                continue
            }
            if info.st_mode & S_IFMT != S_IFDIR {
                // A FIFO or a device named on the command line never ends (or never opens).
                if info.st_mode & S_IFMT != S_IFREG {
                    state.fail(.input(location: path, reason: WholeFile.notRegular(info.st_mode & S_IFMT)))
                    continue
                }
                // A document format read as text would be stored as garbage: say how to convert it.
                if options.format == nil, let hint = Self.conversionHint(Self.fileExtension(path)) {
                    state.fail(.input(location: path, reason: hint))
                    continue
                }
                let size = Int(info.st_size)
                files.append(
                    InputFile(
                        path: path, source: SourcePath.standardize(path), format: options.format ?? InputFormat.forPath(path), size: size,
                        resolved: SourcePath.resolved(path)))
                continue
            }
            files += walk(path, state: state)
        }
        return files
    }

    /// Regular files under `path`, hidden entries skipped; symbolic links to files are followed,
    /// links to directories are not (no cycles). Read with readdir: a directory of 10,000 files is
    /// walked in milliseconds.
    private func walk(_ path: String, state: RunState) -> [InputFile] {
        var found: [InputFile] = []
        var pending = [""]
        while let relativeDirectory = pending.popLast() {
            let directory = relativeDirectory.isEmpty ? path : SourcePath.join(path, relativeDirectory)
            guard let handle = opendir(FileName.systemPath(directory)) else {
                state.fail(WholeFile.failure(directory, what: "directory "))
                continue
            }
            defer { closedir(handle) }
            // realpath(3) of this directory, learnt from its first regular file: a regular file
            // (not a link) resolves to it, a slash and the name, so the rest of the folder costs no
            // realpath each (one system call per component of the path).
            var resolvedDirectory: [UInt8]?
            while let entry = readdir(handle) {
                // The name's bytes as they are: one that is not UTF-8 gets FileName's escaped form.
                let name = withUnsafeBytes(of: entry.pointee.d_name) { FileName.text($0.prefix { $0 != 0 }) }
                let relative = relativeDirectory.isEmpty ? name : relativeDirectory + "/" + name
                let joined = SourcePath.join(path, relative)
                if name == "." || name == ".." { continue }
                guard !name.hasPrefix(".") else {
                    state.skip(SkippedFile(path: joined, reason: .hidden))
                    continue
                }
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    // Some file systems do not say: ask, without following a link.
                    var info = stat()
                    guard lstat(FileName.systemPath(joined), &info) == 0 else { continue }
                    let mode = info.st_mode & S_IFMT
                    type = mode == S_IFDIR ? Int32(DT_DIR) : mode == S_IFREG ? Int32(DT_REG) : mode == S_IFLNK ? Int32(DT_LNK) : -1
                }
                if type == Int32(DT_DIR) {
                    pending.append(relative)
                    continue
                }
                // A FIFO, device or socket in the folder is named, not read (reading one may never end).
                if type != Int32(DT_REG) && type != Int32(DT_LNK) {
                    var info = stat()
                    let mode = lstat(joined, &info) == 0 ? info.st_mode & S_IFMT : 0
                    state.fail(.input(location: joined, reason: WholeFile.notRegular(mode)))
                    continue
                }
                // In a directory walk only known article formats are read: regular files, and links
                // to regular files (a link to a directory is not followed, so there are no cycles).
                guard let format = options.format ?? InputFormat.forPath(relative) else {
                    state.skip(SkippedFile(path: joined, reason: .unsupported(extension: Self.fileExtension(name))))
                    continue
                }
                var info = stat()
                guard stat(FileName.systemPath(joined), &info) == 0 else {
                    state.fail(WholeFile.failure(joined))
                    continue
                }
                let mode = info.st_mode & S_IFMT
                // A link to a directory is not followed; a link to a FIFO or a device is named.
                guard mode == S_IFREG else {
                    if mode != S_IFDIR { state.fail(.input(location: joined, reason: WholeFile.notRegular(mode))) }
                    continue
                }
                let resolved: String?
                // A path with a backslash may be an escaped name (FileName): resolved as given.
                if type == Int32(DT_REG), !joined.utf8.contains(UInt8(ascii: "\\")) {
                    let tail = [UInt8(ascii: "/")] + Array(name.utf8)
                    if let parent = resolvedDirectory {
                        resolved = FileName.text(parent + tail)
                    } else {
                        let bytes = SourcePath.resolvedBytes(joined)
                        if let bytes, bytes.count >= tail.count, bytes.suffix(tail.count).elementsEqual(tail) {
                            resolvedDirectory = Array(bytes.dropLast(tail.count))
                        }
                        resolved = bytes.map { FileName.text($0) }
                    }
                } else {
                    resolved = SourcePath.resolved(joined)
                }
                found.append(InputFile(path: joined, source: joined, format: format, size: Int(info.st_size), resolved: resolved))
            }
        }
        return found.sorted { $0.source < $1.source }
    }

    /// The lower-cased extension of a file name, with its dot ("" when there is none).
    static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[dot...].lowercased()
    }

    /// For a document format the importer does not read, how to turn it into one it does.
    static func conversionHint(_ fileExtension: String) -> String? {
        switch fileExtension {
        case ".pdf": "a PDF is not read; convert it to text first (pdftotext FILE.pdf FILE.txt) and import that"
        case ".doc", ".odt", ".rtf":
            "a \(fileExtension.dropFirst().uppercased()) document is not read; save it as DOCX, text or HTML (pandoc FILE\(fileExtension) -o FILE.html) and import that"
        case ".xlsx", ".xls", ".ods":
            "a \(fileExtension.dropFirst().uppercased()) spreadsheet is not read; save the sheet as CSV, a header row naming the fields (title, text, date, author, url, id), and import that"
        case ".epub", ".zip", ".png", ".jpg", ".jpeg", ".gif", ".mp3", ".mp4":
            "a \(fileExtension.dropFirst().uppercased()) file holds no article text"
        default: nil
        }
    }

}
