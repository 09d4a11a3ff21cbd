#include <sqlite3.h>

/// `sqlite3_config` is variadic, which Swift does not call: one wrapper per setting the library
/// changes. Only before SQLite is initialized; later it returns SQLITE_MISUSE and changes nothing.
/// https://sqlite.org/c3ref/c_config_covering_index_scan.html#sqliteconfigmemstatus
static inline int commentary_sqlite3_config_memstatus(int on) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, on);
}
