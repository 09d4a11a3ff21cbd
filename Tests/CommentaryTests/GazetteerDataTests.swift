import Foundation
import Testing

@testable import Commentary

/// The gazetteer's data files (Data/gazetteer/) as the binary embeds them: well-formed, sorted,
/// normalized, unambiguous, and holding every entry written by hand in scripts/gazetteer/extra.tsv.
/// (`make gazetteer-check` checks that the files are what the generator writes.)
@Suite struct GazetteerDataTests {
    static let kindOrder: [EntityKind] = [.location, .organization, .event, .person]

    struct Record {
        var name: String
        var kind: EntityKind
        var aliases: [String]
    }

    static let records: [Record] = GazetteerData.entries.split(separator: "\n").compactMap { line -> Record? in
        let fields: [String] = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count >= 2, let kind = EntityKind(rawValue: fields[1]) else { return nil }
        let aliases: [String] = fields.count > 2 ? fields[2].split(separator: "|").map(String.init) : []
        return Record(name: fields[0], kind: kind, aliases: aliases)
    }

    @Test func embeddedFilesAreTheDataFolder() throws {
        for (name, file) in [("entries", "entries.tsv"), ("demonyms", "demonyms.txt"), ("titles", "titles.txt")] {
            let onDisk = try String(contentsOf: repositoryRoot.appending(path: "Data/gazetteer/\(file)"), encoding: .utf8)
            #expect(EmbeddedGazetteer.text(name) == onDisk, "rebuild: \(file) changed since the binary embedded it")
        }
        #expect(Self.records.count > 14_000)
    }

    @Test func everyLineIsNameKindAndAliases() {
        for line in GazetteerData.entries.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect((2...3).contains(fields.count), "\(line)")
            #expect(fields.count < 2 || Self.kindOrder.map(\.rawValue).contains(String(fields[1])), "\(line)")
            #expect(fields.allSatisfy { !$0.isEmpty && $0.trimmingCharacters(in: .whitespaces) == $0 }, "\(line)")
        }
    }

    @Test func entriesAreSortedByKindThenName() {
        let keys = Self.records.map { (Self.kindOrder.firstIndex(of: $0.kind) ?? -1, $0.name.lowercased(), $0.name) }
        let outOfOrder = zip(keys, keys.dropFirst()).first { $0 > $1 }
        #expect(outOfOrder == nil, "\(String(describing: outOfOrder))")
        for list in [GazetteerData.demonyms, GazetteerData.personTitles] {
            #expect(!list.split(separator: "\n").isEmpty)
        }
        let demonyms = GazetteerData.demonyms.split(separator: "\n").map { [$0.lowercased(), String($0)] }
        #expect(demonyms == demonyms.sorted { $0.lexicographicallyPrecedes($1) })
        // Titles longest first, so "Deputy Prime Minister" is tried before "Prime Minister".
        let titleLengths = GazetteerData.personTitles.split(separator: "\n").map { $0.split(separator: " ").count }
        #expect(titleLengths == titleLengths.sorted(by: >))
    }

    @Test func everythingIsNFC() {
        for text in [GazetteerData.entries, GazetteerData.demonyms, GazetteerData.personTitles] {
            let lines = text.split(separator: "\n")
            let denormalized = lines.filter { line in
                !String(line).unicodeScalars.elementsEqual(line.precomposedStringWithCanonicalMapping.unicodeScalars)
            }
            #expect(denormalized.isEmpty, "\(denormalized.prefix(5))")
        }
    }

    @Test func noNameOrAliasNamesTwoEntries() {
        var seen: [String: String] = [:]
        var clashes: [String] = []
        for record in Self.records {
            for name in [record.name] + record.aliases {
                if let other = seen[name] { clashes.append("\(name): \(other) and \(record.name)") }
                seen[name] = record.name
            }
        }
        #expect(clashes.isEmpty, "\(clashes.prefix(5))")
        let demonyms = Set(GazetteerData.demonyms.split(separator: "\n").map(String.init))
        #expect(demonyms.intersection(seen.keys).isEmpty)
    }

    /// What a contributor wrote by hand in extra.tsv is in the data: each entry with its kind and
    /// aliases, each demonym and title, and no excluded name.
    @Test func everyHandWrittenEntryIsPresent() throws {
        let extra = try String(contentsOf: repositoryRoot.appending(path: "scripts/gazetteer/extra.tsv"), encoding: .utf8)
        let byName = Dictionary(Self.records.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let allNames = Set(Self.records.flatMap { [$0.name] + $0.aliases })
        let demonyms = Set(GazetteerData.demonyms.split(separator: "\n").map(String.init))
        let titles = Set(GazetteerData.personTitles.split(separator: "\n").map(String.init))
        var checked = 0
        for (number, line) in extra.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty, !line.hasPrefix("#") else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let (name, kind) = (fields[0], fields[1])
            let listed = fields.count > 2 ? fields[2].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } : []
            let place = "extra.tsv:\(number + 1) \(name)"
            switch kind {
            case "demonym": #expect(([name] + listed).allSatisfy(demonyms.contains), "\(place)")
            case "title": #expect(titles.contains(name), "\(place)")
            case "exclude": #expect(!allNames.contains(name), "\(place) is excluded but present")
            default:
                let record = try #require(byName[name], "\(place) missing")
                #expect(record.kind.rawValue == kind, "\(place)")
                let names = Set([record.name] + record.aliases)
                #expect(listed.allSatisfy(names.contains), "\(place): aliases missing")
            }
            checked += 1
        }
        #expect(checked > 500)
    }
}
