#!/usr/bin/env python3
"""Writes a synthetic news corpus for benchmarks: N MB of Markdown articles, about 2 KB each.

The corpus imitates coverage of many stories: each story (a flood, a strike, a border buildup...)
has its own invented place, people, figures and quotes, and is reported by 3 to 10 articles from
different outlets over a few days. Articles share the story's figures, quotes and people, with the
occasional disagreement real copy has: a different toll, a reworded quote, a quote credited to the
wrong person, a misspelt name. All vocabulary and templates are invented here; the output is the same
for the same seed and size.

    python3 tools/gencorpus.py --mb 100 --seed 1 --out /path/to/corpus
"""

import argparse
import datetime
import os
import random

FIRST = (
    "Aldo Brena Cato Daria Elvin Fenna Goran Hesper Ilka Joran Kasia Lorne Mirela Nestor Odile Pavel Quilla "
    "Rasmus Selda Tobin Ulla Vesna Wendel Xara Yorick Zofia Anouk Bastian Carys Dorian Emeric Fiora Greta "
    "Halvard Isolde Jasper Kelda Linus Marit Nilo Orla Petra Radek Sunniva Tamsin Ugo Veit Wilma"
).split()
LAST = (
    "Arkwell Bransby Corvan Dellamy Eskridge Falloway Grimsdal Harrowby Istrand Jessop Kelloway Lindqvar "
    "Marwick Nordahl Oakhurst Pendry Quennell Rostova Sandiver Tellwright Ulvaeus Varnhagen Westerby Yarrowby "
    "Zellick Ambrosen Blackmere Castellan Drummaine Elsworth Fenwright Galloway Hartnell Ivescu Jarmund "
    "Kettering Lowrance Mardell Nyquist Ormsby Pellinor Ravensdale Strachen Thornbury Underhill Voskuijlen"
).split()
PLACES = (
    "Varnholt Eastmere Kelsby Dunmarrow Oskaval Brindlemoor Tarrow Quenford Ashgrave Marlhaven Velmora "
    "Stonereach Halvik Pellbridge Corrowgate Elderfen Wyncliffe Norvasse Greyhallow Saltmere Fernmouth "
    "Luskavo Drennick Harbrook Millsend Orrowby Tavistane Belcarra Rookhollow Sennafield"
).split()
REGIONS = "the northern province|the coastal district|the eastern valley|the river delta|the highland region".split("|")
OUTLETS = (
    "Harbour Courier|Northgate Times|Valley Ledger|Morning Dispatch|Coastline Herald|Evening Standardbearer|"
    "Civic Wire|Riverside Post|Plainsman Daily|Weekly Lantern"
).split("|")
TITLES = [
    "Interior Minister",
    "Mayor",
    "regional governor",
    "police spokeswoman",
    "police spokesman",
    "fire chief",
    "Health Minister",
    "union leader",
    "Defence Minister",
    "emergency services director",
]

EVENTS = {
    "flood": ("floods", "flooding", [("killed", "people"), ("injured", "people"), ("evacuated", "residents")]),
    "storm": ("storm", "the storm", [("killed", "people"), ("injured", "people"), ("displaced", "people")]),
    "fire": ("wildfire", "the fires", [("killed", "people"), ("evacuated", "residents"), ("injured", "people")]),
    "protest": ("protests", "the protests", [("arrested", "protesters"), ("injured", "people"), ("killed", "people")]),
    "border": ("buildup", "the buildup", [("deployed", "troops"), ("withdrawn", "troops"), ("displaced", "civilians")]),
    "quake": ("earthquake", "the earthquake", [("killed", "people"), ("injured", "people"), ("displaced", "people")]),
}

FIGURE_SENTENCES = {
    "killed": [
        "At least {n} people were killed in {ev} around {place}, {who} said.",
        "The death toll from {ev} rose to {n}, according to {who}.",
        "{who} said {n} people had died since {day}.",
    ],
    "injured": [
        "Some {n} people were injured, {who} said.",
        "Hospitals in {place} treated {n} people injured in {ev}, {who} said.",
    ],
    "evacuated": [
        "More than {n} residents were evacuated from low-lying streets of {place}.",
        "{who} said {n} residents had been evacuated as a precaution.",
    ],
    "displaced": [
        "Aid groups said {n} people were displaced across {region}.",
        "About {n} people have been displaced, {who} said.",
    ],
    "arrested": [
        "Police said {n} protesters were arrested in central {place} on {day}.",
        "{who} said {n} protesters had been detained overnight.",
    ],
    "deployed": [
        "Officials said {n} troops were deployed near {place}.",
        "Some {n} troops have been massed in {region}, {who} said.",
    ],
    "withdrawn": [
        "{who} said {n} troops had been withdrawn from positions near {place}.",
        "About {n} troops were pulled back on {day}, officials said.",
    ],
}

# Quotes are put together word group by word group, so that, as in real coverage, a story's quotes
# are its own: two stories rarely share four words in a row of a quote.
QUOTE_SUBJECTS = [
    "we", "our crews", "the families", "the council", "everyone here", "the volunteers", "my department",
    "the engineers", "this town", "the people of {place}", "our neighbours", "the doctors",
]
QUOTE_VERBS = [
    "will rebuild", "cannot forget", "have lost", "must protect", "are still counting", "will not abandon",
    "need to reopen", "have asked about", "are ready to repair", "will never accept", "still fear for",
    "want answers about",
]
QUOTE_OBJECTS = [
    "every house", "the old bridge", "the river road", "our schools", "the harbour", "the market square",
    "the northern farms", "the hospital wing", "the last shelter", "the power station", "the {noun} damage",
    "the main square of {place}",
]
QUOTE_CLAUSES = [
    "before winter comes", "whatever it costs", "with or without help", "as fast as we can",
    "in the next few weeks", "once the water falls", "because nobody else will", "and we will say so loudly",
    "even if it takes years", "when the roads reopen", "for however long it takes", "and nobody can stop that",
]
SWAPS = {"will": "shall", "every": "each", "still": "yet", "the old": "that old", "as fast": "as quickly"}

FILLER = [
    "Roads into {place} remained closed for much of {day}, and rail services were suspended.",
    "Volunteers set up kitchens in school halls and sports centres across {region}.",
    "Local businesses said it could take weeks before trade returned to normal.",
    "Forecasters warned that conditions could change quickly over the coming days.",
    "Residents described long queues for water and fuel in the town centre.",
    "Opposition figures called for an independent review of the response.",
    "Schools in {place} were told to stay shut until further notice.",
    "The council said it would publish a fuller assessment later in the week.",
    "Engineers were inspecting bridges and power lines along the main road.",
    "Neighbouring towns offered shelter and sent equipment to help.",
    "Insurers said early claims suggested damage on a large scale.",
    "Some families said they had received no warning before the situation worsened.",
    "A temporary clinic opened in the market square of {place} on {day} evening.",
    "Charities appealed for blankets, bottled water and baby food.",
    "The regional assembly is expected to debate emergency funding next week.",
    "Mobile networks were patchy, and many residents relied on radio bulletins.",
    "Church bells rang out across {place} as crews reached the outlying villages.",
    "A hotline for relatives was set up, but callers reported long waits.",
    "Farmers in {region} said they feared for the coming harvest.",
    "Officials promised a detailed timetable for repairs before the month is out.",
    "Several ministers cut short foreign trips to return to the capital.",
    "Sports fixtures planned for the weekend were postponed.",
    "The army offered trucks and field kitchens, a spokesman for the ministry said.",
    "Questions remained over why earlier warnings had not been acted upon.",
]

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def misspell(rng, name):
    if len(name) < 5:
        return name
    i = rng.randrange(1, len(name) - 2)
    return name[:i] + name[i + 1] + name[i] + name[i + 2 :]


def story(rng, sid):
    kind = rng.choice(sorted(EVENTS))
    noun, ev, measures = EVENTS[kind]
    place = rng.choice(PLACES)
    people = []
    used = set()
    for _ in range(rng.randint(2, 4)):
        while True:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            if last not in used:
                used.add(last)
                break
        people.append({"first": first, "last": last, "title": rng.choice(TITLES)})
    figures = {}
    for cue, _unit in measures:
        base = rng.choice([12, 25, 40, 75, 120, 300, 850, 1200, 4500, 15000, 80000])
        figures[cue] = base + rng.randrange(0, max(1, base // 5))
    quotes = []
    for _ in range(rng.randint(2, 4)):
        parts = []
        for _ in range(2):
            words = [rng.choice(x) for x in (QUOTE_SUBJECTS, QUOTE_VERBS, QUOTE_OBJECTS, QUOTE_CLAUSES)]
            parts.append(" ".join(words).format(place=place, noun=noun))
        q = parts[0][0].upper() + parts[0][1:] + ", and " + parts[1]
        quotes.append((q, rng.randrange(len(people))))
    start = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(0, 1800))
    return {
        "id": sid,
        "kind": kind,
        "noun": noun,
        "ev": ev,
        "place": place,
        "region": rng.choice(REGIONS),
        "people": people,
        "figures": figures,
        "quotes": quotes,
        "start": start,
    }


def fmt_n(n):
    return f"{n:,}"


def article(rng, s, k, target):
    date = s["start"] + datetime.timedelta(days=k // 2)
    outlet = rng.choice(OUTLETS)
    day = DAYS[(date.weekday() - 1) % 7]
    people = [dict(p) for p in s["people"]]
    if rng.random() < 0.04:
        p = rng.choice(people)
        p["last"] = misspell(rng, p["last"])
    ctx = {"place": s["place"], "region": s["region"], "ev": s["ev"], "day": day}

    def who(rng):
        p = rng.choice(people)
        return f"{p['title']} {p['first']} {p['last']}" if rng.random() < 0.5 else "officials"

    title = f"{s['noun'].capitalize()} in {s['place']}: latest"
    paras = [f"# {s['noun'].capitalize()} hits {s['place']} as officials count the cost"]
    intro = people[0]
    paras.append(
        f"{s['place'].upper()} ({outlet}) - {intro['title'].capitalize()} {intro['first']} {intro['last']} "
        f"said on {day} that {s['ev']} had left {s['region']} struggling, as crews worked through the night."
    )
    body = []
    for cue, n in s["figures"].items():
        if rng.random() < 0.7:
            if rng.random() < 0.12:
                n = n * rng.choice([2, 3]) + rng.randrange(1, 9)
            elif cue in ("killed", "injured", "arrested") and k > 2:
                n = n + k * max(1, n // 20)
            body.append(rng.choice(FIGURE_SENTENCES[cue]).format(n=fmt_n(n), who=who(rng), **ctx))
    for q, speaker in s["quotes"]:
        if rng.random() < 0.6:
            if rng.random() < 0.06:
                for a, b in SWAPS.items():
                    if a in q:
                        q = q.replace(a, b, 1)
                        break
            if rng.random() < 0.04:
                speaker = (speaker + 1) % len(people)
            p = people[speaker]
            if rng.random() < 0.5:
                body.append(f"\u201c{q},\u201d {p['first']} {p['last']} said.")
            else:
                body.append(f"{p['title'].capitalize()} {p['first']} {p['last']} said: \u201c{q}.\u201d")
    rng.shuffle(body)
    paras.extend(body)
    fill = list(FILLER)
    rng.shuffle(fill)
    size = sum(len(p) + 2 for p in paras)
    while size < target and len(fill) >= 2:
        line = fill.pop().format(**ctx) + " " + fill.pop().format(**ctx)
        paras.append(line)
        size += len(line) + 2
    front = f'---\ntitle: "{title}"\npublished: {date.isoformat()}\noutlet: "{outlet}"\n---\n\n'
    return front + "\n\n".join(paras) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, required=True, help="total size in MB (10^6 bytes)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True, help="output directory (created)")
    ap.add_argument("--per-dir", type=int, default=1000, help="files per subdirectory")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    total, files, sid = 0, 0, 0
    goal = int(a.mb * 1_000_000)
    while total < goal:
        s = story(rng, sid)
        for k in range(rng.randint(3, 10)):
            if total >= goal:
                break
            text = article(rng, s, k, rng.randint(1750, 2150))
            d = os.path.join(a.out, f"{files // a.per_dir:03d}")
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, f"s{sid:05d}-{k}.md"), "w", encoding="utf-8") as fh:
                fh.write(text)
            total += len(text.encode("utf-8"))
            files += 1
        sid += 1
    print(f"{files} files, {total} bytes, {sid} stories in {a.out}")


if __name__ == "__main__":
    main()
