/// Article and entity ids passed to SQL as one JSON array, read back with `json_each`: one bound
/// parameter, whatever the number of ids. https://sqlite.org/json1.html#jeach
enum IDList {
    static func json<S: Sequence>(_ ids: S) -> String where S.Element == Int64 {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
}
