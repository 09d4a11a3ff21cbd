import ArgumentParser

/// The range check every numeric option goes through in `validate()`, so a value that would
/// overflow or mean nothing is a usage error naming the option and its range, never a crash.
enum NumericOption {
    /// Most rows a listing option may ask for or skip: more than an archive holds, and within
    /// SQLite's 64-bit LIMIT and OFFSET.
    static let largestCount = 1_000_000_000

    static func check(_ value: Int, _ name: String, in range: ClosedRange<Int>, unit: String) throws {
        guard range.contains(value) else {
            throw ValidationError("\(name) must be \(describe(range)) \(unit), not \(value)")
        }
    }

    static func describe(_ range: ClosedRange<Int>) -> String {
        "from \(range.lowerBound) to \(range.upperBound)"
    }
}
