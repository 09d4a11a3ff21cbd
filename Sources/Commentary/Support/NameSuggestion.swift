/// The names closest to a mistyped one, by edit distance with case and accents aside: what a
/// "did you mean" answers with.
///
/// ```swift
/// NameSuggestion.closest(to: "Xi Jinpin", among: ["Xi Jinping", "Li Qiang"])  // ["Xi Jinping"]
/// ```
public enum NameSuggestion {
    /// The names at the smallest edit distance from `typed`, when that distance is small enough
    /// for a typo (a third of the typed length, at least 1, at most 3); at most `limit`, sorted.
    public static func closest(to typed: String, among names: some Sequence<String>, limit: Int = 3) -> [String] {
        let target = Array(TextFold.fold(typed))
        guard !target.isEmpty else { return [] }
        let allowed = min(3, max(1, target.count / 3))
        var best = allowed + 1
        var found: Set<String> = []
        for name in names {
            let folded = Array(TextFold.fold(name))
            // Lengths further apart than the allowance cannot be close: skip the table.
            guard abs(folded.count - target.count) <= min(best, allowed) else { continue }
            let distance = editDistance(target, folded, bound: min(best, allowed))
            guard distance <= allowed else { continue }
            if distance < best {
                best = distance
                found = [name]
            } else if distance == best {
                found.insert(name)
            }
        }
        return Array(found.sorted().prefix(limit))
    }

    /// "did you mean 'A'?" or "did you mean 'A' or 'B'?"; nil for no suggestion.
    public static func question(_ suggestions: [String]) -> String? {
        guard !suggestions.isEmpty else { return nil }
        return "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }

    /// Levenshtein distance; anything above `bound` is reported as `bound + 1`.
    static func editDistance(_ a: [Character], _ b: [Character], bound: Int) -> Int {
        if a.isEmpty || b.isEmpty { return min(bound + 1, max(a.count, b.count)) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowBest = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowBest = min(rowBest, current[j])
            }
            if rowBest > bound { return bound + 1 }
            swap(&previous, &current)
        }
        return min(previous[b.count], bound + 1)
    }
}
