import CSQLiteConfig

/// Process-wide SQLite settings, made before the first connection opens.
enum SQLiteSettings {
    /// Runs once, before the first archive is opened or created.
    ///
    /// Memory statistics off: SQLite otherwise counts every allocation under a global mutex, and
    /// Debian's build has no lookaside memory, so every cursor a statement opens is a malloc: the
    /// mutex alone was 2.5% of an import's writer. Nothing here reads the statistics.
    /// https://sqlite.org/c3ref/c_config_covering_index_scan.html#sqliteconfigmemstatus
    static let applied: Void = {
        // SQLITE_MISUSE when something in this process opened SQLite first: the default stays.
        _ = commentary_sqlite3_config_memstatus(0)
    }()
}
