#!/usr/bin/env python3
"""Times the analysis commands beside the searches they are measured against (issue #17's targets).

    bench/analysis.py --bin .build/release/commentary --db bench/out/ours.sqlite [--runs 7]

Whole processes, wall time, output to /dev/null; the commands of one comparison alternate run by
run, so a busy machine slows both sides alike; medians are reported. Needs an archive of the
bench corpus (bench/generate.py, imported by `make bench` or by hand).
"""

import argparse
import os
import statistics
import subprocess
import tempfile
import time

# Twenty categories, one query each, in the words of bench/generate.py's corpus.
CODEBOOK = {
    "cooperation": "cooperation", "trade": "trade", "energy": "energy", "investment": "investment",
    "forum": '"China-Russia Business Forum"', "summit": "summit", "security": "security", "growth": "growth",
    "technology": "technology", "infrastructure": "infrastructure", "agriculture": "agriculture",
    "finance": "finance", "climate": "climate", "health": "health", "education": "education",
    "tourism": "tourism", "culture": "culture", "rare": "zyxquartz", "prefix": "coop*", "partners": "partners",
}


def timed(command):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def compare(label, sides, runs):
    times = {name: [] for name in sides}
    for _ in range(runs):
        for name, run in sides.items():
            times[name].append(run())
    medians = {name: statistics.median(values) for name, values in times.items()}
    names = list(sides)
    ratio = medians[names[0]] / medians[names[1]] if medians[names[1]] else float("nan")
    cells = "; ".join(f"{name} {medians[name] * 1000:.0f} ms" for name in names)
    print(f"| {label} | {cells} | {ratio:.2f}x |")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    base = [args.bin]
    db = ["--db", args.db]

    def run(*words):
        return lambda: timed(base + list(words) + db + ["--format", "json"])

    print("| comparison | medians | ratio |")
    print("| --- | --- | --- |")
    for query in ["cooperation", '"China-Russia Business Forum"', "zyxquartz"]:
        compare(f"count {query} --by month vs search {query}",
                {"count": run("count", query, "--by", "month"), "search": run("search", query)}, args.runs)
        compare(f"count {query} --by month vs search {query} --all",
                {"count": run("count", query, "--by", "month"), "search --all": run("search", query, "--all")}, args.runs)

    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as book:
        for name, query in CODEBOOK.items():
            book.write(f"{name}: '{query}'\n")
        path = book.name

    def twenty_searches():
        return sum(timed(base + ["search", query, "--format", "json"] + db) for query in CODEBOOK.values())

    compare("code, 20 categories vs 20 searches",
            {"code": run("code", "--dictionary", path), "20 searches": twenty_searches}, max(3, args.runs // 2))
    compare("code --by month, 20 categories vs 20 searches",
            {"code --by month": run("code", "--dictionary", path, "--by", "month"), "20 searches": twenty_searches},
            max(3, args.runs // 2))
    os.unlink(path)
    compare('collocates "China-Russia Business Forum" (1% of articles) vs search of it',
            {"collocates": run("collocates", '"China-Russia Business Forum"'),
             "search": run("search", '"China-Russia Business Forum"')}, args.runs)
    compare("collocates zyxquartz vs search zyxquartz",
            {"collocates": run("collocates", "zyxquartz"), "search": run("search", "zyxquartz")}, args.runs)


if __name__ == "__main__":
    main()
