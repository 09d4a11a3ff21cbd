#!/usr/bin/env python3
"""Builds a web-extraction corpus (NAME.html + NAME.txt, the expected body) from a public test set
brought in with the look-up tool, kept outside the repository (bench/out/).

    python3 bench/web/corpus.py readability|htmltotext|trafilatura|newspaper|goose|mercury|daniel|wcxb|fundus|dragnet|googlenews|cleanportal|cleaneval|magichtml|irdata|evan|chinese|snacktory GITDIR OUTDIR

Each kind adds its pages to OUTDIR (names prefixed by the kind) and its line to OUTDIR/SOURCE, so
one folder can hold several sets (the broad corpus: all three into bench/out/web-corpus).

`readability`: the test pages of Mozilla's Readability (test/test-pages/NAME/source.html with the
reviewed article in expected.html). The expected body is that article's text without its figure
captions and its <h1>: the reader keeps captions and the headline apart from the body, and the body
is what the bench scores. Pages whose expected body is under 80 words are left out (they are the
suite's tests of single markup rules, not articles).

`htmltotext`: leogao2/htmltotext-benchmark (benchmarkdata/LANG/html/NAME.html with a hand-made
text in benchmarkdata/LANG/text/NAME.txt), its news and blog pages only: its forum threads and
encyclopedia pages are not articles.

`trafilatura`: adbar/trafilatura's evaluation set (tests/evaldata.json: per page, snippets the
extracted text must hold, `with`, and must not, `without`; the pages in tests/eval/ and
tests/cache/). It has no whole expected body, so each page gets NAME.snippets.json instead of
NAME.txt and score.py scores it apart, by snippets, as trafilatura's own evaluation does. The set is
the one trafilatura is tuned on.

`newspaper`: the news pages of newspaper4k's tests (AndyTheFactory/newspaper4k: tests/data/html/
NAME.html with the article's text in tests/data/txt/NAME.txt), many of them in languages other than
English (Arabic, Burmese, Chinese, Japanese, Korean, Latvian, Spanish, Thai). A set none of the
reader's rules was written for. The headline, authors and date in tests/data/metadata/NAME.json go to
NAME.meta.json (bench/web/metadata.py scores them).

`goose`: the news pages of goose3's content tests (goose3/goose3: tests/data/content/NAME.html, the
expected `cleaned_text` in NAME.json). Most of those texts are only the article's first words, so
each page gets NAME.snippets.json with its opening (up to twenty words) as the one `with` snippet:
it checks that the story's start is read, not its whole body.

`mercury`: the news and magazine pages of Postlight's parser (postlight/parser: fixtures/SITE.html,
one or more a site, with the first thirteen words of the article's content asserted in
src/extractors/custom/SITE/index.test.js). Each test's first page and first assertion make a page
with that opening as its one `with` snippet, as for `goose` (its longest run of words not glued
across two blocks by the test's way of taking text). Those openings come from a selector written
for each site, so some start at a standfirst or a photo's credit, which the reader keeps apart. The
fixtures were saved with each `<meta>`'s `content` renamed `value`; the pages are written back with
`content`, as served. The headline, author and date the tests assert go to NAME.meta.json.

`daniel`: the DAnIEL news corpus as rundimeco/waddle keeps it (corpora/Corpus_daniel_v2.1: html/NAME
with a reference cleaning in reference/NAME, one `<p>` a line; doc_lg.json gives each page's
language): 1,689 pages of 2011-2012 from 567 news sites in English, Chinese, Russian, Greek and
Polish. The reference opens with the headline, which is dropped (the reader keeps it apart); it
keeps the lines a story's region shows, captions and date lines among them, so no reader scores
near 1 on it: it is for comparing readers and finding the pages one of them gets wrong.

`wcxb`: the article pages of the Web Content Extraction Benchmark (Murrough-Foley/web-content-
extraction-benchmark: metadata.json types each page; SPLIT/html/ID.html.gz with SPLIT/ground-truth/
ID.json, whose `main_content` is the expected body): 968 pages saved in 2025 from as many sites,
news, blogs, guides and company posts. Its references were drafted by a model and reviewed by hand,
so they hold some lines a reader rightly leaves out (an author's box, a call to subscribe); it is for
finding the pages a reader gets wrong on today's web. The headline, author and date go to
NAME.meta.json. Its own dev/test split is ignored: score.py's held-out rule applies as to every set.

Nothing here is committed output: the pages are other people's text and stay in OUTDIR.
"""
import html.parser
import json
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


def listed(gitdir, folder, recursive=False):
    """The paths under FOLDER in the snapshot's HEAD (its entries, or every file with `recursive`)."""
    listing = git(gitdir, "ls-tree", *(["-r"] if recursive else []), "--name-only", "HEAD", folder)
    return [path for path in listing.decode().split("\n") if path]


def stem_of(text):
    """A page name's part of letters and digits: every other run a hyphen."""
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")


def write_snippet_page(out, name, page, snippets):
    """OUT/NAME.html and OUT/NAME.snippets.json (`with`/`without`: what its body must and must not hold)."""
    import json
    with open(os.path.join(out, f"{name}.html"), "wb") as f:
        f.write(page)
    with open(os.path.join(out, f"{name}.snippets.json"), "w", encoding="utf-8") as f:
        json.dump(snippets, f, ensure_ascii=False)


def write_page(out, name, page, expected):
    """OUT/NAME.html (the page's bytes) and OUT/NAME.txt (its expected body)."""
    with open(os.path.join(out, f"{name}.html"), "wb") as f:
        f.write(page)
    with open(os.path.join(out, f"{name}.txt"), "w", encoding="utf-8") as f:
        f.write(expected)


def readability(gitdir, out):
    names = listed(gitdir, "test/test-pages/")
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
        write_page(out, f"readability-{name}", source, body)
        kept += 1
    return kept


def htmltotext(gitdir, out):
    names = listed(gitdir, "benchmarkdata/", recursive=True)
    kept = 0
    for path in names:
        match = re.fullmatch(r"benchmarkdata/(\w+)/html/((?:news|blog)-.+)\.html", path)
        if not match:
            continue
        language, name = match.groups()
        try:
            expected = git(gitdir, "show", f"HEAD:benchmarkdata/{language}/text/{name}.txt").decode("utf-8", "replace")
        except subprocess.CalledProcessError:
            continue
        write_page(out, f"htmltotext-{language}-{name}", git(gitdir, "show", f"HEAD:{path}"), expected)
        kept += 1
    return kept


def trafilatura(gitdir, out):
    import hashlib
    import json
    evaluation = json.loads(git(gitdir, "show", "HEAD:tests/evaldata.json"))
    kept = 0
    for url, entry in sorted(evaluation.items()):
        if not entry.get("with"):
            continue
        page = None
        for folder in ("tests/eval", "tests/cache"):
            try:
                page = git(gitdir, "show", f"HEAD:{folder}/{entry['file']}")
                break
            except subprocess.CalledProcessError:
                continue
        if page is None:
            continue
        # A stable name of letters and digits: the file's own stem, shortened, and a hash of the URL.
        stem = stem_of(entry["file"].rsplit(".", 1)[0])[:40]
        name = f"trafilatura-{stem}-{hashlib.sha1(url.encode()).hexdigest()[:6]}"
        write_snippet_page(out, name, page, {"url": url, "with": entry["with"], "without": entry.get("without", [])})
        kept += 1
    return kept


def newspaper(gitdir, out):
    names = listed(gitdir, "tests/data/html/")
    kept = 0
    for path in names:
        name = os.path.basename(path)[:-len(".html")]
        try:
            expected = git(gitdir, "show", f"HEAD:tests/data/txt/{name}.txt").decode("utf-8", "replace")
        except subprocess.CalledProcessError:
            continue
        if len(re.findall(r"\w+", expected)) < 20:
            continue
        write_page(out, f"newspaper-{stem_of(name)}", git(gitdir, "show", f"HEAD:{path}"), expected)
        try:
            stated = json.loads(git(gitdir, "show", f"HEAD:tests/data/metadata/{name}.json"))
        except subprocess.CalledProcessError:
            stated = None
        if stated:
            write_metadata(out, f"newspaper-{stem_of(name)}", stated.get("title"), stated.get("authors") or None,
                           stated.get("publish_date"))
        kept += 1
    return kept


def goose(gitdir, out):
    names = listed(gitdir, "tests/data/content/")
    kept = 0
    for path in names:
        if not path.endswith(".json"):
            continue
        expected = json.loads(git(gitdir, "show", f"HEAD:{path}")).get("expected", {}).get("cleaned_text", "")
        kept += write_opening_page(gitdir, out, "goose", f"{path[:-len('.json')]}.html", expected.split()[:20])
    return kept


def write_opening_page(gitdir, out, kind, page_path, words, restore=None):
    """OUT/KIND-NAME.html with its opening words as the one `with` snippet; False when the opening
    is under four words or the snapshot lacks the page. `restore` undoes a set's changes to its pages."""
    if len(words) < 4:
        return False
    try:
        page = git(gitdir, "show", f"HEAD:{page_path}")
    except subprocess.CalledProcessError:
        return False
    if restore:
        page = restore(page)
    write_snippet_page(out, f"{kind}-{stem_of(os.path.basename(page_path)[:-len('.html')])}", page, {"with": [" ".join(words)], "without": []})
    return True


def daniel(gitdir, out):
    import html as entities
    folder = "corpora/Corpus_daniel_v2.1"
    languages = json.loads(git(gitdir, "show", f"HEAD:{folder}/doc_lg.json"))
    codes = {"English": "en", "Chinese": "zh", "Russian": "ru", "Greek": "el", "Polish": "pl"}
    kept = 0
    for path in listed(gitdir, f"{folder}/html/"):
        name = os.path.basename(path)
        try:
            reference = git(gitdir, "show", f"HEAD:{folder}/reference/{name}").decode("utf-8", "replace")
        except subprocess.CalledProcessError:
            continue
        lines = [re.sub(r"\s+", " ", entities.unescape(re.sub(r"<[^>]+>", " ", line))).strip()
                 for line in re.findall(r"<p>(.*?)</p>", reference, re.S)]
        lines = [line for line in lines if line][1:]
        if len(re.findall(r"\w+", " ".join(lines))) < 20:
            continue
        date, site, digest = name.split("_", 2)
        page_name = f"daniel-{codes.get(languages.get(name), 'xx')}-{stem_of(site)}-{digest[:8]}"
        write_page(out, page_name, git(gitdir, "show", f"HEAD:{path}"), "\n".join(lines) + "\n")
        kept += 1
    return kept


def wcxb(gitdir, out):
    import gzip
    types = json.loads(git(gitdir, "show", "HEAD:metadata.json"))["files"]
    kept = 0
    for identifier, about in sorted(types.items()):
        if about.get("page_type") != "article":
            continue
        split = about["split"]
        truth = json.loads(git(gitdir, "show", f"HEAD:{split}/ground-truth/{identifier}.json"))["ground_truth"]
        body = (truth.get("main_content") or "").strip()
        if len(re.findall(r"\w+", body)) < 20:
            continue
        name = "-".join(part for part in ("wcxb", identifier, stem_of(about.get("domain") or "")) if part)
        write_page(out, name, gzip.decompress(git(gitdir, "show", f"HEAD:{split}/html/{identifier}.html.gz")), body + "\n")
        # A date of the day only: a few references give a month ("2015-11"), which no reader's
        # date matches or should.
        published = truth.get("publish_date") or ""
        write_metadata(out, name, truth.get("title"), truth.get("author"),
                       published if re.match(r"\d{4}-\d\d-\d\d", published) else None)
        kept += 1
    return kept


def fundus(gitdir, out):
    import gzip
    root = "tests/resources/parser/test_data"
    kept = 0
    for country in listed(gitdir, root + "/"):
        if not re.fullmatch(r"[a-z]{2}", os.path.basename(country)):
            continue
        pages = {}
        for path in listed(gitdir, country + "/"):
            named = re.fullmatch(r"(.+)_(\d{4}_\d\d_\d\d)\.html\.gz", os.path.basename(path))
            if named:
                pages.setdefault(named.group(1), []).append((named.group(2), path))
        for publisher, files in sorted(pages.items()):
            try:
                versions = json.loads(git(gitdir, "show", f"HEAD:{country}/{publisher}.json"))
            except subprocess.CalledProcessError:
                continue
            # Each parser version has its page, the versions in the order of the pages' dates.
            ordered = sorted(versions, key=lambda v: [int(n) for n in re.findall(r"\d+", v)])
            if len(ordered) != len(files):
                continue
            for version, (day, path) in zip(ordered, sorted(files)):
                truth = versions[version]
                body = truth.get("body") or {}
                lines = list(body.get("summary") or [])
                for section in body.get("sections") or []:
                    lines += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
                expected = "\n".join(line.strip() for line in lines if line.strip())
                if len(re.findall(r"\w+", expected)) < 20:
                    continue
                name = f"fundus-{os.path.basename(country)}-{stem_of(publisher)}-{day.replace('_', '-')}"
                write_page(out, name, gzip.decompress(git(gitdir, "show", f"HEAD:{path}")), expected + "\n")
                write_metadata(out, name, truth.get("title"), truth.get("authors") or None, truth.get("publishing_date"))
                kept += 1
    return kept


def pages_with_texts(gitdir, out, texts, page_path, expected_of, name_of):
    """Each text of `texts` (paths in the snapshot) as the expected body, read by `expected_of`, of
    the page at `page_path(path)`, written as `name_of(path)`; texts under 50 words are left out."""
    return sum(write_expected(gitdir, out, name_of(path), page_path(path),
                              expected_of(decoded(git(gitdir, "show", f"HEAD:{path}"))))
               for path in texts)


def decoded(raw):
    """A reference text's bytes as text: UTF-16 when it opens with that encoding's byte-order mark
    (a few of Dragnet's corrected texts), UTF-8 otherwise."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16", "replace")
    return raw.decode("utf-8", "replace")


def write_expected(gitdir, out, name, page_path, expected):
    """OUT/NAME.html (the snapshot's PAGE_PATH) with its expected body; False, and nothing
    written, when the body is under 50 words or the page is not in the snapshot."""
    if len(re.findall(r"\w+", expected)) < 50:
        return False
    try:
        page = git(gitdir, "show", f"HEAD:{page_path}")
    except subprocess.CalledProcessError:
        return False
    write_page(out, name, page, expected + "\n")
    return True


def merged_set(gitdir, out, folder, name_pattern, kind, expected_of, short_name=lambda ident: ident):
    """The pages of one set of the merged cleaning datasets: FOLDER/input/ID.html, its expected body
    read by `expected_of` from FOLDER/GoldStandard/ID.txt; pages whose body is under 50 words are
    left out."""
    def ident(path):
        return re.fullmatch(name_pattern, os.path.basename(path)).group(1)
    texts = [path for path in listed(gitdir, f"{folder}/GoldStandard/") if re.fullmatch(name_pattern, os.path.basename(path))]
    return pages_with_texts(gitdir, out, texts, lambda path: f"{folder}/input/{ident(path)}.html", expected_of,
                            lambda path: f"{kind}-{short_name(ident(path))}")


def dragnet(gitdir, out):
    """Dragnet's pages (dragnet_data/: N.html, RN.html) with their corrected text, the part before the
    marker that starts the readers' comments."""
    def expected_of(text):
        return "\n".join(line.strip() for line in text.split("!@#$%^&*()")[0].splitlines() if line.strip())
    return merged_set(gitdir, out, "dragnet_data", r"(R?\d+)\.txt", "dragnet", expected_of)


def cleaneval_text(text):
    """The text of a CleanEval-style annotation: a `URL:` line, then blocks opened by <p>, <h> or <l>
    (paragraph, heading, list item), a line each; the first block is left out when it is a heading
    (the page's headline, which the reader keeps apart from the body)."""
    text = re.sub(r"^\s*URL:[^\n]*\n", "", html.unescape(text))
    blocks = [(tag.lower(), " ".join(body.split())) for tag, body in re.findall(r"<([phlPHL])>([^<]*)", text)]
    blocks = [block for block in blocks if block[1]]
    if blocks and blocks[0][0] == "h":
        blocks = blocks[1:]
    return "\n".join(body for _, body in blocks)


def cleanportal(gitdir, out):
    """CleanPortalEval (CleanPortalEval-master: SITE_news_NN.html with its cleaning in
    GoldStandard/SITE_news_NN.txt): 71 story pages of 2013 from five news sites and blogs (BBC,
    MSNBC, the Wall Street Journal's and the Washington Post's blogs)."""
    return merged_set(gitdir, out, "CleanPortalEval-master", r"(.+)\.txt", "portal", cleaneval_text,
                      lambda ident: stem_of(ident.replace(".co.uk", "").replace(".com", "")))


def cleaneval(gitdir, out):
    """CleanEval's final set (cleaneval-final: N.html with its cleaning in GoldStandard/N.txt): 681
    pages of 2007 picked at random from the English web (blogs, news, shops, forums, lists). The
    cleaning keeps every block of running text a page shows, so it holds more than a story; it is for
    finding the pages of text a reader refuses or guts."""
    return merged_set(gitdir, out, "cleaneval-final", r"(\d+)\.txt", "cleaneval", cleaneval_text)


def magichtml(gitdir, out):
    """The article pages of magic-html's benchmark (opendatalab/magic-html: benchmark/data/article/
    htmls/ID.html, the expected text in base.json's `content`): 158 news, blog and magazine pages of
    112 sites, about two in five Chinese, saved in 2023. The text opens with the headline, which is
    left out (the reader keeps it apart)."""
    base = json.loads(git(gitdir, "show", "HEAD:benchmark/data/article/base.json"))
    kept = 0
    for ident, entry in sorted(base.items()):
        lines = [line.strip() for line in entry["content"].splitlines() if line.strip()]
        kept += write_expected(gitdir, out, f"magic-{ident[:12]}", f"benchmark/data/article/htmls/{ident}.html",
                               "\n".join(lines[1:]))
    return kept


def irdata(gitdir, out):
    """The extraction sets of MSVCode/ir-research-data (Extraction/SET/html/NAME.htm[l] with its
    cleaning in Extraction/SET/gold/NAME.txt, UTF-8 or windows-1252): Big9, ten pages from each of nine
    news sites (Ars Technica, BBC, CNN, Forbes, Fox News, the Los Angeles Times, New York Magazine, the
    New York Post, Yahoo News) saved in 2005, 2009, 2013 and 2017, and Chaos, 360 pages of some 240
    sites that a web search for 36 subjects returned in 2017. The cleaning opens with the headline,
    which is left out (the reader keeps it apart)."""
    pages = {}
    for path in listed(gitdir, "Extraction/", recursive=True):
        folder, kind, name = path.split("/")[-3:]
        stem, _, extension = name.rpartition(".")
        pages.setdefault((folder, stem), {})[kind] = path
    kept = 0
    for (folder, stem), paths in sorted(pages.items()):
        if "gold" not in paths or "html" not in paths:
            continue
        raw = git(gitdir, "show", f"HEAD:{paths['gold']}")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("windows-1252", "replace")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        name = f"{folder.replace('big5', 'big9')}-{stem_of(stem)}"
        kept += write_expected(gitdir, out, name, paths["html"], "\n".join(lines[1:]))
    return kept


def snacktory(gitdir, out):
    """The news pages of snacktory's extractor tests (smallrivers/snacktory: each @Test of
    src/test/java/de/jetwick/snacktory/ArticleTextExtractorTest.java reads a page of
    src/test/resources/de/jetwick/snacktory/ or test_data/ and asserts how its text starts, and
    perhaps ends): NAME.snippets.json with the asserted opening (twenty words) and ending (twelve)
    as `with` snippets; the title and author asserted go to NAME.meta.json. Tests marked @Ignore
    are left out. Some openings start with the headline, which the reader keeps apart."""
    source = git(gitdir, "show", "HEAD:src/test/java/de/jetwick/snacktory/ArticleTextExtractorTest.java").decode("utf-8", "replace")
    literal = r'"((?:[^"\\]|\\.)*)"'

    def java(text):
        return json.loads(f'"{text}"')

    kept = 0
    for test in re.split(r"\n\s*@Test", source)[1:]:
        if re.match(r"\s*@Ignore", test):
            continue
        resource = re.search(r'getResourceAsStream\("([^"]+)"\)', test) or re.search(r'readFileAsString\("([^"]+)"\)', test)
        starts = [java(text) for text in re.findall(r"getText\(\)\.startsWith\(" + literal + r"\)", test)]
        if not resource or not starts:
            continue
        path = resource.group(1)
        try:
            page = git(gitdir, "show", f"HEAD:{path if '/' in path else 'src/test/resources/de/jetwick/snacktory/' + path}")
        except subprocess.CalledProcessError:
            continue
        ends = [java(text) for text in re.findall(r"getText\(\)\.endsWith\(" + literal + r"\)", test)]
        name = f"snacktory-{stem_of(os.path.splitext(os.path.basename(path))[0])}"
        snippets = [" ".join(starts[0].split()[:20])] + [" ".join(end.split()[-12:]) for end in ends if len(end.split()) >= 4]
        write_snippet_page(out, name, page, {"with": snippets, "without": []})
        title = re.search(literal + r",\s*res\.getTitle\(\)", test)
        author = re.search(literal + r",\s*res\.getAuthorName\(\)", test)
        write_metadata(out, name, title and java(title.group(1)), author and java(author.group(1)), None)
        kept += 1
    return kept


def chinese(gitdir, out):
    """The pages of immortal-autumn/Chinese-Web-Content-Extraction-Dataset (original/ID.html with a
    text cleaned by hand in cleaned/ID.txt, its author and date in author/ and date/): Chinese news,
    blog and forum pages of 2003-2022, many in GBK, some with no charset declared. The cleaned texts
    break their lines at a fixed width, inside words, so the lines are joined with nothing between
    them (Chinese sets no space between words)."""
    kept = 0
    for path in listed(gitdir, "cleaned/"):
        ident = os.path.basename(path)[:-len(".txt")]
        expected = "".join(line.strip() for line in git(gitdir, "show", f"HEAD:{path}").decode("utf-8", "replace").splitlines())
        if len(expected) < 100:
            continue
        try:
            page = git(gitdir, "show", f"HEAD:original/{ident}.html")
        except subprocess.CalledProcessError:
            continue
        name = f"zh-{ident[:8]}"
        write_page(out, name, page, expected + "\n")

        def stated(folder):
            try:
                return git(gitdir, "show", f"HEAD:{folder}/{ident}.txt").decode("utf-8", "replace").strip() or None
            except subprocess.CalledProcessError:
                return None
        day = re.match(r"(\d{4})\D(\d{1,2})\D(\d{1,2})", stated("date") or "")
        write_metadata(out, name, None, stated("author"),
                       "%s-%02d-%02d" % (day.group(1), int(day.group(2)), int(day.group(3))) if day else None)
        kept += 1
    return kept


def evan(gitdir, out):
    """The article pages of WubabooTR/evan_extract (articles/NAME.html with a text cleaned by hand in
    articles/NAME.txt): news and blog pages of 2020-2021 about the pandemic, many of them from small
    partisan sites. Its articles/no_content/ pages (error pages, videos) are left out: their texts are
    what those pages show, not an article."""
    texts = [path for path in listed(gitdir, "articles/") if path.endswith(".txt")]
    return pages_with_texts(
        gitdir, out, texts, lambda path: f"{path[:-len('.txt')]}.html",
        lambda text: "\n".join(line.strip() for line in text.splitlines() if line.strip()),
        lambda path: f"evan-{stem_of(os.path.basename(path)[:-len('.txt')])}")


class Marked(html.parser.HTMLParser):
    """The text of the elements a page's annotation marks with one class (L3S-GN1: x-nc-sel2, the
    article's full text), block by block."""

    def __init__(self, mark):
        super().__init__(convert_charrefs=True)
        self.mark, self.stack, self.blocks, self.current = mark, [], [], []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        self.stack.append(self.mark in (dict(attrs).get("class") or "").split())

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.stack:
            marked = self.stack.pop()
            if marked and not any(self.stack):
                self.flush()

    def handle_data(self, data):
        if any(self.stack):
            self.current.append(data)

    def flush(self):
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def googlenews(gitdir, out):
    """L3S-GN1 (page-signal-master): Google News pages of 2008 whose annotated copy (GoldStandard/ID.txt)
    marks the article's full text with the class x-nc-sel2; the headline (x-nc-sel1), supplements
    such as captions (x-nc-sel3), related links and comments are not the body."""
    def expected_of(markup):
        parser = Marked("x-nc-sel2")
        parser.feed(markup)
        parser.close()
        return "\n".join(parser.blocks)
    return merged_set(gitdir, out, "page-signal-master", r"([0-9a-f-]+)\.txt", "googlenews", expected_of,
                      lambda ident: ident[:13])


def unglued(words):
    """The longest run of words a page's text holds as they are. The parser's tests take the text of
    the whole content element, which glues the last word of one block to the first of the next
    ("186 cmAvailable", "once.So"); the run stops at such a join, which no reader's text has."""
    runs, run = [], []
    for word in words:
        join = re.search(r"[a-z](?=[A-Z])|[.!?][\"”’)]?(?=[A-Z“‘\"])", word)
        if join:
            runs.append(run + [word[:join.end()]])
            run = [word[join.end():]]
        else:
            run.append(word)
    runs.append(run)
    return max(runs, key=len)


def mercury(gitdir, out):
    names = listed(gitdir, "src/extractors/custom/", recursive=True)
    kept = 0
    for path in names:
        if not path.endswith("/index.test.js"):
            continue
        test = git(gitdir, "show", f"HEAD:{path}").decode("utf-8", "replace")
        fixture = re.search(r"readFileSync\(\s*['\"]\./([^'\"]+)['\"]", test)
        opening = re.search(r"first13,\s*(['\"`])((?:\\.|(?!\1).)*)\1", test, re.S)
        if not fixture or not opening:
            continue
        words = unglued(re.sub(r"\\(.)", r"\1", opening.group(2)).split())
        if write_opening_page(gitdir, out, "mercury", fixture.group(1), words, restore=meta_content):
            kept += 1
            stated = {field: asserted(test, field) for field in ("title", "author", "date_published")}
            write_metadata(out, f"mercury-{stem_of(os.path.basename(fixture.group(1))[:-len('.html')])}",
                           stated["title"], stated["author"], stated["date_published"])
    return kept


def meta_content(page):
    """A page as its site served it: the parser saved its fixtures after its own clean-up, which renames
    every `<meta>`'s `content` attribute to `value`; a browser, and every reader, sees `content`."""
    return re.sub(rb"<meta\b[^>]*>", lambda tag: tag.group(0) if b" content=" in tag.group(0).lower()
                  else re.sub(rb"(\s)value=", rb"\1content=", tag.group(0)), page, flags=re.I)


def asserted(test, field):
    """The value a parser test asserts for `field` (`assert.equal(author, 'Emma Grey Ellis')`, the date
    also through `.split('T')[0]` or moment's format), or None when it asserts none or null."""
    found = re.search(r"assert\.equal\(\s*(?:moment\()?" + field + r"\b[^,]*,\s*(['\"`])((?:\\.|(?!\1).)*)\1", test, re.S)
    return re.sub(r"\\(.)", r"\1", found.group(2)) if found else None


def write_metadata(out, name, title, author, published):
    """OUT/NAME.meta.json: the headline, author (a name or a list of names) and publication date
    (YYYY-MM-DD) a set's own tests state for the page, those it states; bench/web/metadata.py
    scores them."""
    stated = {"title": title, "author": author, "published": (published or "")[:10] or None}
    stated = {key: value for key, value in stated.items() if value}
    if stated:
        with open(os.path.join(out, name + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump(stated, f, ensure_ascii=False, indent=1)


DESCRIPTIONS = {
    "readability": "pages from Mozilla Readability's test pages (test/test-pages: source.html, expected body = "
                   "expected.html's text without figure captions and <h1>)",
    "htmltotext": "news and blog pages of leogao2/htmltotext-benchmark (de, en, hr, zh; expected body = its "
                  "hand-made text)",
    "trafilatura": "pages of trafilatura's evaluation set (tests/evaldata.json with tests/eval and tests/cache; "
                   "scored by its `with`/`without` snippets, not by shingles; trafilatura is tuned on it)",
    "newspaper": "news pages of newspaper4k's tests (tests/data/html with the article's text in tests/data/txt; "
                 "nine languages)",
    "goose": "news pages of goose3's content tests (tests/data/content; scored by their opening words, one "
             "snippet a page)",
    "daniel": "news pages of the DAnIEL corpus (rundimeco/waddle, corpora/Corpus_daniel_v2.1; 2011-2012, five "
              "languages; expected body = its reference cleaning without the headline, captions and date lines "
              "kept)",
    "wcxb": "article pages of the Web Content Extraction Benchmark (Murrough-Foley/web-content-extraction-"
            "benchmark, 2025, one site a page; expected body = its reviewed `main_content`)",
    "fundus": "news pages of fundus's parser tests (flairNLP/fundus, tests/resources/parser/test_data: one "
              "page a publisher and parser version, 2023-2026, some 40 countries; expected body = the summary, "
              "subheads and paragraphs its hand-written parsers return)",
    "dragnet": "news and blog pages of Dragnet's training set (2012; as merged in j-szulc/html-cleaning-dataset-"
               "merged, dragnet_data/: expected body = the corrected text before its comments, headline included)",
    "googlenews": "Google News pages of 2008 (L3S-GN1, as merged in j-szulc/html-cleaning-dataset-merged, "
                  "page-signal-master/: expected body = the blocks annotated as the article's full text)",
    "snacktory": "news pages of snacktory's extractor tests (smallrivers/snacktory, 2010-2015; scored by the "
                 "opening and ending its tests assert)",
    "chinese": "Chinese news, blog and forum pages of 2003-2022 (immortal-autumn/Chinese-Web-Content-"
               "Extraction-Dataset: expected body = its text cleaned by hand, lines joined; author and date stated)",
    "evan": "news and blog pages of 2020-2021 (WubabooTR/evan_extract, articles/: expected body = its text "
            "cleaned by hand; the error and video pages of articles/no_content/ left out)",
    "cleanportal": "story pages of 2013 from five news sites and blogs (j-szulc/html-cleaning-dataset-merged, "
                   "CleanPortalEval-master: expected body = the cleaning's blocks, the headline left out)",
    "cleaneval": "pages of 2007 from the English web (j-szulc/html-cleaning-dataset-merged, cleaneval-final: "
                 "expected body = the cleaning's blocks, a first heading left out)",
    "magichtml": "news, blog and magazine pages of 2023, two in five Chinese (opendatalab/magic-html, "
                 "benchmark/data/article: expected body = base.json's content, its headline left out)",
    "irdata": "news pages of 2005-2017 (MSVCode/ir-research-data, Extraction/: Big9, nine news sites in four "
              "years, and Chaos, some 240 sites of 2017; expected body = its cleaning, the headline left out)",
    "mercury": "news and magazine pages of Postlight's parser (fixtures/, one a site; scored by the opening "
               "its site's test asserts, one snippet a page)",
}


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in DESCRIPTIONS:
        sys.exit(__doc__.strip().split("\n\n")[1])
    kind, gitdir, out = sys.argv[1:]
    os.makedirs(out, exist_ok=True)
    kept = {"readability": readability, "htmltotext": htmltotext, "trafilatura": trafilatura, "newspaper": newspaper, "goose": goose,
            "mercury": mercury, "daniel": daniel, "wcxb": wcxb, "fundus": fundus,
            "dragnet": dragnet, "googlenews": googlenews, "cleanportal": cleanportal, "cleaneval": cleaneval, "magichtml": magichtml, "irdata": irdata, "evan": evan, "chinese": chinese, "snacktory": snacktory}[kind](gitdir, out)
    # What the corpus is, for the report score.py writes: a line per set, this kind's replaced.
    source = os.path.join(out, "SOURCE")
    lines = open(source, encoding="utf-8").read().splitlines() if os.path.exists(source) else []
    lines = [line for line in lines if not line.startswith(f"{kind}:")]
    lines.append(f"{kind}: {kept} {DESCRIPTIONS[kind]}, bench/web/corpus.py")
    with open(source, "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(lines)) + "\n")
    print(f"{kept} pages written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
