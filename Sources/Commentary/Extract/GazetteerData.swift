/// The gazetteer's data files, `Data/gazetteer/` (written by `scripts/gazetteer/generate.py`),
/// embedded into the binary at build time by `Plugins/EmbedFilesPlugin`.
enum GazetteerData {
    /// One entry per line: canonical name, TAB, kind (person|organization|location|event), TAB,
    /// aliases separated by |.
    static let entries = EmbeddedGazetteer.text("entries")
    /// Demonyms and adjectives that are never entities by themselves, one per line.
    static let demonyms = EmbeddedGazetteer.text("demonyms")
    /// Titles and roles that precede a person's name, one per line, longest first.
    static let personTitles = EmbeddedGazetteer.text("titles")
}
