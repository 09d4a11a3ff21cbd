#!/usr/bin/env python3
"""Deterministic synthetic corpus for the commentary benchmarks.

Every article is composed here from word lists and sentence templates written for this file (no
third-party text), in the layout of shared/seed/mishustin-visit-commentary.txt: an optional title
line, an optional "Published …" line, a photo caption with a credit, the editor's note, 6-12 body
paragraphs with a second caption in the middle, and the CGTN trailer. About 6 KB an article.

Marker phrases with known answers, chosen by the article's index so that a larger corpus holds
them at the same rates:
  - "China-Russia Business Forum" in 1% of the articles (index % 100 == 42), while its words
    "business" and "forum" are in over 90% of them (the mission query, typed without quotes, is
    a phrase "china russia" and two common words),
  - the rare word "zyxquartz" in 0.1% (index % 1000 == 7: 10 of 10,000, 100 of 100,000),
  - "cooperation" in most articles (about 90%), "energy" in about as many, "coop" in a few more
    (for the prefix query coop*).
expected.json holds the exact article counts, computed from the generated text itself.

Article i is drawn from random.Random("SEED:KIND:i"), so a larger corpus with the same seed
starts with the same articles, and `--first` can generate only the extra ones.

    generate.py --out DIR --articles N             # DIR/txt/NNNNN.txt, corpus.jsonl, expected.json, append/
    generate.py --out DIR --articles N --first M --txt-only   # only articles M..N-1 in txt/, and
                                                               # expected.json for all N
    generate.py --big-jsonl FILE --megabytes 1024 --articles N  # repeat N articles, varied, to ~1 GB
"""

import argparse
import json
import os
import random
import re
import sys

# --------------------------------------------------------------------------------------------
# Word lists (written for this benchmark).

LEADERS = [
    ("President", "Xi Jinping", "China"), ("Premier", "Li Qiang", "China"),
    ("Prime Minister", "Mikhail Mishustin", "Russia"), ("President", "Vladimir Putin", "Russia"),
    ("President", "Luiz Inacio Lula da Silva", "Brazil"), ("Prime Minister", "Narendra Modi", "India"),
    ("President", "Cyril Ramaphosa", "South Africa"), ("Chancellor", "Olaf Scholz", "Germany"),
    ("President", "Emmanuel Macron", "France"), ("Prime Minister", "Anthony Albanese", "Australia"),
    ("President", "Joko Widodo", "Indonesia"), ("Prime Minister", "Anwar Ibrahim", "Malaysia"),
    ("President", "Kassym-Jomart Tokayev", "Kazakhstan"), ("President", "Shavkat Mirziyoyev", "Uzbekistan"),
    ("Prime Minister", "Pedro Sanchez", "Spain"), ("President", "Andres Manuel Lopez Obrador", "Mexico"),
    ("Foreign Minister", "Wang Yi", "China"), ("Foreign Minister", "Sergey Lavrov", "Russia"),
    ("Secretary-General", "Antonio Guterres", "the United Nations"), ("President", "William Ruto", "Kenya"),
    ("Prime Minister", "Fumio Kishida", "Japan"), ("President", "Yoon Suk Yeol", "South Korea"),
    ("Prime Minister", "Abiy Ahmed", "Ethiopia"), ("President", "Abdel Fattah el-Sisi", "Egypt"),
]
COUNTRIES = ["China", "Russia", "Brazil", "India", "South Africa", "Germany", "France", "Australia",
             "Indonesia", "Malaysia", "Kazakhstan", "Uzbekistan", "Spain", "Mexico", "Kenya", "Japan",
             "South Korea", "Ethiopia", "Egypt", "Argentina", "Vietnam", "Thailand", "Pakistan",
             "Saudi Arabia", "the United Arab Emirates", "Nigeria", "Chile", "Peru", "Serbia", "Hungary"]
CITIES = [("Beijing", "China"), ("Shanghai", "China"), ("Moscow", "Russia"), ("Brasilia", "Brazil"),
          ("New Delhi", "India"), ("Johannesburg", "South Africa"), ("Berlin", "Germany"),
          ("Paris", "France"), ("Canberra", "Australia"), ("Jakarta", "Indonesia"),
          ("Kuala Lumpur", "Malaysia"), ("Astana", "Kazakhstan"), ("Samarkand", "Uzbekistan"),
          ("Madrid", "Spain"), ("Mexico City", "Mexico"), ("Nairobi", "Kenya"), ("Tokyo", "Japan"),
          ("Seoul", "South Korea"), ("Addis Ababa", "Ethiopia"), ("Cairo", "Egypt"),
          ("Buenos Aires", "Argentina"), ("Hanoi", "Vietnam"), ("Bangkok", "Thailand"),
          ("Geneva", "Switzerland"), ("Xi'an", "China"), ("Kazan", "Russia")]
ORGS = ["the United Nations", "BRICS", "the G20", "the World Trade Organization", "ASEAN",
        "the African Union", "the European Union", "the World Health Organization",
        "the International Monetary Fund", "the World Bank", "the New Development Bank",
        "the Asian Infrastructure Investment Bank"]
EVENT_KINDS = ["Business Forum", "Summit", "Trade Expo", "Investment Forum", "Energy Dialogue"]
OUTLETS = ["CGTN", "China Daily", "Global Times", "the Beijing Review", "China.org.cn"]
AUTHORS = ["Imogen Castellano", "Rafael Okonjo", "Tamsin Vörös", "Adebayo Lindqvist", "Priya Hallström",
           "Mateus Kowalczyk", "Selin Abernathy", "Oluwaseun Marchetti", "Keanu Bergström",
           "Farida Nakamura", "Lucian Obradovic", "Ngozi Fairweather", "Tobias Achterberg",
           "Yelena Mwangi", "Dario Flintoff", "Amara Kristiansen", "Bogdan Esterhuizen",
           "Inés Waweru", "Callum Dragomir", "Zainab Holloway", "Henrik Oyelaran", "Mireille Sato",
           "Ravindra Quist", "Lorenzo Adeyemi"]
FILTER_AUTHOR = "Priya Hallström"
DESCRIPTIONS = ["a freelance columnist on international affairs", "a senior fellow at a policy institute in {city}",
                "a former diplomat who served in {city}", "an economist who writes on trade and development",
                "a researcher on emerging markets based in {city}", "a lecturer in international relations",
                "a journalist covering Eurasian affairs", "an analyst of energy and infrastructure policy"]
ADJ = ["pragmatic", "steady", "ambitious", "measured", "sustained", "practical", "long-term", "balanced",
       "constructive", "resilient", "forward-looking", "substantive", "candid", "deliberate"]
NOUN = ["trade", "energy security", "infrastructure", "agriculture", "digital connectivity", "green finance",
        "public health", "education exchanges", "tourism", "logistics", "manufacturing", "scientific research",
        "climate adaptation", "food security", "regional stability", "supply chains"]
VERB = ["strengthen", "deepen", "broaden", "revitalize", "consolidate", "accelerate", "modernize", "anchor"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CAPTION_SCENES = ["Delegates arrive for the opening session of the {event} in {city}, {where}",
                  "A cargo train leaves a logistics hub on the outskirts of {city}, {where}",
                  "The flags of {c1} and {c2} seen on a square in {city}, {where}",
                  "{leader} speaks at a press conference in {city}, {where}",
                  "Workers inspect solar panels at a new plant near {city}, {where}",
                  "Visitors walk past an exhibition hall in {city}, {where}",
                  "Container ships wait to berth at the port of {city}, {where}"]
CREDITS = ["/CFP", "/Xinhua", "/CFP", "/Xinhua", "/VCG"]
TITLES = ["{surname}'s visit to {city} signals a {adj} chapter for {c1}-{c2} ties",
          "Why {noun} matters more than ever for {c1} and {c2}",
          "The {event} shows the value of {adj} diplomacy",
          "{c1} and {c2} look beyond headlines toward {noun}",
          "What the {city} talks mean for {org_short}",
          "A {adj} agenda for {noun} after the {event}",
          "{org_short} at a crossroads: the case for {noun}",
          "Reading the signals from {city} on {noun}"]
TRAILER = ("(If you want to contribute and have specific expertise, please contact us at opinions@cgtn.com. "
           "Follow @thouse_opinions on Twitter to discover the latest commentaries in the CGTN Opinion Section.)")

# Sentence templates. Only COOP_SENTENCES say "cooperation"; no template says any other cooper* word.
SENTENCES = [
    "{leader} described the talks as {adj} and said both sides would {verb} ties in {noun}.",
    "During the visit, {leader} met {leader2} and the two discussed {noun} and {noun2}.",
    "The {event} on {day} in {city} drew hundreds of entrepreneurs from {c1} and {c2}.",
    "Officials from {c1} and {c2} signed agreements covering {noun}, {noun2} and {noun3}.",
    "Trade between {c1} and {c2} grew steadily in {month_in}, according to customs figures released in {city}.",
    "{leader}'s state visit to {c2} in {month_rel} set out an ambitious blueprint for {noun}.",
    "Critics in Western capitals have questioned the pace of change, yet the numbers tell a {adj} story.",
    "The agreements reached by the top leaders in {month_name} are now being translated into concrete projects.",
    "Both governments want to {verb} the framework for {noun} through {org}, {org2} and other forums.",
    "Analysts in {city} noted that the delegation was unusually large and included many business leaders.",
    "A new railway corridor linking {city} and {city2} is expected to cut freight times by a third.",
    "{c1} has repeatedly said it favors dialogue and a political settlement over confrontation.",
    "The {adj} approach reflects a shared interest in development rather than rivalry between blocs.",
    "Investment in {noun} rose sharply after the {event} in {month_in}, local media reported.",
    "{leader} emphasized the need for closer coordination on the global stage, be it through {org} or {org2}.",
    "Such steps matter because {noun} and {noun2} are long-term bets that outlast electoral cycles.",
    "Small and medium-sized firms in {city} say the new rules have made it easier to export to {c2}.",
    "The meeting on {day} produced a joint statement on {noun} and a timetable for follow-up talks.",
    "Observers expect the next round of talks to take place in {city2} before the end of the year.",
    "For {c1}, the priority is to {verb} {noun} while keeping its economy open to the world.",
    "This is not a zero-sum game, and partners in {c2} appear to understand that well.",
    "Delegations from more than a dozen countries attended the {event} to discuss {noun}.",
    "The results of the visit, announced on {day}, include a fund for {noun} worth several billion dollars.",
    "Engineers from {c1} and {c2} are already working together on pilot projects in {city}.",
    "Public opinion surveys in {c2} show growing interest in {noun} and in study programs abroad.",
    "A multipolar world order, grounded in international law, remains the stated goal of both sides.",
]
COOP_SENTENCES = [
    "The purpose of the visit is to turn cooperation projects into tangible results in {noun}.",
    "Practical cooperation in {noun} has become the backbone of relations between {c1} and {c2}.",
    "Leaders in {city} spoke of a new stage of cooperation anchored in {noun} and {noun2}.",
    "Mutually beneficial cooperation, rather than rhetoric, will decide how far {c1} and {c2} can go.",
]
COOP_WORD_SENTENCES = [
    "A farmers' coop near {city} has begun selling its produce directly to buyers in {c2}.",
]
PHRASE_SENTENCE = "{leader} also attended the China-Russia Business Forum on {day} in {city}, where {noun} topped the agenda."
RARE_SENTENCE = "Some economists have taken to calling this the zyxquartz effect, a shorthand for {adj} gains in {noun}."

PHRASE_TOKENS = ["china", "russia", "business", "forum"]


def tokens(text):
    """Lower-case runs of letters and digits, close enough to FTS5 unicode61 for our own text."""
    return re.findall(r"[^\W_]+", text.lower())


def has_phrase(toks, phrase):
    n = len(phrase)
    return any(toks[i:i + n] == phrase for i in range(len(toks) - n + 1))


class Composer:
    def __init__(self, rng, year):
        self.rng = rng
        self.year = year

    def pick(self, seq):
        return self.rng.choice(seq)

    def leader(self):
        title, name, country = self.pick(LEADERS)
        if country in ("Russia", "China", "Brazil", "India", "France", "Germany") and self.rng.random() < 0.4:
            adjective = {"Russia": "Russian", "China": "Chinese", "Brazil": "Brazilian", "India": "Indian",
                         "France": "French", "Germany": "German"}[country]
            return f"{adjective} {title} {name}"
        return f"{title} {name}"

    def event(self):
        kind = self.pick(EVENT_KINDS)
        if kind == "Business Forum":
            while True:
                c1, c2 = self.rng.sample(COUNTRIES[:20], 2)
                if {c1, c2} != {"China", "Russia"}:
                    break
            return f"{c1.replace('the ', '')}-{c2.replace('the ', '')} {kind}"
        if self.rng.random() < 0.5:
            return f"{self.pick(CITIES)[0]} {kind}"
        return self.pick(["China-Central Asia Summit", "BRICS Summit", "G20 Summit", "East Asia Summit",
                          "World Economic Forum", "Boao Forum for Asia"])

    def day(self):
        return f"{self.pick(MONTHS)} {self.rng.randint(1, 28)}"

    def slots(self):
        c1, c2 = self.rng.sample(COUNTRIES, 2)
        (city, _), (city2, _) = self.rng.sample(CITIES, 2)
        n1, n2, n3 = self.rng.sample(NOUN, 3)
        o1, o2 = self.rng.sample(ORGS, 2)
        month = self.pick(MONTHS)
        return {
            "leader": self.leader(), "leader2": self.leader(), "c1": c1, "c2": c2, "city": city, "city2": city2,
            "noun": n1, "noun2": n2, "noun3": n3, "org": o1, "org2": o2, "adj": self.pick(ADJ), "verb": self.pick(VERB),
            "event": self.event(), "day": self.day(), "month_in": f"{month}", "month_name": month,
            "month_rel": f"{month} of this year",
        }

    def sentence(self, template):
        s = self.slots()
        text = template.format(**s)
        return text[0].upper() + text[1:]

    def caption(self, date):
        city, country = self.pick(CITIES)
        where = f"capital of {country}" if self.rng.random() < 0.5 else country
        c1, c2 = self.rng.sample(COUNTRIES, 2)
        scene = self.pick(CAPTION_SCENES).format(event=self.event(), city=city, where=where, c1=c1, c2=c2,
                                                 leader=self.leader())
        return f"{scene}, {MONTHS[date[1] - 1]} {date[2]}, {date[0]}. {self.pick(CREDITS)}"

    def title(self):
        s = self.slots()
        c1, c2 = self.rng.sample(COUNTRIES[:20], 2)
        text = self.pick(TITLES).format(surname=s["leader"].split()[-1], city=s["city"], adj=s["adj"],
                                        c1=c1.replace("the ", ""), c2=c2.replace("the ", ""), noun=s["noun"],
                                        event=s["event"], org_short=s["org"].replace("the ", ""))
        return text[0].upper() + text[1:]


def compose(seed, kind, index, *, phrase=False, rare=False):
    """One article as a dict: id, title, author, outlet, published, lines (the text, one paragraph a line)."""
    rng = random.Random(f"{seed}:{kind}:{index}")
    year = rng.choice([2021, 2022, 2023, 2023, 2024])
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    comp = Composer(rng, year)
    author = rng.choice(AUTHORS)
    outlet = rng.choice(OUTLETS)
    outlet_name = outlet[4:] if outlet.startswith("the ") else outlet
    lines = []
    roles = []  # which lines are searchable (title, caption, editor_note, body) for expected counts
    title = comp.title() if rng.random() < 0.8 else None
    if title:
        lines.append(title)
        roles.append("title")
    has_stamp = rng.random() < 0.9
    if has_stamp:
        stamp = f"{rng.choice(['Published', 'Updated'])} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}, {day:02d}-{MONTH_ABBR[month - 1]}-{year}"
        lines.append(stamp)
        roles.append("metadata")
    caption_day = max(1, day - rng.randint(0, 2))
    lines.append(comp.caption((year, month, caption_day)))
    roles.append("caption")
    description = rng.choice(DESCRIPTIONS).format(city=rng.choice(CITIES)[0])
    lines.append(f"Editor's note: {author}, a special commentator on current affairs for {outlet_name}, is {description}. "
                 f"The article reflects the author's opinions and not necessarily the views of {outlet_name}.")
    roles.append("editor_note")

    body_count = rng.randint(6, 12)
    with_coop = rng.random() < 0.9
    with_coop_word = rng.random() < 0.05
    body = []
    for _ in range(body_count):
        body.append([comp.sentence(rng.choice(SENTENCES)) for _ in range(rng.randint(4, 6))])
    def insert(template):
        paragraph = rng.randrange(body_count)
        body[paragraph].insert(rng.randint(0, len(body[paragraph])), comp.sentence(template))
    if with_coop:
        for _ in range(rng.randint(1, 3)):
            insert(rng.choice(COOP_SENTENCES))
    if with_coop_word:
        insert(COOP_WORD_SENTENCES[0])
    if phrase:
        insert(PHRASE_SENTENCE)
    if rare:
        insert(RARE_SENTENCE)
    middle = rng.randint(2, body_count - 2)
    for position, sentences in enumerate(body):
        if position == middle:
            lines.append(comp.caption((year, month, day)))
            roles.append("caption")
        lines.append(" ".join(sentences))
        roles.append("body")
    lines.append(TRAILER)
    roles.append("trailer")

    searchable = [tokens(line) for line, role in zip(lines, roles) if role in ("title", "caption", "editor_note", "body")]
    flat = [t for toks in searchable for t in toks]
    facts = {
        "phrase": any(has_phrase(toks, PHRASE_TOKENS) for toks in searchable),
        "rare": "zyxquartz" in flat,
        "common": "cooperation" in flat,
        "prefix": any(t.startswith("coop") for t in flat),
        # China-Russia Business Forum, unquoted: the phrase "china russia" in one paragraph, the
        # other words anywhere in the article.
        "compound": any(has_phrase(toks, ["china", "russia"]) for toks in searchable)
                    and "business" in flat and "forum" in flat,
        "two_common": "cooperation" in flat and "energy" in flat,
    }
    stray = {t for t in flat if t.startswith("cooper") and t != "cooperation"}
    if stray:
        raise SystemExit(f"generator vocabulary produced {stray}: it would change the expected counts")
    if facts["phrase"] != phrase:
        # Only possible through an accidental token sequence; the templates are built to avoid it.
        raise SystemExit(f"article {kind}:{index}: marker phrase present={facts['phrase']}, wanted {phrase}")
    if facts["rare"] != rare:
        raise SystemExit(f"article {kind}:{index}: rare word present={facts['rare']}, wanted {rare}")
    published = f"{year}-{month:02d}-{day:02d}"
    return {
        "index": index, "title": title, "author": author, "outlet": outlet_name, "published": published,
        "published_in_text": published if has_stamp else None, "lines": lines, "roles": roles, "facts": facts,
    }


def write_txt(directory, name, article):
    with open(os.path.join(directory, name), "w", encoding="utf-8") as f:
        f.write("\n".join(article["lines"]) + "\n")


def jsonl_record(article, record_id, lines=None):
    lines = lines if lines is not None else article["lines"]
    # The title travels in its own field; the text is the rest.
    text_lines = lines[1:] if article["title"] else lines
    return {"id": record_id, "title": article["title"], "author": article["author"], "outlet": article["outlet"],
            "published": article["published"], "text": "\n".join(text_lines)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", help="output directory (txt/, corpus.jsonl, expected.json, append/)")
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--first", type=int, default=0, help="generate only articles FIRST..ARTICLES-1 (no markers)")
    parser.add_argument("--txt-only", action="store_true", help="write txt/ only")
    parser.add_argument("--append", type=int, default=1000, help="articles in the append/ batch")
    parser.add_argument("--seed", type=int, default=int(os.environ.get("BENCH_SEED", "42")))
    parser.add_argument("--big-jsonl", help="write a large JSONL by repeating the first ARTICLES articles, varied")
    parser.add_argument("--megabytes", type=int, default=1024)
    args = parser.parse_args()

    if args.big_jsonl:
        return big_jsonl(args)
    if not args.out:
        parser.error("--out is required")

    n = args.articles

    txt_dir = os.path.join(args.out, "txt")
    os.makedirs(txt_dir, exist_ok=True)
    counts = {"phrase": 0, "rare": 0, "common": 0, "prefix": 0, "compound": 0, "two_common": 0,
              "filtered": 0, "filtered_jsonl": 0}
    authors = {}
    total_bytes = 0
    jsonl = None if args.txt_only else open(os.path.join(args.out, "corpus.jsonl"), "w", encoding="utf-8")
    for i in range(n):
        article = compose(args.seed, "main", i, phrase=i % 100 == 42, rare=i % 1000 == 7)
        if i >= args.first:
            write_txt(txt_dir, f"{i:05d}.txt", article)
        total_bytes += len(("\n".join(article["lines"]) + "\n").encode("utf-8"))
        facts = article["facts"]
        for key in ("phrase", "rare", "common", "prefix", "compound", "two_common"):
            counts[key] += facts[key]
        if facts["common"] and article["author"] == FILTER_AUTHOR:
            stamp = article["published_in_text"]
            counts["filtered"] += bool(stamp and stamp >= "2023-01-01")
            counts["filtered_jsonl"] += article["published"] >= "2023-01-01"
        authors[article["author"]] = authors.get(article["author"], 0) + 1
        if jsonl:
            jsonl.write(json.dumps(jsonl_record(article, f"{i:05d}"), ensure_ascii=False) + "\n")
    if jsonl:
        jsonl.close()
    assert counts["phrase"] == (n + 57) // 100 and counts["rare"] == (n + 992) // 1000, counts

    if not args.txt_only:
        append_dir = os.path.join(args.out, "append")
        os.makedirs(append_dir, exist_ok=True)
        for i in range(args.append):
            write_txt(append_dir, f"{i:05d}.txt", compose(args.seed, "append", i))
    expected = {
        "articles": n, "append_articles": args.append, "seed": args.seed, "txt_bytes": total_bytes,
        "filter_author": FILTER_AUTHOR, "filter_since": "2023-01-01",
        "queries": {
            "phrase": {"query": '"China-Russia Business Forum"', "articles": counts["phrase"]},
            "compound": {"query": "China-Russia Business Forum", "articles": counts["compound"]},
            "common": {"query": "cooperation", "articles": counts["common"]},
            "two_common": {"query": "cooperation energy", "articles": counts["two_common"]},
            "rare": {"query": "zyxquartz", "articles": counts["rare"]},
            "prefix": {"query": "coop*", "articles": counts["prefix"]},
            "filtered": {"query": "cooperation", "since": "2023-01-01", "author": FILTER_AUTHOR,
                         "articles": counts["filtered"], "articles_jsonl": counts["filtered_jsonl"]},
        },
        "authors": authors,
    }
    with open(os.path.join(args.out, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"generated {n} articles ({total_bytes / 1e6:.1f} MB) in {args.out}", file=sys.stderr)


def big_jsonl(args):
    """Repeats the first ARTICLES articles with new ids and one varied sentence each, until MEGABYTES."""
    limit = args.megabytes * 1024 * 1024
    written = 0
    copy = 0
    articles = [compose(args.seed, "main", i) for i in range(args.articles)]
    with open(args.big_jsonl, "w", encoding="utf-8") as out:
        while written < limit:
            copy += 1
            for i, article in enumerate(articles):
                lines = list(article["lines"])
                body = [k for k, role in enumerate(article["roles"]) if role == "body"]
                k = body[(i + copy) % len(body)]
                lines[k] = lines[k] + f" The review panel met for the {copy}th time to compare notes on file {i}."
                line = json.dumps(jsonl_record(article, f"c{copy}-{i:05d}", lines), ensure_ascii=False) + "\n"
                out.write(line)
                written += len(line.encode("utf-8"))
                if written >= limit:
                    break
    print(f"wrote {written / 1048576:.0f} MB ({copy} passes) to {args.big_jsonl}", file=sys.stderr)


if __name__ == "__main__":
    main()
