import GRDB

/// The user-editable `aliases` table: `UN` → United Nations.
public enum AliasStore {
    public struct Alias: Sendable, Equatable {
        public var alias: String
        public var name: String
        public var kind: EntityKind
    }

    /// The archive's aliases, as the extractor uses them.
    public static func table(_ archive: Archive) throws(CommentaryError) -> AliasTable {
        var entries: [String: AliasTable.Target] = [:]
        for alias in try list(archive) {
            entries[alias.alias] = AliasTable.Target(name: alias.name, kind: alias.kind)
        }
        return AliasTable(entries)
    }

    public static func list(_ archive: Archive) throws(CommentaryError) -> [Alias] {
        try archive.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT a.alias, e.name, e.kind FROM aliases a JOIN entities e ON e.id = a.entity_id ORDER BY e.name, a.alias
                    """
            ).compactMap { row in
                EntityKind(rawValue: row["kind"]).map { Alias(alias: row["alias"], name: row["name"], kind: $0) }
            }
        }
    }

    /// Maps `alias` to the entity `name`; its kind is `kind`, else the kind the archive or the
    /// gazetteer already gives that name.
    @discardableResult
    public static func add(_ archive: Archive, alias: String, name: String, kind: EntityKind?) throws(CommentaryError) -> Alias {
        let alias = alias.trimmingSpaces()
        let name = name.trimmingSpaces()
        guard !alias.isEmpty, !name.isEmpty else { throw .usage("an alias and a name are both needed") }
        return try archive.write { db in
            var resolvedKind = kind
            if resolvedKind == nil {
                let kinds = try String.fetchAll(db, sql: "SELECT DISTINCT kind FROM entities WHERE name = ?", arguments: [name])
                if kinds.count == 1 { resolvedKind = EntityKind(rawValue: kinds[0]) }
                if kinds.count > 1 {
                    throw CommentaryError.usage("'\(name)' is known as several kinds (\(kinds.joined(separator: ", "))); add --kind")
                }
            }
            if resolvedKind == nil, let entry = Gazetteer.shared.lookup(name), entry.name == name { resolvedKind = entry.kind }
            guard let resolvedKind else {
                throw CommentaryError.usage("'\(name)' is not a known entity; add --kind person|organization|location|event")
            }
            try db.execute(sql: "INSERT OR IGNORE INTO entities(name, kind) VALUES (?, ?)", arguments: [name, resolvedKind.rawValue])
            let id =
                try Int64.fetchOne(
                    db, sql: "SELECT id FROM entities WHERE name = ? AND kind = ?", arguments: [name, resolvedKind.rawValue]) ?? 0
            try db.execute(sql: "INSERT OR REPLACE INTO aliases(alias, entity_id) VALUES (?, ?)", arguments: [alias, id])
            return Alias(alias: alias, name: name, kind: resolvedKind)
        }
    }

    /// Removes an alias; false when there was none.
    @discardableResult
    public static func remove(_ archive: Archive, alias: String) throws(CommentaryError) -> Bool {
        try archive.write { db in
            try db.execute(sql: "DELETE FROM aliases WHERE alias = ?", arguments: [alias])
            return db.changesCount > 0
        }
    }
}
