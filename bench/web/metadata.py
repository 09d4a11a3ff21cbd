#!/usr/bin/env python3
"""Scores the headline, author and publication date read from each page of a corpus against the
values the set's own tests state (NAME.meta.json, written by bench/web/corpus.py for the `mercury`
and `newspaper` kinds), for commentary (its archive's `articles` row) and for trafilatura
(`bare_extraction`'s metadata), and prints a Markdown table.

    metadata.py CORPUS ARCHIVE [--trafilatura] [--pages FILE]

Run by bench/web/run.sh when the corpus has .meta.json files; --trafilatura needs the venv's
python (bench/out/web-venv), which run.sh uses.

How a field counts as right, on text folded to lower case with quotes, dashes and spaces unified:
- headline: the same text;
- author: the same set of names, a stated list or a byline split at commas, semicolons, "and" and
  "&", with a leading "By" and a trailing outlet ("…, CNN") left out when it is the only word
  left over; a page whose stated authors all appear among those read counts as `authors found`;
- date: the same day; Postlight's tests state the moment in UTC, a page its own local day, so a
  day either side is counted apart as `within a day`.
A page counts for a field only when its set states that field.
"""
import datetime
import json
import os
import re
import sqlite3
import sys


def fold(text):
    text = (text or "").lower()
    for old, new in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"), ("\u00a0", " ")):
        text = text.replace(old, new)
    return " ".join(text.split())


def names(value):
    """A set of folded names from a stated list or a byline."""
    items = value if isinstance(value, list) else [value or ""]
    found = set()
    for item in items:
        item = re.sub(r"^\s*by\s+", "", fold(item))
        for name in re.split(r"\s*(?:,|;|\band\b|&|\|)\s*", item):
            name = name.strip(" .")
            if name:
                found.add(name)
    return found


def same_authors(stated, read):
    want, got = names(stated), names(read)
    # A byline's trailing outlet ("Dana Ford and Tom Watkins, CNN") is no author.
    extra = got - want
    return bool(want) and want <= got and all(len(name.split()) == 1 for name in extra)


def found_authors(stated, read):
    want = names(stated)
    return bool(want) and want <= names(read)


def day(text):
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text or "")
    return datetime.date(*map(int, match.groups())) if match else None


def ours(archive):
    rows = {}
    for source, title, author, published in sqlite3.connect(archive).execute(
            "SELECT s.source, a.title, a.author, a.published FROM articles a "
            "JOIN article_sources s ON s.article_id = a.id"):
        rows[os.path.basename(source)[:-len(".html")]] = {"title": title, "author": author, "published": published}
    return rows


def theirs(corpus, pages):
    import trafilatura
    rows = {}
    for name in pages:
        with open(os.path.join(corpus, name + ".html"), "rb") as f:
            document = trafilatura.bare_extraction(f.read(), with_metadata=True)
        if document is None:
            rows[name] = {}
            continue
        document = document if isinstance(document, dict) else document.as_dict()
        rows[name] = {"title": document.get("title"), "author": document.get("author"), "published": document.get("date")}
    return rows


def score(stated, read):
    """Per field: (pages stated, right, and the field's looser count)."""
    result = {"title": [0, 0, 0], "author": [0, 0, 0], "published": [0, 0, 0]}
    per_page = []
    for name, want in sorted(stated.items()):
        got = read.get(name, {})
        marks = {}
        if "title" in want:
            right = fold(want["title"]) == fold(got.get("title"))
            result["title"][0] += 1
            result["title"][1] += right
            result["title"][2] += right
            marks["title"] = right
        if "author" in want:
            result["author"][0] += 1
            result["author"][1] += same_authors(want["author"], got.get("author"))
            result["author"][2] += found_authors(want["author"], got.get("author"))
            marks["author"] = same_authors(want["author"], got.get("author"))
        if "published" in want:
            expected, actual = day(want["published"]), day(got.get("published"))
            result["published"][0] += 1
            result["published"][1] += expected is not None and expected == actual
            result["published"][2] += expected is not None and actual is not None and abs((expected - actual).days) <= 1
            marks["published"] = expected is not None and expected == actual
        per_page.append((name, marks, got))
    return result, per_page


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__.strip().split("\n\n")[1])
    corpus, archive = args[:2]
    pages_file = args[args.index("--pages") + 1] if "--pages" in args else None
    stated = {}
    for file in sorted(os.listdir(corpus)):
        if file.endswith(".meta.json"):
            with open(os.path.join(corpus, file), encoding="utf-8") as f:
                stated[file[:-len(".meta.json")]] = json.load(f)
    if not stated:
        sys.exit(f"no .meta.json in {corpus}")
    systems = {"commentary": ours(archive)}
    if "--trafilatura" in args:
        systems["trafilatura"] = theirs(corpus, sorted(stated))
    print(f"| system | headline | author | authors found | date | date within a day |")
    print("| --- | --- | --- | --- | --- | --- |")
    lines = []
    for system, read in systems.items():
        result, per_page = score(stated, read)
        t, a, d = result["title"], result["author"], result["published"]
        print(f"| {system} | {t[1]}/{t[0]} | {a[1]}/{a[0]} | {a[2]}/{a[0]} | {d[1]}/{d[0]} | {d[2]}/{d[0]} |")
        for name, marks, got in per_page:
            for field, right in marks.items():
                lines.append(f"{system}\t{name}\t{field}\t{int(right)}\t{got.get(field) or ''}")
    if pages_file:
        with open(pages_file, "w", encoding="utf-8") as f:
            f.write("system\tpage\tfield\tright\tread\n" + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
