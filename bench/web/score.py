#!/usr/bin/env python3
"""Scores extracted article bodies against the expected ones (`make bench-web`, bench/web/run.sh).

    score.py CORPUS --system NAME=DIR:SECONDS_PER_PAGE ... [--write BENCHMARKS.md] [--pages FILE.tsv]

CORPUS holds NAME.html and NAME.txt (the expected body). DIR holds one NAME.txt per page the system
read; a page without one was refused. The measure: text (in Unicode's composed form, NFC: a page or a
reference that keeps its letters decomposed, u and a combining diaeresis, would otherwise have every
such word split in two) split into \\w+ tokens, 4-token shingles as
a multiset; per page precision = shared / predicted shingles and recall = shared / expected. Precision
is averaged over the pages that produced text, recall over the pages with expected text, and F1 is
taken of the two averages. The strict F1 counts a refused page's precision as 0.

Pages with NAME.snippets.json instead of NAME.txt (trafilatura's evaluation set: snippets the body
must hold, `with`, and must not, `without`) are scored apart, as trafilatura's own evaluation scores
them: whitespace-collapsed substring matches, counted over all snippets of all pages (a `with`
found is a true positive, a `without` found a false positive), precision, recall, accuracy and F1
of the counts; a page is low when under half of its `with` snippets are found.

The split is fixed: a page is held out when the first hex digit of the SHA-1 of its name is 0-3
(about a quarter). Rules are tuned on the rest; both halves are reported.
"""
import argparse
import collections
import datetime
import hashlib
import json
import os
import re
import sys
import unicodedata

MARKER = "<!-- bench-web -->"


def shingles(text):
    tokens = re.findall(r"\w+", unicodedata.normalize("NFC", text))
    if not tokens:
        return collections.Counter()
    if len(tokens) < 4:
        return collections.Counter([tuple(tokens)])
    return collections.Counter(tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3))


def held_out(name):
    return hashlib.sha1(name.encode()).hexdigest()[0] in "0123"


def page_scores(expected, predicted):
    """(precision, recall, f1) of one page; precision None when nothing was predicted."""
    e, p = shingles(expected), shingles(predicted or "")
    shared = sum((e & p).values())
    precision = shared / sum(p.values()) if p else None
    recall = shared / sum(e.values()) if e else None
    pr = precision or 0.0
    rc = recall or 0.0
    f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return precision, recall, f1


def summary(rows):
    """rows: (name, refused, precision, recall, f1)."""
    produced = [r for r in rows if r[2] is not None]
    with_expected = [r for r in rows if r[3] is not None]
    p = sum(r[2] for r in produced) / len(produced) if produced else 0.0
    r = sum(r[3] for r in with_expected) / len(with_expected) if with_expected else 0.0
    strict_p = sum((row[2] or 0.0) for row in rows) / len(rows) if rows else 0.0

    def f1(a, b):
        return 2 * a * b / (a + b) if a + b else 0.0

    return {
        "pages": len(rows), "precision": p, "recall": r, "f1": f1(p, r), "strict_f1": f1(strict_p, r),
        "low": sorted(row[0] for row in rows if not row[1] and row[4] < 0.5),
        "refused": sorted(row[0] for row in rows if row[1]),
    }


def collapsed(text):
    return re.sub(r"\s+", " ", text).strip()


def snippet_counts(snippets, predicted):
    """(tp, fp, fn, tn) of one page's snippets against its body (None: refused)."""
    body = collapsed(predicted) if predicted is not None else ""
    tp = sum(1 for w in snippets["with"] if collapsed(w) in body) if predicted is not None else 0
    fp = sum(1 for w in snippets["without"] if collapsed(w) in body) if predicted is not None else 0
    return tp, fp, len(snippets["with"]) - tp, len(snippets["without"]) - fp


def snippet_summary(rows):
    """rows: (name, refused, (tp, fp, fn, tn))."""
    tp, fp, fn, tn = (sum(r[2][i] for r in rows) for i in range(4))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "pages": len(rows), "precision": precision, "recall": recall,
        "accuracy": (tp + tn) / (tp + fp + fn + tn) if rows else 0.0,
        "f1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0,
        "low": sorted(r[0] for r in rows if not r[1] and r[2][0] * 2 < r[2][0] + r[2][2]),
        "refused": sorted(r[0] for r in rows if r[1]),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--system", action="append", required=True, help="NAME=DIR:SECONDS_PER_PAGE")
    parser.add_argument("--write")
    parser.add_argument("--pages")
    parser.add_argument("--note", action="append", default=[])
    args = parser.parse_args()

    names = sorted(f[:-5] for f in os.listdir(args.corpus) if f.endswith(".html")
                   and os.path.exists(os.path.join(args.corpus, f[:-5] + ".txt")))
    snippet_names = sorted(f[:-5] for f in os.listdir(args.corpus) if f.endswith(".html")
                           and os.path.exists(os.path.join(args.corpus, f[:-5] + ".snippets.json")))
    if not names and not snippet_names:
        sys.exit(f"score: no NAME.html with NAME.txt or NAME.snippets.json in {args.corpus}")
    expected = {n: open(os.path.join(args.corpus, n + ".txt"), encoding="utf-8").read() for n in names}
    snippets = {n: json.load(open(os.path.join(args.corpus, n + ".snippets.json"), encoding="utf-8"))
                for n in snippet_names}
    results = {}
    snippet_results = {}
    per_page = []

    def read(directory, n):
        path = os.path.join(directory, n + ".txt")
        return open(path, encoding="utf-8").read() if os.path.exists(path) else None

    for spec in args.system:
        label, rest = spec.split("=", 1)
        directory, seconds = rest.rsplit(":", 1)
        rows = []
        for n in names:
            predicted = read(directory, n)
            precision, recall, f1 = page_scores(expected[n], predicted)
            rows.append((n, predicted is None, precision, recall, f1))
            per_page.append((label, n, "held-out" if held_out(n) else "tuning", predicted is None, precision, recall, f1))
        results[label] = {
            "seconds": float(seconds),
            "all": summary(rows),
            "tuning": summary([r for r in rows if not held_out(r[0])]),
            "held-out": summary([r for r in rows if held_out(r[0])]),
        }
        snippet_rows = []
        for n in snippet_names:
            predicted = read(directory, n)
            counts = snippet_counts(snippets[n], predicted)
            snippet_rows.append((n, predicted is None, counts))
            found = counts[0] / (counts[0] + counts[2])
            clean = counts[3] / (counts[1] + counts[3]) if counts[1] + counts[3] else None
            per_page.append((label, n, "held-out" if held_out(n) else "tuning", predicted is None, clean, found,
                             2 * counts[0] / (2 * counts[0] + counts[1] + counts[2])))
        snippet_results[label] = {
            "all": snippet_summary(snippet_rows),
            "tuning": snippet_summary([r for r in snippet_rows if not held_out(r[0])]),
            "held-out": snippet_summary([r for r in snippet_rows if held_out(r[0])]),
        }

    def fmt(x):
        return "–" if x is None else f"{x:.3f}"

    if args.pages:
        with open(args.pages, "w", encoding="utf-8") as f:
            f.write("system\tpage\tsplit\trefused\tprecision\trecall\tf1\n")
            for label, n, split, refused, p, r, f1 in per_page:
                f.write(f"{label}\t{n}\t{split}\t{int(refused)}\t{fmt(p)}\t{fmt(r)}\t{f1:.3f}\n")

    lines = [
        MARKER,
        "## Web pages: article body beside trafilatura",
        "",
        f"Written by `make bench-web` (bench/web/run.sh) on {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}: "
        f"{len(names) + len(snippet_names)} pages of `{args.corpus}`; held out: the pages whose name's SHA-1 "
        "starts 0-3 (rules were tuned on the rest).",
        "",
    ]
    source = os.path.join(args.corpus, "SOURCE")
    if os.path.exists(source):
        lines += ["Corpus:", ""] + ["- " + line for line in open(source, encoding="utf-8").read().split("\n") if line]
        lines += [""]
    def table(title, headings, result_sets, cells, lists):
        """A markdown table, a row per system and split, then each system's lists of pages."""
        rows = [title, "", "| system | split | " + " | ".join(headings) + " |",
                "|" + " --- |" * (len(headings) + 2)]
        for label, result in result_sets.items():
            rows += [f"| {label} | {split} | " + " | ".join(cells(result, result[split])) + " |"
                     for split in ("tuning", "held-out", "all")]
        rows.append("")
        for label, result in result_sets.items():
            rows += [f"- {label}, {what}: {', '.join(result['all'][key]) or 'none'}" for what, key in lists]
        return rows + [""]

    if names:
        lines += table(
            f"Body by shingles ({len(names)} pages with a whole expected body):",
            ["pages", "precision", "recall", "F1", "strict F1 (refused = 0)", "F1 < 0.5", "refused", "time per page"],
            results,
            lambda result, s: [str(s["pages"]), f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"**{s['f1']:.3f}**",
                               f"{s['strict_f1']:.3f}", str(len(s["low"])), str(len(s["refused"])),
                               f"{result['seconds'] * 1000:.1f} ms"],
            [("refused", "refused"), ("F1 < 0.5", "low")])
    if snippet_names:
        lines += table(
            f"Body by snippets ({len(snippet_names)} pages with `with`/`without` snippets; counts over all snippets):",
            ["pages", "precision", "recall", "accuracy", "F1", "under half of `with` found", "refused"],
            snippet_results,
            lambda result, s: [str(s["pages"]), f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['accuracy']:.3f}",
                               f"**{s['f1']:.3f}**", str(len(s["low"])), str(len(s["refused"]))],
            [("refused", "refused")])
    lines += [""] + [f"{note}" for note in args.note]
    report = "\n".join(lines).rstrip() + "\n"
    print(report)
    if args.write:
        previous = open(args.write, encoding="utf-8").read() if os.path.exists(args.write) else ""
        if MARKER in previous:
            previous = previous[:previous.index(MARKER)]
        with open(args.write, "w", encoding="utf-8") as f:
            f.write(previous.rstrip() + "\n\n" + report)
        print(f"wrote {args.write}", file=sys.stderr)


if __name__ == "__main__":
    main()
