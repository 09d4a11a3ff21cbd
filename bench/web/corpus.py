#!/usr/bin/env python3
"""Builds a web-extraction corpus (NAME.html + NAME.txt, the expected body) from a public test set
brought in with the look-up tool, kept outside the repository (bench/out/).

    python3 bench/web/corpus.py readability GITDIR OUTDIR

`readability`: the test pages of Mozilla's Readability (test/test-pages/NAME/source.html with the
reviewed article in expected.html). The expected body is that article's text without its figure
captions and its <h1>: the reader keeps captions and the headline apart from the body, and the body
is what the bench scores. Pages whose expected body is under 80 words are left out (they are the
suite's tests of single markup rules, not articles).

Nothing here is committed output: the pages are other people's text and stay in OUTDIR.
"""
import html.parser
import os
import re
import subprocess
import sys

BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "td", "th",
          "table", "section", "article", "br", "dd", "dt", "figure", "main", "header", "footer", "hr"}
SKIPPED = {"figcaption", "h1", "script", "style", "noscript"}
VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "param", "track"}


class TextOf(html.parser.HTMLParser):
    """The text of an HTML fragment, a line per block, without captions and headline."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.current, self.skipping = [], [], []

    def flush(self):
        line = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if line:
            self.lines.append(line)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCKS:
            self.flush()
        if tag in SKIPPED and tag not in VOID:
            self.skipping.append(tag)

    def handle_endtag(self, tag):
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()
        if tag in BLOCKS:
            self.flush()

    def handle_data(self, data):
        if not self.skipping:
            self.current.append(data)


def text_of(markup):
    parser = TextOf()
    parser.feed(markup)
    parser.close()
    parser.flush()
    return "\n".join(parser.lines) + "\n"


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True).stdout


def readability(gitdir, out):
    names = git(gitdir, "ls-tree", "--name-only", "HEAD", "test/test-pages/").decode().split()
    kept = 0
    for path in names:
        name = os.path.basename(path)
        try:
            source = git(gitdir, "show", f"HEAD:{path}/source.html")
            expected = git(gitdir, "show", f"HEAD:{path}/expected.html").decode("utf-8", "replace")
        except subprocess.CalledProcessError:
            continue
        body = text_of(expected)
        if len(re.findall(r"\w+", body)) < 80:
            continue
        with open(os.path.join(out, f"readability-{name}.html"), "wb") as f:
            f.write(source)
        with open(os.path.join(out, f"readability-{name}.txt"), "w", encoding="utf-8") as f:
            f.write(body)
        kept += 1
    return kept


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in {"readability"}:
        sys.exit(__doc__.strip().split("\n\n")[1])
    kind, gitdir, out = sys.argv[1:]
    os.makedirs(out, exist_ok=True)
    kept = {"readability": readability}[kind](gitdir, out)
    # What the corpus is, for the report score.py writes.
    with open(os.path.join(out, "SOURCE"), "w", encoding="utf-8") as f:
        f.write(f"{kept} pages from Mozilla Readability's test pages (test/test-pages: source.html, "
                "expected body = expected.html's text without figure captions and <h1>), bench/web/corpus.py\n")
    print(f"{kept} pages written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
