import CLibFuzzer
import Commentary
import Foundation

/// What the fuzz targets share: the entry point, replaying saved inputs in an ordinary build, and
/// the checks an article must pass after normalization.
///
/// Each target (`FuzzText`, `FuzzHTML`, `FuzzJSON`, `FuzzNormalize`) is one test function over raw
/// bytes handed to `run`. Built with `-D FUZZING`, coverage instrumentation and libFuzzer linked
/// (`make fuzz`), the executable is a libFuzzer fuzzer and takes its options; in an ordinary build
/// the same executable runs the test once per file named on its command line, so a crash file
/// reproduces with a readable backtrace:
///
/// ```sh
/// swift build --product FuzzNormalize && .build/debug/FuzzNormalize crash-1f2e…
/// ```
public enum FuzzHarness {
    /// The target's test, for libFuzzer's C callback, which cannot capture it.
    nonisolated(unsafe) static var test: (UnsafeRawBufferPointer) -> Void = { _ in }

    /// The whole of a fuzz target's `main`: fuzz with libFuzzer (a fuzz build) or replay files.
    public static func run(_ test: @escaping (UnsafeRawBufferPointer) -> Void) -> Never {
        #if FUZZING
            Self.test = test
            var argc = CommandLine.argc
            var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
            exit(
                LLVMFuzzerRunDriver(&argc, &argv) { data, size in
                    FuzzHarness.test(UnsafeRawBufferPointer(start: data, count: size))
                    return 0
                })
        #else
            exit(replay(CommandLine.arguments, test: test))
        #endif
    }

    /// Runs `test` over each file named in `arguments` (the executable first, as in
    /// `CommandLine.arguments`); a directory stands for every regular file in it. Returns the exit
    /// status: 0 when every file ran, 2 for a usage error or a file that cannot be read.
    /// Writes to standard error with write(2): a closed or full stderr drops the message, never traps.
    static func writeError(_ message: String) {
        var message = message
        message.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            _ = write(2, base, bytes.count)
        }
    }

    public static func replay(_ arguments: [String], test: (UnsafeRawBufferPointer) -> Void) -> Int32 {
        let name = arguments.first.map { ($0 as NSString).lastPathComponent } ?? "fuzz"
        let paths = arguments.dropFirst()
        guard !paths.isEmpty else {
            FuzzHarness.writeError("usage: \(name) FILE-OR-FOLDER...  (runs the fuzz test on each file)\n")
            return 2
        }
        var ran = 0
        for path in files(Array(paths)) {
            guard let data = FileManager.default.contents(atPath: path) else {
                FuzzHarness.writeError("\(name): cannot read \(path)\n")
                return 2
            }
            data.withUnsafeBytes { test($0) }
            ran += 1
        }
        print("\(name): \(ran) input\(ran == 1 ? "" : "s") ran without a crash")
        return 0
    }

    /// The regular files among `paths`, a directory's files (not recursive) in name order.
    static func files(_ paths: [String]) -> [String] {
        var found: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                found += names.sorted().map { (path as NSString).appendingPathComponent($0) }
            } else {
                found.append(path)
            }
        }
        return found
    }
}

// MARK: - Article checks

/// The rules `commentary check` holds a stored article to, checked on an article straight from the
/// normalizer: a violation is a crash, so the fuzzer reports it with the input that caused it.
public enum ArticleChecks {
    public static func verify(_ article: Article) {
        let paragraphs = article.paragraphs.map { Array($0.text.unicodeScalars) }
        for mention in article.mentions {
            verify(mention.span, surface: mention.surface, in: paragraphs, what: "mention of \(mention.name)")
            if mention.name.isEmpty { preconditionFailure("mention with an empty name: \(mention)") }
        }
        for date in article.dates {
            verify(date.span, surface: date.surface, in: paragraphs, what: "date")
            if let value = date.value, SimpleDate(iso: value) == nil { preconditionFailure("date value not ISO: \(date)") }
        }
        for caption in article.captions {
            guard article.paragraphs.indices.contains(caption.paragraphIndex),
                article.paragraphs[caption.paragraphIndex].kind == .caption
            else { preconditionFailure("caption not on a caption paragraph: \(caption)") }
            if let date = caption.date, SimpleDate(iso: date) == nil { preconditionFailure("caption date not ISO: \(caption)") }
        }
        if let published = article.published, SimpleDate(iso: published) == nil {
            preconditionFailure("publication date not ISO: \(published) (\(article.publishedTime ?? "no time"))")
        }
        for paragraph in article.paragraphs where paragraph.text.isEmpty {
            preconditionFailure("empty paragraph of kind \(paragraph.kind)")
        }
    }

    /// A span lies inside its paragraph and its code points are the surface text.
    static func verify(_ span: TextSpan, surface: String, in paragraphs: [[Unicode.Scalar]], what: String) {
        guard paragraphs.indices.contains(span.paragraphIndex) else {
            preconditionFailure("\(what) in paragraph \(span.paragraphIndex) of \(paragraphs.count)")
        }
        let text = paragraphs[span.paragraphIndex]
        guard span.start >= 0, span.length > 0, span.start + span.length <= text.count else {
            preconditionFailure("\(what) at \(span.start)+\(span.length) outside its paragraph of \(text.count) code points")
        }
        let found = String(String.UnicodeScalarView(text[span.start..<span.start + span.length]))
        guard found == surface, Array(found.unicodeScalars) == Array(surface.unicodeScalars) else {
            preconditionFailure("\(what) at \(span.start)+\(span.length) reads \"\(found)\", not its surface \"\(surface)\"")
        }
    }
}
