#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora: .build-fuzz/corpus/TARGET/ for each target.

The seeds are our own text: the articles in Samples/, the gold sets' pages and records in
Tests/Gold/, and sentences generated from the gazetteer's person titles, names and the extractor's
cue words (Data/gazetteer/ and Extract/Entities/EntityCues.swift with Extract/Lexicon.swift), in the shapes
extraction reads: titles before a name and titles with none after them, cue-word names, dates in
every written form, captions with credits, bylines, editor's notes. Nothing is fetched; run again,
it writes the same files (a fixed random seed). Files libFuzzer adds to a corpus are left alone.

Usage: python3 scripts/fuzz/seeds.py [OUTPUT_DIR]   (default .build-fuzz/corpus)
"""

import hashlib
import json
import pathlib
import random
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXTRACT = ROOT / "Sources" / "Commentary" / "Extract"
GAZETTEER = ROOT / "Data" / "gazetteer"
TARGETS = ["FuzzText", "FuzzHTML", "FuzzJSON", "FuzzNormalize", "FuzzCSVDOCX"]


def definition(source, name):
    """The text of `static let NAME …` in a Swift file, up to the next declaration."""
    match = re.search(r"static let " + name + r"\b(.*?)(?=\n\s*(?:///|static let|\}\n))", source, re.S)
    return match.group(1) if match else ""


def word_list(source, name, lexicon):
    """The words of a word list: its own quoted words and those of the Lexicon lists it names."""
    text = definition(source, name)
    words = re.findall(r'"([^"]+)"', text)
    own_lists = set(re.findall(r"static let (\w+)", lexicon)) if source is lexicon else set()
    # Lists named as Lexicon.X, and inside Lexicon.swift the lists named bare.
    bare = [w for w in re.findall(r"\b(\w+)\b", re.sub(r'"[^"]*"', "", text)) if w in own_lists and w != name]
    for listed in re.findall(r"Lexicon\.(\w+)", text) + bare:
        words += word_list(lexicon, listed, lexicon)
    return words


def lines(path):
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def vocabulary():
    cues_source = (EXTRACT / "Entities" / "EntityCues.swift").read_text(encoding="utf-8")
    lexicon = (EXTRACT / "Lexicon.swift").read_text(encoding="utf-8")
    names = {"person": [], "organization": [], "location": [], "event": []}
    for line in lines(GAZETTEER / "entries.tsv"):
        fields = line.split("\t")
        if len(fields) >= 2 and fields[1] in names:
            names[fields[1]].append(fields[0])
            if len(fields) > 2:
                names[fields[1]] += [alias for alias in fields[2].split("|") if alias][:2]
    cues = {
        kind: word_list(cues_source, kind, lexicon)
        for kind in [
            "eventCues", "organizationCues", "locationCues", "leadingOrganizationCues",
            "leadingLocationCues", "leadingOrganizationWithoutOf", "otherCues", "connectors",
            "timeWords", "commonCapitalized", "abbreviatedTitles",
        ]
    }
    missing = [kind for kind, words in cues.items() if not words]
    if missing:
        sys.exit(f"seeds.py: no words found for {', '.join(missing)} in Extract/Entities/EntityCues.swift")
    return {
        "titles": lines(GAZETTEER / "titles.txt"),
        "demonyms": lines(GAZETTEER / "demonyms.txt"),
        **names,
        **cues,
    }


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SHORT_MONTHS = ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Mar", "Apr"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SURNAMES = ["Li", "Wang", "Khalid", "Haddad", "Rojas", "Okafor", "Nguyen", "Petrov", "Silva", "Ahmed"]
GIVEN = ["Ming", "Omar", "Ines", "Kwame", "Lan", "Sergei", "Ana", "Imran", "Dara", "Yuki"]
CREDITS = ["/CFP", "/Xinhua", "Photo: VCG", "(Xinhua/Li Ming)", "/Reuters", "Photo: AFP", "/VCG", "(Photo by Li Ming)"]


# The smallest inputs the fuzzers found for each problem so far (our own text), kept as seeds so
# that make fuzz-smoke meets them at once until they are fixed, and stays a regression check after.
REPRODUCERS = [
    "Empress",  # a title cue ending the paragraph: index out of range in EntityExtractor.leadingTitle
    "He met Prime Minister",
    "He was named Secretary of State.",  # a title with "of" and no name after it: EntityExtractor.splitAfterTitle
    "It happened on 2020-10-00.",  # day 00 read as a date: value 2020-10-00 (FuzzNormalize's checks)
    "Updated 09:05, 0-Oct-2023\nThe talks opened.",
]
# The same for FuzzNormalize's metadata shape: title, author, outlet, publication date, URL, text.
METADATA_REPRODUCERS = [
    "Ports reopen\nAna Silva\nCGTN\n23/05/-023\nhttps://example.org/a\nThe talks opened.",  # a signed year
]


def date_phrase(rng):
    day = rng.randint(1, 31)
    month = rng.choice(MONTHS)
    year = rng.randint(1990, 2030)
    return rng.choice([
        f"{month} {day}, {year}", f"{day} {month} {year}", f"{rng.choice(SHORT_MONTHS)} {day}",
        f"{month} {day}", f"{month} of this year", f"{month} last year", f"early {month}",
        f"last {rng.choice(WEEKDAYS)}", f"next {rng.choice(WEEKDAYS)}", f"on {rng.choice(WEEKDAYS)}",
        f"{rng.choice(SHORT_MONTHS)} {day} last year", f"{year}-{rng.randint(1, 12):02d}-{day:02d}",
        f"{month} {day:02d}-{min(day + 2, 31):02d}", f"{rng.randint(2, 9)} days ago", f"{year}",
        f"in {month} {year}", f"the {year}s", f"{day}/{rng.randint(1, 12):02d}/{year}", "today",
        "last week", f"{day}th {month}", f"mid-{month}", f"{month} {day} and {min(day + 1, 31)}",
    ])


def person(rng, words):
    if words["person"] and rng.random() < 0.6:
        return rng.choice(words["person"])
    return f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"


def sentence(rng, words):
    """One sentence in a shape the extractors read, chosen at random."""
    title = rng.choice(words["titles"]) if words["titles"] else "President"
    other = rng.choice(words["titles"]) if words["titles"] else "Premier"
    place = rng.choice(words["location"]) if words["location"] else "Beijing"
    org = rng.choice(words["organization"]) if words["organization"] else "United Nations"
    event = rng.choice(words["event"]) if words["event"] else "Boao Forum for Asia"
    demonym = rng.choice(words["demonyms"]) if words["demonyms"] else "Chinese"
    capital = rng.choice(["Northern", "Pacific", "Global", "Green", "Silk", "Atlantic", "Digital", place.split(" ")[0]])
    cue = {kind: (rng.choice(words[kind]) if words[kind] else "Forum") for kind in words}
    who = person(rng, words)
    surname = who.split(" ")[-1]
    when = date_phrase(rng)
    shapes = [
        f"He was named {title}.",
        f"She served as {title}",
        f"The new {title} said nothing.",
        f"{title}.",
        f"{title} {who} met {other} {person(rng, words)} in {place} {when}.",
        f"{demonym} {title} {who} arrived in {place} {when}.",
        f"{title} {surname}'s visit to {place} ended {when}.",
        f"{who}, {title}, told the {org} on {rng.choice(WEEKDAYS)}.",
        f"The {capital} {cue['eventCues']} opens {when} in {place}.",
        f"The {capital} {cue['organizationCues']} said {when} that {surname} would resign.",
        f"{cue['leadingOrganizationCues']} of {capital} {cue['connectors']} {capital} officials met {who}.",
        f"Crowds gathered in {capital} {cue['locationCues']} {when}.",
        f"The {capital} {cue['otherCues']} was signed at the {event} {when}.",
        f"{cue['leadingLocationCues']} {capital} lies north of {place}.",
        f"{cue['leadingOrganizationWithoutOf']} {capital} opened {when}.",
        f"{demonym}-{rng.choice(words['demonyms'] or ['Russian'])} ties grew after the {event}.",
        f"{cue['abbreviatedTitles']}. {who} of the {org} spoke {when}.",
        f"{title} {title} {who}",
        f"{title} of {capital}",
        f"{title} {cue['timeWords']} {cue['commonCapitalized']}",
        f"{org} and {rng.choice(words['organization'] or ['WTO'])} in {place}, {when}. {rng.choice(CREDITS)}",
        f"{who} speaks in {place}, {when}. {rng.choice(CREDITS)}",
        f"Editor's note: {who} is {title} at the {org}. The article reflects the author's opinions "
        f"and not necessarily the views of {org}.",
        f"Updated {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}, {rng.randint(1, 28)}-"
        f"{rng.choice(MONTHS)[:3]}-{rng.randint(2000, 2030)}",
        f"By {who} | {org} | {when}",
        f"Source: {org} | {rng.randint(2000, 2030)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 21:40:11",
        f"{surname} and {surname} met. {surname}'s aides said {surname} left {when}.",
        f"{capital.upper()} and {org} signed the {capital} {cue['otherCues']} {when}.",
    ]
    return rng.choice(shapes)


def generated_texts(rng, words, count):
    texts = []
    for _ in range(count):
        lines = [" ".join(sentence(rng, words) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 5))]
        texts.append("\n".join(lines) + ("\n" if rng.random() < 0.5 else ""))
    return texts


def html_page(rng, title, paragraphs, author):
    figure = ""
    if rng.random() < 0.5:
        figure = f"<figure><img src=\"a.jpg\"><figcaption>{paragraphs[0]} <span>Photo: VCG</span></figcaption></figure>"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "author": {"@type": "Person", "name": author}, "datePublished": "2024-04-18T22:10:00-04:00"})
    wrapper = rng.choice(["article", "main", "div class=\"content\"", "section"])
    close = wrapper.split(" ")[0]
    return (f"<!DOCTYPE html><html><head><title>{title} | Global Times</title>"
            f"<meta name=\"author\" content=\"{author}\"><meta property=\"og:title\" content=\"{title}\">"
            f"<script type=\"application/ld+json\">{ld}</script></head><body><nav><a href=\"/\">Home</a></nav>"
            f"<{wrapper}><h1>{title}</h1>{figure}{body}</{close}><footer>Copyright</footer></body></html>\n")


def json_records(rng, title, text, author):
    lines = text.split("\n")
    return rng.choice([
        {"title": title, "author": author, "sitename": "CGTN", "date": "2024-02-03", "text": text},
        {"title_page": title, "authors": [author], "source_domain": "www.globaltimes.cn", "date_publish": "23/05/2023",
         "maintext": text},
        {"title": title, "content": {"rendered": "".join(f"<p>{line}</p>" for line in lines)}, "publish_date": "May 23, 2023"},
        {"id": rng.randint(1, 99), "title": title, "body": lines, "datePublished": "2023-05-23T21:40:11+08:00"},
        {"headline": title, "raw_text": text, "published_at": "2023-05-23", "url": "https://example.org/a", "lang": "en"},
    ])


def write(directory, name, content):
    data = content.encode("utf-8") if isinstance(content, str) else content
    path = directory / f"seed-{name}-{hashlib.sha1(data).hexdigest()[:12]}"
    path.write_bytes(data)


def write_dictionaries(directory, words):
    """libFuzzer dictionaries (.build-fuzz/dict/TARGET.dict): words the code compares input with."""
    directory.mkdir(parents=True, exist_ok=True)
    text = (words["titles"][:80] + words["demonyms"][:20] + MONTHS + SHORT_MONTHS + WEEKDAYS
            + [cue for kind in ["eventCues", "organizationCues", "locationCues", "otherCues", "leadingOrganizationCues",
                                "leadingLocationCues", "connectors", "timeWords", "abbreviatedTitles"] for cue in words[kind]]
            + ["Editor's note:", "The article reflects the author's opinions", "Updated ", "By ", "Source: ", " | ",
               "/CFP", "Photo: ", "(Xinhua/", "last year", "this year", "ago", "next", "last", "St.", "Dr.", "'s", "\n\n",
               "2023-05-23", "May 24, 2023", "19-Oct-2023", "09:05", "(If you want to contribute"])
    html = ["<p>", "</p>", "<article>", "<main>", "<div>", "</div>", "<br>", "<br><br>", "<figure>", "<figcaption>",
            "<h1>", "<title>", "<meta name=\"author\" content=\"", "<meta property=\"og:title\" content=\"",
            "<meta property=\"article:published_time\" content=\"", "itemprop=\"articleBody\"",
            "<script type=\"application/ld+json\">", "\"@type\": \"NewsArticle\"", "\"datePublished\"", "<nav>",
            "<footer>", "class=\"cookie\"", "&amp;", "&rsquo;", "&#", "<!--", "-->", "<![CDATA[", "<li>", "<blockquote>",
            "<script>", "</script>", "<aside>", "-enabled", "--modal", "(", "class=\"caption\"", "<a class=\"more\">",
            "-and-ad", "class=\"media-body\"", " alt=\"", "class=\"twitter-tweet\"", "<br><i>", "Les også: ",
            "class=\"ai2html\"", "<dt>", "<dd>", "___", "(obe)", "Autor: ", "<meta property=\"og:url\" content=\"",
            "class=\"image-description\"", "-label-hidden", " title=\"", "js-tooltip-content", "\"articleBody\": \"",
            "class=\"article article_1\"", "<template id=\"B:0\">", "<template id=\"P:1\">", "<div hidden id=\"S:0\">",
            "<!--$?-->", "<!--/$-->", "<!--$-->", "commentOnSelection", "Comments (", " Responses to ", "Leave a Reply"]
    json_words = ["{", "}", "[", "]", "\":", "\"title\"", "\"text\"", "\"author\"", "\"authors\"", "\"date_publish\"",
                  "\"published\"", "\"content\"", "\"rendered\"", "\"articles\"", "\"items\"", "\"id\"", "\"url\"",
                  "\"source_domain\"", "\"sitename\"", "\"maintext\"", "\"body\"", "null", "true", "1e999", "\\u0000",
                  "\\ud800", "\"datePublished\"", "\"lang\""]

    def dictionary(entries):
        lines = []
        for entry in dict.fromkeys(entries):
            escaped = "".join(ch if 32 <= ord(ch) < 127 and ch not in '"\\' else
                              ("\\" + ch if ch in '"\\' else "".join(f"\\x{b:02x}" for b in ch.encode("utf-8")))
                              for ch in entry)
            lines.append(f'"{escaped}"')
        return "\n".join(lines) + "\n"

    prose = dictionary(text)
    (directory / "FuzzText.dict").write_text(prose, encoding="ascii")
    (directory / "FuzzNormalize.dict").write_text(prose, encoding="ascii")
    (directory / "FuzzHTML.dict").write_text(dictionary(html + text[:60]), encoding="ascii")
    (directory / "FuzzJSON.dict").write_text(dictionary(json_words + html[:12] + text[:40]), encoding="ascii")
    office = ["PK\x03\x04", "PK\x01\x02", "PK\x05\x06", "word/document.xml", "word/styles.xml", "<w:p>", "</w:p>",
              "<w:t>", "</w:t>", "<w:pStyle w:val=\"", "w:styleId=\"", "<w:name w:val=\"", "<w:tab/>", "<w:br/>",
              "<mc:Fallback>", "</mc:Fallback>", "<w:delText>", "Heading1", "Title", "Caption", "&amp;", "&#x",
              "<![CDATA[", "<!--", "\"\"", "\",\"", "\r\n", "\t", "title,text,url,id", "\ufeff"]
    (directory / "FuzzCSVDOCX.dict").write_text(dictionary(office + text[:20]), encoding="ascii")


def main():
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / ".build-fuzz" / "corpus"
    dirs = {target: out / target for target in TARGETS}
    for directory in dirs.values():
        directory.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261203)
    words = vocabulary()

    articles = sorted((ROOT / "Samples").glob("*.txt")) + sorted((ROOT / "Tests" / "Gold" / "heldout").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in articles]
    generated = generated_texts(rng, words, 400)
    pages = sorted((ROOT / "Tests" / "Gold" / "html").glob("*.html"))
    records = [line for path in sorted((ROOT / "Tests" / "Gold" / "jsonl").glob("*.jsonl"))
               for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]

    for index, text in enumerate(texts + generated):
        write(dirs["FuzzText"], f"text{index}", text)
        # FuzzNormalize: the first byte picks plain text (0), blocks with kind hints (1) or metadata lines (2).
        write(dirs["FuzzNormalize"], f"plain{index}", b"\x00" + text.encode("utf-8"))
    for index, text in enumerate(REPRODUCERS):
        write(dirs["FuzzText"], f"found{index}", text)
        write(dirs["FuzzNormalize"], f"found{index}", b"\x00" + text.encode("utf-8"))
    for index, text in enumerate(METADATA_REPRODUCERS):
        write(dirs["FuzzNormalize"], f"foundmeta{index}", b"\x02" + text.encode("utf-8"))
    # Encodings the plain-text path decodes: UTF-16 with a byte-order mark, UTF-8 with one, CRLF, bad bytes.
    for index, text in enumerate(texts[:4] + generated[:4]):
        write(dirs["FuzzText"], f"utf16le{index}", b"\xff\xfe" + text.encode("utf-16-le"))
        write(dirs["FuzzText"], f"utf16be{index}", b"\xfe\xff" + text.encode("utf-16-be"))
        write(dirs["FuzzText"], f"bom{index}", b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
        write(dirs["FuzzText"], f"bad{index}", text.encode("utf-8")[:200] + b"\xc3\x28\xa0\xa1" + text.encode("utf-8")[200:])
    # Text in legacy encodings with no declaration, which the decoder guesses (EncodingGuess), and
    # dates in Chinese, Japanese and Korean units (CJKDates).
    legacy = [
        ("gbk", "港口管理局于2023年3月28日批准了新的防波堤，结束了长达十一年的争议。\n\n工程将于４月开工，令和5年完工。"),
        ("big5", "港口管理局於2023年3月28日批准了新的防波堤，民國112年公布。"),
        ("shift_jis", "港湾局は２０２３年３月２８日に新しい防波堤を承認した。平成30年4月1日から。"),
        ("euc-kr", "항만청은 2023년 3월 28일에 새 방파제를 승인했다."),
        ("cp1251", "Портовое управление одобрило новый волнорез в понедельник."),
        ("cp1252", "Le port a approuvé la nouvelle digue après onze années."),
    ]
    for encoding, text in legacy:
        write(dirs["FuzzText"], f"legacy-{encoding}", text.encode(encoding))
        write(dirs["FuzzNormalize"], f"cjk-{encoding}", b"\x00" + text.encode("utf-8"))

    # Credits and notices the normalizer reads (ChineseByline, Trailer): reporters in brackets,
    # a wire line, reprint notices and disclaimers; and pages the web reader's rules of the
    # thirteenth session read: a page builder's widgets, related links under a label, a crawl's
    # wrapper named by an address, windows-1252 under a UTF-8 header.
    credits = [
        "新华社北京5月24日电（记者张明远、李华）港口防波堤工程24日获批。\n工程明年完工。（记者 胡晓蓉 北京报道）",
        "本报讯（实习记者 樊亮 记者惠禾）港口防波堤获批。\n平台声明：该文观点仅代表作者本人。\n未经书面授权请勿转载。",
        "Harbour wall approved\nThe harbour authority approved the wall.\n(Reporting by Ana Ruiz and Li Wei in Beijing; Editing by Tom Berg)",
        "항만청은 방파제를 승인했다.\nCopyright © 항구일보. 무단전재 및 재배포 금지.\n（记者·）（）(（记者",
    ]
    for index, text in enumerate(credits):
        write(dirs["FuzzNormalize"], f"credits{index}", b"\x00" + text.encode("utf-8"))
        write(dirs["FuzzText"], f"credits{index}", text.encode("utf-8"))
    shaped_pages = [
        '<text id="http://a.example/read-comments/" encoding="utf-8"><html><body><div class="elementor-widget '
        'elementor-widget-text-editor showCommentsIcon"><div class="elementor-widget-container"><p>A short one.</p>'
        '</div></div><p>Related posts:</p><p><a href="/x">Another story?</a></p></body></html></text>',
        '<html><head><meta charset="utf-8"></head><body><p>Editors\x92 note: 31\xb0C \xe2\x80 cut</p></body></html>',
    ]
    def write_pages(prefix, pages, encoding="utf-8"):
        for index, page in enumerate(pages):
            write(dirs["FuzzHTML"], f"{prefix}-{index}", page.encode(encoding))

    write_pages("session13", shaped_pages, "latin-1")
    # The fourteenth session's shapes: a script hiding its text in <!-- that writes scripts (the
    # bytes ScriptEnds mends), a story set inside its header under a feature switch, a gallery's
    # captions with their toggles, cards of other stories, atomic styles, an opinion piece's tone.
    session14_pages = [
        '<html><head><script><!-- var s = {"embed":"<script>x()</script>"}; <script src=a.js></SCRIPT> --> '
        '</script><script><!-- <script></script><!-- </script><script>"<!--<script>"</script></head>'
        '<body><script data-x="a>b"><!-- <script> </script x> --><p>Kept text of the story.</p></body></html>',
        '<div class="box article modal-enabled"><div class="article-header"><p class="tag"><a href="/n">News</a></p>'
        '<h1><a href="/s">Harbour wall</a></h1><div class="entry-content entry-content-read-more"><p>One.</p><p>Two.</p>'
        '</div></div></div><aside><h1>Another</h1></aside><div class="tonal--tone-comment">ALSO:<p><a href="/x">X</a></p></div>',
        '<div class="caption"><div class="caption-full">FILE - a photo.<a class="more-caption"> less</a></div>'
        '<div class="caption-truncated">FILE - a<a class="more-caption"> ... more</a><button>Show more</button></div></div>'
        '<div class="story"><div class="story-content"><a href="/y"><h3>Card</h3></a><p>Sum.</p></div></div>'
        '<p class="Mb(0)--modalMinWidth W(100%)">Atomic.</p><div class="content-author-data">Bio of the author.</div>',
    ]
    write_pages("session14", session14_pages)
    # The fifteenth session's shapes: paragraphs wrapped in `section-and-ad`, captions past a photo's
    # share buttons, repeating its description or split by a line break, credits under them, posts of
    # social networks, a lead in a block of its own above the story.
    session15_pages = [
        '<section class="body"><div class="section-and-ad"><div class="section-text">One.</div><div class="ad"></div></div>'
        '<div class="section-image"><img src=a.jpg><div class="story-share"><a><button></button></a></div>'
        '<div class="content-caption"><div class="credit">Photo: A/B.</div></div></div></section>',
        '<div class="fragment-media"><div class="media-hero-wrap"><img alt="A pellet glows from its own heat; the fuel."></div>'
        '<div class="media-body-wrap"><div class="media-title"></div><div class="media-body">A pellet glows from its own heat; '
        'the fuel.</div><div class="media-sub">Agency</div></div></div><p class="wp-caption-text">Caption.<br><i>Credit</i></p>',
        '<blockquote class="twitter-tweet"><p>Post</p>&mdash; A (@a)</blockquote><blockquote class="instagram-media">'
        '<a href=x>x</a></blockquote><h1>T</h1><div class="article-text c-gray-1"><p>Lead.</p></div>'
        '<div class="w"><div class="article-text c-gray-1 no-review"><p>Rest.</p></div></div><p>Les også: <a href=y>Y</a></p>',
    ]
    write_pages("session15", session15_pages)

    # The sixteenth session's shapes: rules typed as text, a chart's labels, a kicker glued to its
    # headline, a column of other stories beside the story in one element, an author's label and
    # desk codes, a site's name as its address spells it.
    session16_pages = [
        '<head><meta name="author" content="Autor: A B (ab); C D (cd.)"><meta property="og:url" content="https://www.x.co.uk/a">'
        '<title>T - X</title></head><h1><span>Kicker</span>Title</h1><p>___</p><p>“</p><p>=)</p>'
        '<div class="ai2html"><div class="g-artboard"><p>Label</p></div></div>',
        '<div id="content"><div id="head"><h1>T</h1></div><div id="left"><p>Lead.</p><div id="body"><p>One, two.</p>'
        '<p>Three, four.</p></div></div><div id="right"><dl><dt><a href=a>A</a></dt><dd>Sum. <a href=a>more</a></dd>'
        '</dl><ul><li><a href=b>B</a></li></ul></div></div><p>We apologize, but this video has failed to load.</p>',
    ]
    write_pages("session16", session16_pages)

    # The seventeenth session's shapes: a caption that repeats its photo's title in other words,
    # with its credit; classes that say a part of the element is hidden.
    session17_pages = [
        '<div class="article-body"><section><div class="field field--label-hidden"><picture><img src=a title="A b c d e">'
        '</picture></div><p class="image-description">A b, c d e f</p><p class="image-copyright">© G/H</p></section>'
        '<div class="prose overflow-hidden"><p>One, two.</p><p>Three, four.</p></div></div>',
    ]
    write_pages("session17", session17_pages)

    # The eighteenth session's shapes: a story that ends where its stated articleBody ends, with
    # the page's paragraphs after it; cards of other stories named as the story; a tooltip named
    # as a script's hook; references and comments at a page's very end (the passes before parsing).
    story18 = ["The harbour wall was approved on Monday, after eleven years of dispute over its length.",
               "Engineers say the curved wall of concrete blocks will shelter the inner basin from storms.",
               "The cooperative's chair said members would watch the cost, because the levy falls on them.",
               "Construction starts in April and should end before the autumn gales, the contractor says.",
               "The port's owners had asked for a longer wall, which the fishermen feared would silt up.",
               "A survey found the silt would take thirty years to matter, and the shorter wall won."]
    session18_pages = [
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "' + " ".join(story18)
        + '"}</script></head><body><article>' + "".join(f"<p>{line}</p>" for line in story18) + '<p>Follow us on the app.</p>'
        '<div class="wrp js-tooltip"><div class="js-tooltip-content"><p>Register to react.</p></div></div></article></body></html>',
        '<div class="central-column"><section><article class="article article_0 single post"><p>A, b, c.</p></article>'
        '</section><section><article class="article article_1"><div class="title"><a href="/1">D</a></div>'
        '<div class="body">E, f, g...</div></article></section></div><p>&#146',
        '<p>a</p><script><!-- <script>x</script> --></script><!-- <p>',
    ]
    write_pages("session18", session18_pages)

    # The nineteenth session's shapes: a page React streams in parts, each moved into its
    # placeholder (a boundary's with its fallback, a bare one, one inside its own part, one with no
    # closing comment); a story in an element named for commenting on it; readers' comments under
    # a heading of their own in the story's element; Chinese paragraphs wrapped with `<br>`.
    session19_pages = [
        '<main><article><p>A, b.</p><!--$?--><template id="B:0"></template><div>Loading</div><!--/$--><p>C, d.</p>'
        '<template id="P:1f"></template></article></main><footer><a href=a>A</a></footer>'
        '<div hidden id="S:0"><p>E, f.</p><!--$--><div><p>G.</p></div><!--/$--></div><script>$RC("B:0","S:0")</script>'
        '<div hidden id="S:1f"><p>H, i.</p></div><script>$RS("S:1f","P:1f")</script>',
        '<div hidden id="S:2"><article><p>A.</p><template id="B:2"></template><p>B.</p></article></div>'
        '<main><template id="B:3"></template><div>Loading</div><p>C.</p></main><div hidden id="S:3"><p>D.</p></div>',
        '<main><div class="commentOnSelection"><div class="post-body"><p>A, b, c.</p></div></div>'
        '<section class="comments"><div class="comment"><p>D, e.</p></div></section></main>',
        '<div class="entry"><p>' + " ".join(story18) + '</p><h3>2 Responses to “A”</h3><p><b>B</b><br>C, d.</p>'
        '<h3>Comments (2)</h3><p>E.</p><h3>Leave a Reply</h3></div>',
        '<div class="content"><p>港务局周一批准了新防波堤的建设，结束了<br>\n渔业合作社与港口业主之间长达<br>十一年的争议。</p>'
        '<p>译文<br>工程师表示<br><br>항구 당국은<br>승인했다\u2028。</p></div>',
    ]
    write_pages("session19", session19_pages)
    # The twentieth session's shapes: pages saved broken, whose text the parser leaves where
    # nothing is read (MisplacedContent): an element no head holds, a title never closed that
    # nests the page, a second root after one closed on itself.
    session20_pages = [
        '<html><head><title>A</title><meta name="robots" content="all"><mbox><tr><td><form><input></form>'
        '</td></tr><table><tr><td><p>A, b.</p><p>C, d.</p></td></tr></table></body></html>',
        '<html><head><title>A\'?\' + q + \'"><\\/SCRIPT>\');\n//-->\n</SCRIPT><script>f()</script>'
        '<b>B</b><div><p>C, d.</p></div><title>E<div>F</div></title></body></html>',
        '<!DOCTYPE html><html x.jpg" alt="A" /></a></td><td><p>B, c.</p></td></body></html><html><p>D.</p></html><p>E.</p>',
    ]
    write_pages("session20", session20_pages)

    # Headings named for their part's header that say a sentence; "More from" over linked
    # headlines beside copies for screen readers; a label in capitals before another story's link.
    session21_pages = [
        '<html><body><article><div class="l"><div><div class="s"><h2 class="s__header">A b, c d.</h2>'
        '<figure><img src="a.jpg"><figcaption><a href="/x">X</a></figcaption></figure></div></div>'
        '<div><div class="s"><h2 class="s__header">E.<h2 class="s__header">F?</h2></h2><p>G, h.</p></div></div></div>'
        '</article></body></html>',
        '<html><body><article><p>A, b.</p><section><h2>More from <span>C</span></h2><div><div><h2>'
        '<span class="sr-only">D</span><a href="/d">D</a></h2><p>E.</p></div><h3><a href="/f">F</a></h3>'
        '</div></section></article></body></html>',
        '<html><body><div class="story"><p>A, b.</p><p><strong>ALSO READ:</strong> <a href="/c">C</a></p>'
        '<p>| <a href="/d">D</a></p><p>ÉÉÉÉ | <a href="/e">E.</a></p><p>::::<a href="#">F</a></p></div></body></html>',
    ]
    write_pages("session21", session21_pages)

    # Attributes the reader never reads, taken out before parsing: in every quoting, beside a
    # value whose quote runs on over tags, in scripts, styles and comments, at the page's end.
    session22_pages = [
        '<html><body><article data-a="1" onclick=\'x("<p>")\' aria-label=b><p data-x=1 class="c">A, b.</p>'
        '<img src=a.jpg srcset="a 1x" alt="C" width=1/><svg viewBox="0 0 1 1"><path d="M0 0" fill="red"/></svg>'
        '<p id="d</p><p data-y="2">E, f.</p><p data-z="3">G.</p></article></body></html>',
        '<html><body><script>var a = \'<div data-a="1">\';</script><STYLE>p[data-b] {}</STYLE>'
        '<!-- <p data-c="1"> --><!--><p data-d="1">A, b.</p><!---><p data-e', 
        '<p data-a="1"\tclass="b"\x0cdata-c="2">A, b.</p><p data-d=\'e"f\'>G, h.</p><![if !IE]><p data-i="j">K.</p><p data-l="',
    ]
    write_pages("session22", session22_pages)

    # The standfirst the description states after a dateline, found before the story without a
    # headline; "Have your say" over comments; a story's name glued to a prefix.
    session23_pages = [
        '<html><head><meta name="description" content="A b, c."></head><body><nav><h1>T</h1></nav><div><div>'
        '<hgroup><h2>T</h2></hgroup><div class="x"><span>Berlin.</span> <span>A b, c.</span></div></div>'
        '<figure><img alt=a><figcaption>C.</figcaption></figure><div><div><div class="article-body"><p>D, e.</p>'
        '<p>F, g.</p></div></div></div></div></body></html>',
        '<html><head><meta name="description" content=""></head><body><div>A b, c.</div><div>— A b, c.'
        '<span class="vitstorybody"><p>D.</p><p>Have your say (5)</p><p>E, f.</p></span></div></body></html>',
        '<html><head><meta name="description" content=" . "></head><body><div><span>Have your say</span>'
        '<div class="ctl00_articlebody"><p>. </p></div></div>',
    ]
    write_pages("session23", session23_pages)

    # A headline, a byline and a date one <br> apart above the story, in a table cell.
    session24_pages = [
        '<html><body><table><tr><td><font size="+2"><b>T t</b></font><br>By Ann Lee<br>June 12, 2023<br><br>'
        'A b, c d.<br><br>E f, g.<br>Date: 1<br></td></tr></table></body></html>',
        '<html><body><div>By A<br>2023<br>By<br><br></div><p>X, y.</p></body></html>',
    ]
    write_pages("session24", session24_pages)

    kinds = ["\x01", "\x02", "\x03", "\x04", "\x05", "\x06", "", "", ""]
    for index, text in enumerate(texts + generated[:150]):
        lines = [line for line in text.split("\n") if line.strip()]
        blocks = "\n".join(rng.choice(kinds) + line for line in lines)
        write(dirs["FuzzNormalize"], f"blocks{index}", b"\x01" + blocks.encode("utf-8"))
        title = lines[0] if lines else "Title"
        meta = [title, person(rng, words), rng.choice(["CGTN", "Global Times", "www.globaltimes.cn", ""]),
                rng.choice(["2024-02-03", "23/05/2023", "May 23, 2023", "2023-05-23T21:40:11+08:00", "yesterday"]),
                "https://example.org/a"]
        write(dirs["FuzzNormalize"], f"meta{index}", b"\x02" + "\n".join(meta + lines[1:]).encode("utf-8"))

    for path in pages:
        write(dirs["FuzzHTML"], path.stem, path.read_bytes())
    for index, text in enumerate(texts + generated[:100]):
        lines = [line for line in text.split("\n") if line.strip()] or ["Text."]
        write(dirs["FuzzHTML"], f"page{index}", html_page(rng, lines[0], lines[1:] or lines, person(rng, words)))

    for path in sorted((ROOT / "Tests" / "Gold" / "jsonl").glob("*.jsonl")):
        write(dirs["FuzzJSON"], path.stem, path.read_bytes())
    for index, line in enumerate(records):
        write(dirs["FuzzJSON"], f"record{index}", line)
    # Half a character escaped: a high surrogate alone, a low one alone, a pair, an escaped backslash.
    for index, text in enumerate(["A \\ud800 b.", "\\udc00", "\\ud83c\\udf89 \\ud83c", "\\\\ud800 \\uD800\\u"]):
        write(dirs["FuzzJSON"], f"surrogate{index}", '{"id": "s", "text": "' + text + '"}')
    made = []
    for index, text in enumerate(texts + generated[:100]):
        lines = [line for line in text.split("\n") if line.strip()] or ["Text."]
        record = json_records(rng, lines[0], text, person(rng, words))
        made.append(record)
        write(dirs["FuzzJSON"], f"object{index}", json.dumps(record, ensure_ascii=rng.random() < 0.5))
    for index in range(0, len(made), 4):
        group = made[index:index + 4]
        write(dirs["FuzzJSON"], f"array{index}", json.dumps(group))
        write(dirs["FuzzJSON"], f"wrapper{index}", json.dumps({"status": "ok", rng.choice(["articles", "items", "data"]): group}))
        write(dirs["FuzzJSON"], f"lines{index}", "\n".join(json.dumps(record) for record in group) + "\n")

    # FuzzCSVDOCX: the records above as CSV and TSV rows (quoted newlines, doubled quotes, a BOM,
    # CRLF), and the test documents (Tests/Fixtures/docx, from scripts/fixtures/make_docx.py).
    def cell(value, delimiter):
        value = value if isinstance(value, str) else json.dumps(value)
        if any(ch in value for ch in [delimiter, '"', "\n", "\r"]):
            return '"' + value.replace('"', '""') + '"'
        return value

    for index in range(0, len(made), 4):
        group = made[index:index + 4]
        names = sorted({key for record in group for key in record})
        for delimiter, kind in [(",", "csv"), ("\t", "tsv"), (";", "semicolon")]:
            rows = [delimiter.join(names)] + [delimiter.join(cell(record.get(name, ""), delimiter) for name in names)
                                              for record in group]
            ending = "\r\n" if rng.random() < 0.3 else "\n"
            prefix = "\ufeff" if rng.random() < 0.3 else ""
            write(dirs["FuzzCSVDOCX"], f"{kind}{index}", prefix + ending.join(rows) + ending)
    for path in sorted((ROOT / "Tests" / "Fixtures" / "docx").glob("*.docx")):
        write(dirs["FuzzCSVDOCX"], path.stem, path.read_bytes())

    write_dictionaries(out.parent / "dict", words)

    for target, directory in dirs.items():
        count = sum(1 for path in directory.iterdir() if path.name.startswith("seed-"))
        print(f"{target}: {count} seeds in {directory.relative_to(ROOT) if directory.is_relative_to(ROOT) else directory}")


if __name__ == "__main__":
    main()
