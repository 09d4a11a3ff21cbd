#!/usr/bin/env python3
"""Runs trafilatura on every NAME.html of a corpus (in the venv bench/web/run.sh makes), writing
NAME.txt for each page it extracts text from; prints the mean seconds per page, extraction alone
(the pages already read, the interpreter and the library already loaded).

    trafilatura_run.py CORPUS OUTDIR
"""
import os
import sys
import time

import trafilatura


def main():
    corpus, out = sys.argv[1:3]
    os.makedirs(out, exist_ok=True)
    names = sorted(f[:-5] for f in os.listdir(corpus) if f.endswith(".html"))
    pages = {n: open(os.path.join(corpus, n + ".html"), "rb").read() for n in names}
    spent = 0.0
    for n in names:
        start = time.perf_counter()
        text = trafilatura.extract(pages[n], include_comments=False, include_tables=True)
        spent += time.perf_counter() - start
        if text and text.strip():
            with open(os.path.join(out, n + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
    print(f"{spent / len(names):.6f}")


if __name__ == "__main__":
    main()
